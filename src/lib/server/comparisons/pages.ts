// What the comparisons add to the dashboard pages, loaded after the page's own view is resolved.
import type { Db } from '../db';
import type { UnitRow } from '../units/queries';
import type { Locale } from '$lib/i18n/types';
import type { AreaSort } from '$lib/charts/areas';
import { renderChart, type RenderedChart } from '../charts/render-svg';
import { loadIndicatorMeta } from '../dashboards/catalogue';
import { evaluationFilters, type SelectionContext } from '../dashboards/selection';
import { loadAreasChart } from './areas';
import { loadMonthlyCharts } from './monthly';
import { createStampedCache } from '../generations/stamped-cache';
import { stampForPeriods, stampForYear } from '../generations/read';

/** Drawn charts per area × view × language, until a commit changes a period they were drawn from. */
const drawings = createStampedCache(500);

export type RenderedMonthly = { code: string; name: { vi: string; en: string }; chart: RenderedChart };

/** The overview's month-by-month charts of the monthly reports (areas only; a school has its own page). */
export async function loadOverviewComparisons(
	db: Db,
	unit: UnitRow,
	ctx: SelectionContext,
	locale: Locale
): Promise<{ monthly: RenderedMonthly[] }> {
	if (unit.type === 'school') return { monthly: [] };
	const filters = evaluationFilters(ctx.selection);
	const year = ctx.selection.year;
	// Drawing the charts costs more than the (cached) evaluations: the drawings are kept too.
	const drawn = await drawings.get(
		db,
		`${unit.code}|${year}|${JSON.stringify(filters ?? {})}|${locale}`,
		(g, done) => (done ? stampForPeriods(g, done.periods) : stampForYear(g, year)),
		async () => {
			const { charts, periods } = await loadMonthlyCharts(db, {
				unitCode: unit.code,
				ctx,
				indicators: await loadIndicatorMeta(db),
				filters,
				locale
			});
			const monthly = charts.map((c) => ({ code: c.code, name: c.name, chart: renderChart(locale, c.spec) }));
			return { monthly, periods };
		},
		() => 1
	);
	return { monthly: drawn.monthly };
}

/** The indicator page's areas side by side, in the order asked. */
export async function loadIndicatorComparisons(
	db: Db,
	unit: UnitRow,
	indicatorCode: string,
	ctx: SelectionContext,
	sort: AreaSort,
	locale: Locale
): Promise<{ areas: RenderedChart | null; sort: AreaSort }> {
	const meta = (await loadIndicatorMeta(db)).find((i) => i.code === indicatorCode);
	if (!meta) return { areas: null, sort };
	const year = ctx.selection.year;
	const filters = evaluationFilters(ctx.selection);
	// Drawing the chart costs more than its (cached) evaluation: the drawing is kept too.
	const drawn = await drawings.get(
		db,
		`areas|${unit.code}|${indicatorCode}|${year}|${ctx.selection.period}|${JSON.stringify(filters ?? {})}|${sort}|${locale}`,
		(g, done) => (done ? stampForPeriods(g, done.periods) : stampForYear(g, year)),
		async () => {
			const { spec, periods } = await loadAreasChart(db, {
				unitCode: unit.code,
				yearCode: year,
				periodKey: ctx.selection.period,
				meta,
				filters,
				sort,
				locale
			});
			return { areas: spec ? renderChart(locale, spec) : null, periods };
		},
		() => 1
	);
	return { areas: drawn.areas, sort };
}
