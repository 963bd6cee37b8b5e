// The scorecard: the evaluation's rows arranged like the plan documents, with per-indicator
// counts of sub-units (schools, for a district) by status. Pure: rows in, structure out.
import { INDICATOR_GROUPS, type Direction, type IndicatorGroup } from '$lib/domain/types';
import { describeTarget, explainRow } from '$lib/targets/explain';
import type { AppliedTarget, EvaluationRow, EvaluationStatus } from '../../domain/evaluation';
import type { IndicatorMeta } from './catalogue';
import { countStatusesOf } from '$lib/dashboards/summary';

export type Bilingual = { vi: string; en: string };
export type StatusCounts = Record<EvaluationStatus, number>;
export { countStatusesOf as countStatuses } from '$lib/dashboards/summary';

export type ScorecardRow = {
	code: string;
	name: Bilingual;
	unit: 'percent' | 'count' | 'level';
	direction: Direction;
	actual: number | null;
	/** Where the actual comes from when it is not the selected period (e.g. DAU_NAM). */
	actualPeriod: string | null;
	target: Pick<AppliedTarget, 'comparator' | 'min' | 'max' | 'value' | 'scope'> | null;
	targetText: Bilingual | null;
	status: EvaluationStatus;
	gap: number | null;
	explain: Bilingual | null;
	/** Values at the same period in the earlier school years and this one (the sparkline). */
	spark: (number | null)[];
	counts: StatusCounts;
	/** What `counts` counts: schools, or sub-units (districts, communes). */
	countsOf: 'schools' | 'units';
};

export type ScorecardGroup = { key: IndicatorGroup; rows: ScorecardRow[]; summary: StatusCounts };

export function targetText(
	row: Pick<EvaluationRow, 'target' | 'indicatorUnit' | 'baseline' | 'direction'>
): Bilingual | null {
	if (!row.target) return null;
	return {
		vi: describeTarget('vi', row.indicatorUnit, row.target, row.baseline?.label.vi, row.direction),
		en: describeTarget('en', row.indicatorUnit, row.target, row.baseline?.label.en, row.direction)
	};
}

export function explanation(row: EvaluationRow): Bilingual | null {
	const vi = explainRow('vi', row);
	const en = explainRow('en', row);
	return vi && en ? { vi, en } : null;
}

/**
 * Groups the unit's own rows like the plan (scale, staff, quality, accreditation, universal, IT),
 * indicators in catalogue order; indicators that do not apply under the unit are left out.
 */
export function buildScorecard(args: {
	indicators: IndicatorMeta[];
	self: EvaluationRow[];
	children: EvaluationRow[];
	spark?: Map<string, (number | null)[]>;
}): ScorecardGroup[] {
	const byIndicator = new Map(args.self.map((r) => [r.indicator, r]));
	const childRows = new Map<string, EvaluationRow[]>();
	for (const r of args.children) {
		let list = childRows.get(r.indicator);
		if (!list) childRows.set(r.indicator, (list = []));
		list.push(r);
	}
	const ordered = [...args.indicators].sort((a, b) => a.sortOrder - b.sortOrder);
	const groups: ScorecardGroup[] = [];
	for (const key of INDICATOR_GROUPS) {
		const rows: ScorecardRow[] = [];
		for (const meta of ordered.filter((i) => i.group === key)) {
			const row = byIndicator.get(meta.code);
			if (!row) continue;
			const kids = childRows.get(meta.code) ?? [];
			rows.push({
				code: meta.code,
				name: { vi: meta.nameVi, en: meta.nameEn },
				unit: meta.unit,
				direction: meta.direction,
				actual: row.actual,
				actualPeriod: row.actualPeriod && row.actualPeriod !== row.period ? row.actualPeriod : null,
				target: row.target
					? {
							comparator: row.target.comparator,
							min: row.target.min,
							max: row.target.max,
							value: row.target.value,
							scope: row.target.scope
						}
					: null,
				targetText: targetText(row),
				status: row.status,
				gap: row.gap,
				explain: explanation(row),
				spark: args.spark?.get(meta.code) ?? [],
				// Sub-units without a target of their own but with figures are not judged: left out of the counts.
				counts: countStatusesOf(kids.filter((k) => k.target || k.actual === null)),
				countsOf: kids.length > 0 && kids.every((k) => k.unitType === 'school') ? 'schools' : 'units'
			});
		}
		if (rows.length) groups.push({ key, rows, summary: countStatusesOf(rows) });
	}
	return groups;
}
