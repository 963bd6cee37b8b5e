// Values of indicators at each period they are collected in, for sparklines and trend charts.
// Each period is one evaluation call restricted to the indicators collected then.
import type { Db } from '../db';
import type { EvaluateRequest, EvaluationRow } from '../targets/contract';
import { evaluate } from '../targets/queries';
import type { IndicatorMeta } from './catalogue';
import type { PeriodOption } from './selection';

export type SeriesPoint = { period: string; value: number | null; status: EvaluationRow['status'] | null };

/**
 * For each indicator, its points at the periods (in order) on which it is collected. A value carried
 * from an earlier period is not a point of its own; `known` rows (already evaluated at a period) are reused.
 */
export async function collectSeries(
	db: Db,
	args: {
		unitCode: string;
		yearCode: string;
		periods: PeriodOption[];
		indicators: IndicatorMeta[];
		filters?: EvaluateRequest['filters'];
		known?: { period: string; rows: EvaluationRow[] };
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
			if (args.known?.period === period.key) {
				return { period, codes, rows: args.known.rows.filter((r) => codes.includes(r.indicator)) };
			}
			const rows = await evaluate(db, {
				unitCode: args.unitCode,
				yearCode: args.yearCode,
				periodKey: period.key,
				indicatorCodes: codes,
				filters: args.filters
			});
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
 * Each indicator's value at the same period key in up to `back` earlier school years and this one
 * (oldest first): the scorecard's sparkline, one evaluation per earlier year.
 */
export async function collectYearSeries(
	db: Db,
	args: {
		unitCode: string;
		periodKey: string;
		/** Year codes, newest first; the first is the selected year. */
		years: string[];
		current: EvaluationRow[];
		indicatorCodes: string[];
		filters?: EvaluateRequest['filters'];
	}
): Promise<{ years: string[]; values: Map<string, (number | null)[]> }> {
	const earlier = args.years.slice(1).reverse();
	const results = await Promise.all(
		earlier.map((yearCode) =>
			evaluate(db, {
				unitCode: args.unitCode,
				yearCode,
				periodKey: args.periodKey,
				indicatorCodes: args.indicatorCodes,
				filters: args.filters
			}).catch(() => [] as EvaluationRow[])
		)
	);
	const all = [...results, args.current.filter((r) => r.unit === args.unitCode)];
	const values = new Map<string, (number | null)[]>();
	for (const code of args.indicatorCodes) {
		values.set(
			code,
			all.map((rows) => rows.find((r) => r.indicator === code && r.unit === args.unitCode)?.actual ?? null)
		);
	}
	return { years: [...earlier, args.years[0]], values };
}
