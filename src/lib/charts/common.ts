import type { Locale } from '../i18n/types';
import { formatValue, type ValueUnit } from './format';
import { SERIES_COLORS } from './palette';
import { describeGuide, type TargetGuide } from './target-guide';

/** An ECharts option object; kept loose so builders stay free of ECharts' (large) types. */
export type ChartOption = Record<string, unknown>;

export const FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', Arial, sans-serif";

export const BASE_OPTION = {
	animation: false,
	textStyle: { fontFamily: FONT, fontSize: 12, color: '#1b2430' },
	aria: { enabled: false }
};

/** A value-axis range that keeps the data and the target on screen; percentages stay within 0–100. */
export function valueRange(
	values: (number | null | undefined)[],
	extra: number[],
	unit: ValueUnit,
	zeroBased = false
): { min: number; max: number } {
	const all = [...values, ...extra].filter((v): v is number => typeof v === 'number' && Number.isFinite(v));
	if (all.length === 0) return { min: 0, max: unit === 'percent' ? 100 : 1 };
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
	const step = niceStep(hi - lo);
	return { min: Math.floor(lo / step) * step, max: Math.ceil(hi / step) * step };
}

export function niceStep(span: number): number {
	if (!(span > 0)) return 1;
	const raw = span / 5;
	const mag = 10 ** Math.floor(Math.log10(raw));
	const norm = raw / mag;
	const nice = norm <= 1 ? 1 : norm <= 2 ? 2 : norm <= 5 ? 5 : 10;
	return nice * mag;
}

/** markLine / markArea of a target, on the value axis `axis` ('x' or 'y'). */
export function guideMarks(
	locale: Locale,
	guide: TargetGuide | null,
	unit: ValueUnit,
	axis: 'x' | 'y',
	label: string
): { markLine?: ChartOption; markArea?: ChartOption } {
	if (!guide) return {};
	const key = axis === 'x' ? 'xAxis' : 'yAxis';
	const text = `${label} ${describeGuide(locale, guide, unit)}`;
	const lineStyle = { color: SERIES_COLORS.target, type: 'dashed', width: 1.5 };
	if (guide.kind === 'line') {
		return {
			markLine: {
				silent: true,
				symbol: 'none',
				lineStyle,
				label: {
					formatter: text,
					position: axis === 'y' ? 'insideEndTop' : 'end',
					color: '#1b2430',
					fontWeight: 600
				},
				data: [{ [key]: guide.value }]
			}
		};
	}
	return {
		markArea: {
			silent: true,
			itemStyle: { color: SERIES_COLORS.band, borderColor: SERIES_COLORS.target, borderWidth: 0 },
			label: { formatter: text, position: axis === 'y' ? 'insideTopRight' : 'top', color: '#1b2430' },
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

export function axisFormatter(locale: Locale, unit: ValueUnit): (v: number) => string {
	return (v: number) =>
		formatValue(locale, v, unit === 'count' ? 'count' : unit === 'level' ? 'level' : 'percent');
}

export function hasValue(v: number | null | undefined): v is number {
	return typeof v === 'number' && Number.isFinite(v);
}

/** Tooltips are HTML: names typed by people are escaped before they go in. */
export function escapeHtml(text: string): string {
	return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
