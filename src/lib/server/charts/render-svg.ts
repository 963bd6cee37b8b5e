import { init } from '$lib/charts/echarts-setup';
import { buildChartOption, CHART_WIDTH, chartHeight, type ChartSpec } from '$lib/charts/spec';
import type { Locale } from '$lib/i18n';

/** A chart as an SVG string for the first paint, or null when there is nothing to draw. */
export function renderChartSvg(locale: Locale, spec: ChartSpec, width = CHART_WIDTH): string | null {
	const option = buildChartOption(locale, spec);
	if (!option) return null;
	const chart = init(null, null, { renderer: 'svg', ssr: true, width, height: chartHeight(spec) });
	try {
		chart.setOption(option);
		return chart.renderToSVGString();
	} finally {
		chart.dispose();
	}
}

/** Phones get their own drawing: the wide one shrunk to a phone's width has unreadable text. */
export const NARROW_WIDTH = 360;

export type RenderedChart = { spec: ChartSpec; svg: string | null; svgNarrow: string | null };

export function renderChart(locale: Locale, spec: ChartSpec): RenderedChart {
	return { spec, svg: renderChartSvg(locale, spec), svgNarrow: renderChartSvg(locale, spec, NARROW_WIDTH) };
}

export function renderCharts<K extends string>(
	locale: Locale,
	specs: Record<K, ChartSpec>
): Record<K, RenderedChart> {
	const out = {} as Record<K, RenderedChart>;
	for (const key of Object.keys(specs) as K[]) out[key] = renderChart(locale, specs[key]);
	return out;
}
