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

/** One plan's targets of one indicator, each with the target as rows show it (built once per evaluation). */
type PlanTargets = {
	planUnitId: number;
	planUnitPath: string;
	entries: { row: PlanTargetRow; resolved: ResolvedTarget }[];
};

/** indicator code → its targets plan by plan, deepest plan first (a unit's nearest plan is its first match). */
export type TargetIndex = Map<string, PlanTargets[]>;

export function indexTargets(rows: PlanTargetRow[]): TargetIndex {
	const depth = (r: PlanTargetRow) => r.planUnitPath.split('/').length;
	const sorted = rows
		.map((row) => ({ row, depth: depth(row) }))
		.sort(
			(a, b) => b.depth - a.depth || a.row.planUnitId - b.row.planUnitId || a.row.sortOrder - b.row.sortOrder
		);
	const index: TargetIndex = new Map();
	for (const { row } of sorted) {
		let plans = index.get(row.indicatorCode);
		if (!plans) index.set(row.indicatorCode, (plans = []));
		let plan = plans.at(-1);
		if (plan?.planUnitId !== row.planUnitId)
			plans.push((plan = { planUnitId: row.planUnitId, planUnitPath: row.planUnitPath, entries: [] }));
		plan.entries.push({ row, resolved: { target: applied(row), row, populationGroup: null } });
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

export function resolveForSchool(
	index: TargetIndex,
	indicator: { code: string; kind: Kind },
	school: { id: number; path: string; groups: ReadonlySet<number> }
): ResolvedTarget | null {
	for (const plan of index.get(indicator.code) ?? []) {
		if (!school.path.startsWith(plan.planUnitPath)) continue;
		let group: ResolvedTarget | null = null;
		let area: ResolvedTarget | null = null;
		for (const { row: r, resolved } of plan.entries) {
			if (r.scopeKind === 'school') {
				if (r.scopeUnitId === school.id) return resolved;
			} else if (!passesDown(indicator.kind, r.comparator, r.value, true)) continue;
			else if (r.scopeKind === 'group') {
				if (!group && r.scopeGroupId !== null && school.groups.has(r.scopeGroupId)) group = resolved;
			} else area ??= resolved;
		}
		if (group || area) return group ?? area;
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
	for (const plan of index.get(indicator.code) ?? []) {
		if (!area.path.startsWith(plan.planUnitPath)) continue;
		const atArea = plan.planUnitId === area.id;
		const usable = (r: PlanTargetRow) =>
			(atArea && !options.partial) || passesDown(indicator.kind, r.comparator, r.value, false);
		if (options.groupFilter !== null) {
			const g = plan.entries.find(
				({ row: r }) => r.scopeKind === 'group' && r.scopeGroupId === options.groupFilter
			);
			if (g && (atArea || passesDown(indicator.kind, g.row.comparator, g.row.value, false)))
				return g.resolved;
		}
		const areaTarget = plan.entries.find(({ row: r }) => r.scopeKind === 'area' && usable(r));
		if (areaTarget) return areaTarget.resolved;
		if (options.groupFilter !== null) continue;
		const groups = plan.entries.filter(
			({ row: r }) =>
				r.scopeKind === 'group' && r.scopeGroupId !== null && options.hasMembersUnder(r.scopeGroupId)
		);
		const distinct = new Set(groups.map(({ row: r }) => r.scopeGroupId));
		if (distinct.size === 1 && usable(groups[0].row))
			return { ...groups[0].resolved, populationGroup: groups[0].row.scopeGroupId };
	}
	return null;
}
