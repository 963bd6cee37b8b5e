// The monthly reports of an area month by month: each monthly indicator over this year's months, the
// same months of last year beside it. One evaluation per month (cached like every other).
import type { Db } from '../db';
import type { EvaluateRequest, EvaluationRow } from '../../domain/evaluation';
import { tryEvaluate } from '../evaluation/queries';
import { translate } from '$lib/i18n/translate';
import type { Locale } from '$lib/i18n/types';
import { targetGuide } from '$lib/charts/target-guide';
import type { ChartSpec } from '$lib/charts/spec';
import type { IndicatorMeta } from '../dashboards/catalogue';
import { listPeriods, type PeriodOption, type SelectionContext } from '../dashboards/selection';
import { statusLabels } from '../dashboards/labels';

export type MonthlyChart = { code: string; name: { vi: string; en: string }; spec: ChartSpec };
/** `periods`: the periods whose figures the charts were drawn from. */
export type MonthlyCharts = { charts: MonthlyChart[]; periods: number[] };

/** "T10" (vi) / "Oct" (en) for a month key 2024-10. */
export function monthLabel(locale: Locale, key: string): string {
	const m = Number(key.slice(5, 7));
	if (locale === 'vi') return `T${m}`;
	return ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][m - 1] ?? key;
}

/** Each month's rows by indicator; `read` gathers the periods the evaluations read. */
async function rowsByMonth(
	db: Db,
	req: Omit<EvaluateRequest, 'periodKey'>,
	months: PeriodOption[],
	read: Set<number>
): Promise<Map<string, Map<string, EvaluationRow>>> {
	const out = await Promise.all(
		months.map(async (p) => {
			const outcome = await tryEvaluate(db, { ...req, periodKey: p.key });
			if (outcome.ok) for (const id of outcome.periods) read.add(id);
			const rows = outcome.ok ? outcome.rows.filter((r) => r.unit === req.unitCode) : [];
			return [p.key.slice(5), new Map(rows.map((r) => [r.indicator, r]))] as const;
		})
	);
	return new Map(out);
}

/** A value belongs to its month only when it was reported for that month (not carried from an earlier one). */
const own = (row: EvaluationRow | undefined, key: string) => (row && row.actualPeriod === key ? row : null);

export async function loadMonthlyCharts(
	db: Db,
	args: {
		unitCode: string;
		ctx: SelectionContext;
		indicators: IndicatorMeta[];
		filters: EvaluateRequest['filters'];
		locale: Locale;
	}
): Promise<MonthlyCharts> {
	const { ctx, locale } = args;
	const read = new Set<number>();
	const months = ctx.periods.filter((p) => p.monthly);
	const forms = new Set(months.map((p) => p.form));
	const metas = args.indicators.filter((i) => i.forms.some((f) => forms.has(f)));
	if (!months.length || !metas.length) return { charts: [], periods: [] };
	const codes = metas.map((m) => m.code);
	const base = { unitCode: args.unitCode, indicatorCodes: codes, filters: args.filters };
	const previousMonths = ctx.previousYear
		? (await listPeriods(db, ctx.previousYear)).filter((p) => p.monthly && forms.has(p.form))
		: [];
	const [current, previous] = await Promise.all([
		rowsByMonth(db, { ...base, yearCode: ctx.selection.year }, months, read),
		ctx.previousYear
			? rowsByMonth(db, { ...base, yearCode: ctx.previousYear }, previousMonths, read)
			: Promise.resolve(new Map<string, Map<string, EvaluationRow>>())
	]);
	const prevKeys = new Map(previousMonths.map((p) => [p.key.slice(5), p.key]));
	const labels = statusLabels(locale);
	const charts: MonthlyChart[] = [];
	for (const meta of metas) {
		const mine = months.map((p) => own(current.get(p.key.slice(5))?.get(meta.code), p.key));
		const before = months.map((p) => {
			const key = prevKeys.get(p.key.slice(5));
			return key ? own(previous.get(p.key.slice(5))?.get(meta.code), key) : null;
		});
		if (!mine.some((r) => r?.actual != null) && !before.some((r) => r?.actual != null)) continue;
		const latest = [...mine].reverse().find((r) => r?.target);
		charts.push({
			code: meta.code,
			name: { vi: meta.nameVi, en: meta.nameEn },
			spec: {
				kind: 'monthly',
				input: {
					months: months.map((p) => monthLabel(locale, p.key)),
					current: mine.map((r) => r?.actual ?? null),
					previous: ctx.previousYear ? before.map((r) => r?.actual ?? null) : null,
					statuses: mine.map((r) => (r && r.actual !== null && r.target ? r.status : null)),
					guide: targetGuide(latest?.target ?? null),
					unit: meta.unit,
					names: {
						month: translate(locale, 'cmp.monthly.month'),
						current: ctx.selection.year,
						previous: ctx.previousYear ?? '',
						target: translate(locale, 'dash.col.target'),
						status: translate(locale, 'dash.col.status')
					},
					statusLabels: labels
				}
			}
		});
	}
	return { charts, periods: [...read] };
}
