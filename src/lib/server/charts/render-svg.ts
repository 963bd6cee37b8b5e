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

export type RenderedChart = { spec: ChartSpec; svg: string | null };

export function renderCharts<K extends string>(
	locale: Locale,
	specs: Record<K, ChartSpec>
): Record<K, RenderedChart> {
	const out = {} as Record<K, RenderedChart>;
	for (const key of Object.keys(specs) as K[])
		out[key] = { spec: specs[key], svg: renderChartSvg(locale, specs[key]) };
	return out;
}
