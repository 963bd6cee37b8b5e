// Values of indicators at each period they are collected in, for sparklines and trend charts.
// Each period is one evaluation call restricted to the indicators collected then.
import type { Db } from '../db';
import type { EvaluateRequest, EvaluationRow } from '../../domain/evaluation';
import { evaluate, tryEvaluate } from '../evaluation/queries';
import type { IndicatorMeta } from './catalogue';
import type { PeriodOption } from './selection';

export type SeriesPoint = { period: string; value: number | null; status: EvaluationRow['status'] | null };

/**
 * For each indicator, its points at the periods (in order) on which it is collected. A value carried
 * from an earlier period is not a point of its own; `shared` rows (being evaluated anyway) are reused.
 */
export async function collectSeries(
	db: Db,
	args: {
		unitCode: string;
		yearCode: string;
		periods: PeriodOption[];
		indicators: IndicatorMeta[];
		filters?: EvaluateRequest['filters'];
		shared?: { period: string; rows: Promise<EvaluationRow[]> };
	}
): Promise<Map<string, SeriesPoint[]>> {
	const plan = args.periods
		.map((p) => ({
			period: p,
			codes: args.indicators.filter((i) => i.forms.includes(p.form)).map((i) => i.code)
		}))
		.filter((x) => x.codes.length > 0);
	const results = await Promise.all(
		plan.map(async ({ period, codes }) => {
			if (args.shared?.period === period.key) {
				const rows = await args.shared.rows;
				return { period, codes, rows: rows.filter((r) => codes.includes(r.indicator)) };
			}
			const req = {
				unitCode: args.unitCode,
				yearCode: args.yearCode,
				periodKey: period.key,
				indicatorCodes: codes,
				filters: args.filters
			};
			const rows = await evaluate(db, req);
			return { period, codes, rows };
		})
	);
	const out = new Map<string, SeriesPoint[]>();
	for (const { period, codes, rows } of results) {
		const byCode = new Map(rows.filter((r) => r.unit === args.unitCode).map((r) => [r.indicator, r]));
		for (const code of codes) {
			const row = byCode.get(code);
			if (!row) continue;
			let list = out.get(code);
			if (!list) out.set(code, (list = []));
			const own = row.actualPeriod === period.key;
			list.push({ period: period.key, value: own ? row.actual : null, status: own ? row.status : null });
		}
	}
	return out;
}

/**
 * The unit's rows at the same period key in each of `years`: none for a year that lacks the period
 * (or the unit); a failing database is an error, not an empty sparkline.
 */
export function evaluateYears(
	db: Db,
	args: { unitCode: string; periodKey: string; years: string[]; filters?: EvaluateRequest['filters'] }
): Promise<EvaluationRow[][]> {
	return Promise.all(
		args.years.map(async (yearCode) => {
			const req = { unitCode: args.unitCode, yearCode, periodKey: args.periodKey, filters: args.filters };
			const outcome = await tryEvaluate(db, req);
			return outcome.ok ? outcome.rows : [];
		})
	);
}

/** Each indicator's values across the years' rows (oldest first): the scorecard's sparkline. */
export function yearSeries(
	unitCode: string,
	byYear: EvaluationRow[][],
	codes: string[]
): Map<string, (number | null)[]> {
	const lookup = byYear.map(
		(rows) => new Map(rows.filter((r) => r.unit === unitCode).map((r) => [r.indicator, r]))
	);
	return new Map(codes.map((code) => [code, lookup.map((m) => m.get(code)?.actual ?? null)]));
}
