// The scorecard: the evaluation's rows arranged like the plan documents, with per-indicator
// counts of sub-units (schools, for a district) by status. Pure: rows in, structure out.
import { INDICATOR_GROUPS } from '$lib/domain/types';
import { describeTarget, explainRow } from '$lib/targets/explain';
import type { EvaluationRow } from '../../domain/evaluation';
import type { IndicatorMeta } from './catalogue';
import { countStatusesOf } from '$lib/dashboards/summary';
import { yearOnYear } from '$lib/dashboards/change';

export { countStatusesOf as countStatuses } from '$lib/dashboards/summary';
import type { ScorecardRow, ScorecardGroup } from '../../domain/dashboards';
import type { Bilingual } from '../../domain/types';
export type { StatusCounts, ScorecardRow, ScorecardGroup } from '../../domain/dashboards';
export type { Bilingual } from '../../domain/types';

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
	/** The unit's own rows at the same period last school year. */
	previous?: EvaluationRow[];
}): ScorecardGroup[] {
	const byIndicator = new Map(args.self.map((r) => [r.indicator, r]));
	const lastYear = new Map((args.previous ?? []).map((r) => [r.indicator, r.actual]));
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
							scope: row.target.scope,
							...(row.target.source ? { source: row.target.source } : {})
						}
					: null,
				targetText: targetText(row),
				status: row.status,
				aboveTarget: row.aboveTarget ?? null,
				gap: row.gap,
				explain: explanation(row),
				spark: args.spark?.get(meta.code) ?? [],
				...yearOnYear(row.actual, lastYear.get(meta.code)),
				// Sub-units without a target of their own but with figures are not judged: left out of the counts.
				counts: countStatusesOf(kids.filter((k) => k.target || k.actual === null)),
				countsOf: kids.length > 0 && kids.every((k) => k.unitType === 'school') ? 'schools' : 'units'
			});
		}
		if (rows.length) groups.push({ key, rows, summary: countStatusesOf(rows) });
	}
	return groups;
}
