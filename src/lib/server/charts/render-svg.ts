import { createHash } from 'node:crypto';
import { init } from '$lib/charts/echarts-setup';
import { buildChartOption, CHART_WIDTH, chartHeight, type ChartSpec } from '$lib/charts/spec';
import type { Locale } from '$lib/i18n';

// Drawing is a pure function of (language, width, spec), and costs far more than the data behind it
// (bench:pages: ~50 ms of a reused indicator page). Drawings are kept by what they draw, so none can
// go stale and no other process needs telling; the oldest go first past the budget.
const DRAWN_BUDGET = 16 * 1024 * 1024;
const drawn = new Map<string, string | null>();
let drawnChars = 0;

/** A chart as an SVG string for the first paint, or null when there is nothing to draw. */
export function renderChartSvg(locale: Locale, spec: ChartSpec, width = CHART_WIDTH): string | null {
	const key = createHash('sha1')
		.update(`${locale}|${width}|${JSON.stringify(spec)}`)
		.digest('base64');
	const held = drawn.get(key);
	if (held !== undefined) {
		drawn.delete(key);
		drawn.set(key, held);
		return held;
	}
	const svg = drawChartSvg(locale, spec, width);
	drawn.set(key, svg);
	drawnChars += svg?.length ?? 0;
	for (const [k, v] of drawn) {
		if (drawnChars <= DRAWN_BUDGET) break;
		drawn.delete(k);
		drawnChars -= v?.length ?? 0;
	}
	return svg;
}

function drawChartSvg(locale: Locale, spec: ChartSpec, width: number): string | null {
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
