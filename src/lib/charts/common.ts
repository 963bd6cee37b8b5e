import type { Locale } from '../i18n/types';
import { formatValue, type ValueUnit } from './format';
import { SERIES_COLORS } from './palette';
import { describeGuide, guideExtent, type TargetGuide } from './target-guide';

/** An ECharts option object; kept loose so builders stay free of ECharts' (large) types. */
export type ChartOption = Record<string, unknown>;

export const FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', Arial, sans-serif";

export const BASE_OPTION = {
	animation: false,
	textStyle: { fontFamily: FONT, fontSize: 12, color: '#1b2430' },
	aria: { enabled: false }
};

/**
 * A value-axis range that keeps the data and the target on screen; percentages stay within 0–100.
 * `interval` is the step both ends are multiples of: set it on the axis so that ticks are even
 * (85, 90, 95, 100), never ECharts' own split of an odd range (85/87/90/93/96/99). `parts`: about
 * how many steps to aim for (fewer on an axis that is short on a phone).
 */
export function valueRange(
	values: (number | null | undefined)[],
	extra: number[],
	unit: ValueUnit,
	zeroBased = false,
	parts = 5
): { min: number; max: number; interval: number } {
	const all = [...values, ...extra].filter((v): v is number => typeof v === 'number' && Number.isFinite(v));
	if (all.length === 0) {
		const max = unit === 'percent' ? 100 : 1;
		return { min: 0, max, interval: niceStep(max, parts) };
	}
	let lo = Math.min(...all);
	let hi = Math.max(...all);
	const pad = Math.max((hi - lo) * 0.12, unit === 'percent' ? 1 : Math.max(Math.abs(hi) * 0.05, 1));
	lo = zeroBased ? Math.min(0, lo) : lo - pad;
	hi = hi + pad;
	if (unit === 'percent') {
		lo = Math.max(0, lo);
		hi = Math.min(100, hi);
		if (hi - lo < 2) lo = Math.max(0, hi - 2);
	} else if (!zeroBased && lo < 0 && Math.min(...all) >= 0) {
		lo = 0;
	}
	const step = niceStep(hi - lo, parts);
	const min = roundStep(Math.floor(lo / step + 1e-9) * step, step);
	const max = roundStep(Math.ceil(hi / step - 1e-9) * step, step);
	return { min, max, interval: step };
}

/** Drops float noise (0.30000000000000004) from a multiple of `step`. */
function roundStep(v: number, step: number): number {
	const digits = Math.max(0, -Math.floor(Math.log10(step)) + 1);
	return Number(v.toFixed(digits));
}

export function niceStep(span: number, parts = 5): number {
	if (!(span > 0)) return 1;
	const raw = span / parts;
	const mag = 10 ** Math.floor(Math.log10(raw));
	const norm = raw / mag;
	const nice = norm <= 1 ? 1 : norm <= 2 ? 2 : norm <= 5 ? 5 : 10;
	return nice * mag;
}

/** "Chỉ tiêu ≥ 99 %": the target's words, shown in the legend. */
export function guideText(locale: Locale, guide: TargetGuide, unit: ValueUnit, label: string): string {
	return `${label} ${describeGuide(locale, guide, unit)}`;
}

/**
 * markLine / markArea of a target, on the value axis `axis` ('x' or 'y'). They carry no label:
 * a label on the line lands on the axis ticks or past the edge when the target is near an end
 * ("Chỉ tiêu ≥ 99 9" on a phone); the words go in the legend instead (`guideLegend`).
 */
export function guideMarks(
	guide: TargetGuide | null,
	axis: 'x' | 'y'
): { markLine?: ChartOption; markArea?: ChartOption } {
	if (!guide) return {};
	const key = axis === 'x' ? 'xAxis' : 'yAxis';
	const lineStyle = { color: SERIES_COLORS.target, type: 'dashed', width: 1.5 };
	if (guide.kind === 'line') {
		return {
			markLine: {
				silent: true,
				symbol: 'none',
				lineStyle,
				label: { show: false },
				data: [{ [key]: guide.value }]
			}
		};
	}
	return {
		markArea: {
			silent: true,
			itemStyle: { color: SERIES_COLORS.band, borderColor: SERIES_COLORS.target, borderWidth: 0 },
			label: { show: false },
			data: [[{ [key]: guide.min }, { [key]: guide.max }]]
		},
		markLine: {
			silent: true,
			symbol: 'none',
			lineStyle: { ...lineStyle, width: 1 },
			label: { show: false },
			data: [{ [key]: guide.min }, { [key]: guide.max }]
		}
	};
}

/**
 * The target's legend entry: a series without data whose name is the target in words and whose
 * line (or band) looks like the guide. Put it in `series` and its name in the legend's `data`.
 */
export function guideLegend(
	locale: Locale,
	guide: TargetGuide | null,
	unit: ValueUnit,
	label: string
): ChartOption | null {
	if (!guide) return null;
	return {
		type: 'line',
		name: guideText(locale, guide, unit, label),
		data: [],
		symbol: 'none',
		silent: true,
		lineStyle: { color: SERIES_COLORS.target, type: 'dashed', width: 1.5 },
		itemStyle: { color: guide.kind === 'band' ? SERIES_COLORS.band : SERIES_COLORS.target },
		...(guide.kind === 'band' ? { areaStyle: { color: SERIES_COLORS.band } } : {})
	};
}

/** A dashed line, as the guide is drawn; a band's entry is a filled box. */
const DASH_ICON = 'path://M0 4h6v2H0zM9 4h6v2H9zM18 4h6v2h-6z';

/** The legend's `data` item of the target entry (its icon looks like the guide). */
export function guideLegendItem(entry: ChartOption): { name: string; icon: string } {
	return { name: String(entry.name), icon: entry.areaStyle ? 'rect' : DASH_ICON };
}

/** A legend of the target only, at the top (its own row, above the plot, where nothing else is). */
export function guideLegendOption(entry: ChartOption | null, side: 'left' | 'right' = 'left'): ChartOption {
	if (!entry) return {};
	return {
		legend: {
			top: 0,
			[side]: 0,
			itemWidth: 22,
			selectedMode: false,
			textStyle: { fontWeight: 600 },
			data: [guideLegendItem(entry)]
		}
	};
}

export function axisFormatter(locale: Locale, unit: ValueUnit): (v: number) => string {
	return (v: number) =>
		formatValue(locale, v, unit === 'count' ? 'count' : unit === 'level' ? 'level' : 'percent');
}

export function hasValue(v: number | null | undefined): v is number {
	return typeof v === 'number' && Number.isFinite(v);
}

type YearOverYear = { current: (number | null)[]; previous?: (number | null)[] | null };

/** Nothing to draw: no value this year nor last. */
export function isYearOverYearEmpty(input: YearOverYear): boolean {
	return !input.current.some(hasValue) && !(input.previous ?? []).some(hasValue);
}

/** Last year's series where it has a value (else null), and a value axis over both years and the target. */
export function rangeYearOverYear(
	input: YearOverYear & { guide: TargetGuide | null; unit: ValueUnit },
	zeroBased: boolean
) {
	const previous = input.previous?.some(hasValue) ? input.previous : null;
	const range = valueRange(
		[...input.current, ...(previous ?? [])],
		guideExtent(input.guide),
		input.unit,
		zeroBased
	);
	return { previous, range };
}

/** Tooltips are HTML: names typed by people are escaped before they go in. */
export function escapeHtml(text: string): string {
	return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
