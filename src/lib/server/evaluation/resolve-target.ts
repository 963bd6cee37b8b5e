// Which target applies to a unit: pure. The nearest plan up the tree that has a usable target wins;
// within a plan a school's own target beats its group's, which beats the area's.
import type { Comparator, IndicatorFormula } from '../../domain/types';
import type { AppliedTarget } from '../../domain/evaluation';

export type PlanTargetRow = {
	targetId: number;
	planUnitId: number;
	planUnitCode: string;
	planUnitPath: string;
	indicatorCode: string;
	comparator: Comparator;
	value: number | null;
	min: number | null;
	max: number | null;
	scopeKind: 'area' | 'school' | 'group';
	scopeUnitId: number | null;
	scopeGroupId: number | null;
	scopeGroupCode: string | null;
	judgedAt: string;
	baseline: string | null;
	sortOrder: number;
	source?: string | null;
};

export type ResolvedTarget = {
	target: AppliedTarget;
	row: PlanTargetRow;
	/** For an area judged on a group's target: the group whose schools make up the population. */
	populationGroup: number | null;
};

/** indicator code → its targets in every plan of the year, nearest-first ordering done per lookup. */
export type TargetIndex = Map<string, PlanTargetRow[]>;

export function indexTargets(rows: PlanTargetRow[]): TargetIndex {
	const index: TargetIndex = new Map();
	const depth = new Map<string, number>();
	for (const r of rows)
		if (!depth.has(r.planUnitPath)) depth.set(r.planUnitPath, r.planUnitPath.split('/').length);
	const sorted = [...rows].sort(
		(a, b) => depth.get(b.planUnitPath)! - depth.get(a.planUnitPath)! || a.sortOrder - b.sortOrder
	);
	for (const r of sorted) {
		let list = index.get(r.indicatorCode);
		if (!list) index.set(r.indicatorCode, (list = []));
		list.push(r);
	}
	return index;
}

type Kind = IndicatorFormula['kind'];

/**
 * May a target set for a whole (an area or a group) be applied to one of its parts?
 * Rates and levels: yes. Counts: only an upper bound (if a part exceeds it, so does the whole; a
 * district's "≥ 12,246 pupils" says nothing about one school). Shares of schools: to a sub-area yes;
 * to one school only when every school is meant (≥ 100 %).
 */
export function passesDown(
	kind: Kind,
	comparator: Comparator,
	value: number | null,
	toSchool: boolean
): boolean {
	if (kind === 'rate' || kind === 'level') return true;
	if (kind === 'sum') return comparator === 'lte';
	if (!toSchool) return true;
	return (comparator === 'gte' || comparator === 'eq') && (value ?? 0) >= 100;
}

function applied(row: PlanTargetRow): AppliedTarget {
	return {
		comparator: row.comparator,
		min: row.min,
		max: row.max,
		value: row.value,
		scope: row.scopeKind,
		groupCode: row.scopeGroupCode,
		judgedAt: row.judgedAt,
		baseline: row.baseline,
		planUnit: row.planUnitCode,
		...(row.source ? { source: row.source } : {})
	};
}

/** The targets of the nearest plans above (or at) `path`, grouped plan by plan, nearest first. */
function* plansAbove(index: TargetIndex, indicator: string, path: string): Generator<PlanTargetRow[]> {
	const rows = index.get(indicator);
	if (!rows) return;
	let current: PlanTargetRow[] = [];
	for (const r of rows) {
		if (!path.startsWith(r.planUnitPath)) continue;
		if (current.length && current[0].planUnitId !== r.planUnitId) {
			yield current;
			current = [];
		}
		current.push(r);
	}
	if (current.length) yield current;
}

export function resolveForSchool(
	index: TargetIndex,
	indicator: { code: string; kind: Kind },
	school: { id: number; path: string; groups: ReadonlySet<number> }
): ResolvedTarget | null {
	for (const plan of plansAbove(index, indicator.code, school.path)) {
		const own = plan.find((r) => r.scopeKind === 'school' && r.scopeUnitId === school.id);
		if (own) return { target: applied(own), row: own, populationGroup: null };
		const usable = (r: PlanTargetRow) => passesDown(indicator.kind, r.comparator, r.value, true);
		const group = plan.find(
			(r) =>
				r.scopeKind === 'group' && r.scopeGroupId !== null && school.groups.has(r.scopeGroupId) && usable(r)
		);
		if (group) return { target: applied(group), row: group, populationGroup: null };
		const area = plan.find((r) => r.scopeKind === 'area' && usable(r));
		if (area) return { target: applied(area), row: area, populationGroup: null };
	}
	return null;
}

/**
 * An area's own target. With a group filter, that group's target comes first. Without one, a plan
 * that sets no area-wide target but exactly one group target with schools in the area (An Lão's
 * primary plan: "80 % of the primary schools have cameras") judges the area on that group's schools.
 * `partial`: the area is filtered down (levels, ownership, group), so whole-area counts do not apply.
 */
export function resolveForArea(
	index: TargetIndex,
	indicator: { code: string; kind: Kind },
	area: { id: number; path: string },
	options: { groupFilter: number | null; partial: boolean; hasMembersUnder: (groupId: number) => boolean }
): ResolvedTarget | null {
	for (const plan of plansAbove(index, indicator.code, area.path)) {
		const own = plan[0].planUnitId === area.id && !options.partial;
		const usable = (r: PlanTargetRow) => own || passesDown(indicator.kind, r.comparator, r.value, false);
		if (options.groupFilter !== null) {
			const g = plan.find((r) => r.scopeKind === 'group' && r.scopeGroupId === options.groupFilter);
			if (g && (plan[0].planUnitId === area.id || passesDown(indicator.kind, g.comparator, g.value, false)))
				return { target: applied(g), row: g, populationGroup: null };
		}
		const areaTarget = plan.find((r) => r.scopeKind === 'area' && usable(r));
		if (areaTarget) return { target: applied(areaTarget), row: areaTarget, populationGroup: null };
		if (options.groupFilter !== null) continue;
		const groups = plan.filter(
			(r) => r.scopeKind === 'group' && r.scopeGroupId !== null && options.hasMembersUnder(r.scopeGroupId)
		);
		const distinct = new Set(groups.map((r) => r.scopeGroupId));
		if (distinct.size === 1 && usable(groups[0]))
			return { target: applied(groups[0]), row: groups[0], populationGroup: groups[0].scopeGroupId };
	}
	return null;
}
