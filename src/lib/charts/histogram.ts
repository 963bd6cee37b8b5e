import type { Direction } from '../domain/types';
import type { EvaluationStatus } from '../domain/evaluation';
import type { Locale } from '../i18n/types';
import {
	BASE_OPTION,
	axisFormatter,
	guideLegend,
	guideLegendOption,
	guideMarks,
	hasValue,
	niceStep,
	type ChartOption
} from './common';
import { formatNumber } from '../i18n/format';
import { formatValue, type ValueUnit } from './format';
import { STATUS_COLORS, STATUS_DECALS } from './palette';
import type { TargetGuide } from './target-guide';

export type HistogramInput = {
	values: (number | null)[];
	direction: Direction;
	guide: TargetGuide | null;
	unit: ValueUnit;
	names: { range: string; schools: string; target: string };
};

export type Bin = { from: number; to: number; count: number; tone: EvaluationStatus };

/** Which side of the target a value falls on (colours the bins; the evaluation itself is elsewhere). */
function tone(mid: number, direction: Direction, guide: TargetGuide | null): EvaluationStatus {
	if (!guide) return 'on_track';
	if (guide.kind === 'band') {
		if (mid < guide.min) return direction === 'lower' ? 'met' : 'off_track';
		if (mid > guide.max)
			return direction === 'higher' ? 'met' : direction === 'lower' ? 'off_track' : 'above_band';
		return 'met';
	}
	if (guide.comparator === 'gte') return mid >= guide.value ? 'met' : 'off_track';
	if (guide.comparator === 'lte') return mid <= guide.value ? 'met' : 'off_track';
	return Math.abs(mid - guide.value) < 1e-9 ? 'met' : 'off_track';
}

/**
 * Equal-width bins over the values, edges on round numbers; a target value (or a band's ends)
 * falls on an edge whenever the step allows, so no bin straddles the target.
 */
export function binValues(input: HistogramInput): Bin[] {
	const values = input.values.filter(hasValue);
	const maxBins = Math.round(Math.min(12, Math.max(5, 2 * Math.sqrt(values.length))));
	if (values.length === 0) return [];
	let lo = Math.min(...values);
	let hi = Math.max(...values);
	if (input.unit === 'percent') hi = Math.min(hi, 100);
	const span = Math.max(hi - lo, input.unit === 'count' ? 1 : 0.5);
	const scale = 10 ** Math.max(0, Math.floor(Math.log10(span)) - 1);
	const candidates = [0.5, 1, 2, 2.5, 5, 10, 20, 25, 50, 100]
		.map((s) => s * scale)
		.filter((s) => input.unit !== 'count' || Number.isInteger(s));
	const edges = input.guide
		? input.guide.kind === 'band'
			? [input.guide.min, input.guide.max]
			: [input.guide.value]
		: [];
	const aligned = (s: number) => edges.every((e) => Math.abs(e / s - Math.round(e / s)) < 1e-9);
	const step =
		candidates.find((s) => span / s <= maxBins && aligned(s)) ??
		candidates.find((s) => span / s <= maxBins * 2 && aligned(s)) ??
		candidates.find((s) => span / s <= maxBins) ??
		niceStep(span);
	lo = Math.floor(lo / step) * step;
	const bins: Bin[] = [];
	for (let from = lo; from <= hi; from += step) {
		const to = from + step;
		bins.push({ from, to, count: 0, tone: tone(from + step / 2, input.direction, input.guide) });
		if (bins.length > 200) break;
	}
	for (const v of values) {
		const i = Math.min(bins.length - 1, Math.max(0, Math.floor((v - lo) / step + 1e-9)));
		bins[i].count += 1;
	}
	return bins;
}

/** How many schools fall in each range of values, the target drawn over it. */
export function buildHistogramOption(locale: Locale, input: HistogramInput): ChartOption | null {
	const bins = binValues(input);
	if (bins.length === 0) return null;
	const step = bins[0].to - bins[0].from;
	const label = (b: Bin) => `${formatNumber(locale, b.from, 1)}–${formatValue(locale, b.to, input.unit)}`;
	const legend = guideLegend(locale, input.guide, input.unit, input.names.target);
	return {
		...BASE_OPTION,
		...guideLegendOption(legend, 'right'),
		grid: { left: 8, right: 24, top: 36, bottom: 8 },
		tooltip: {
			trigger: 'item',
			formatter: (p: { dataIndex: number }) => {
				const b = bins[p.dataIndex];
				return `${label(b)}: ${formatNumber(locale, b.count)} ${input.names.schools}`;
			}
		},
		xAxis: {
			type: 'value',
			min: bins[0].from,
			max: bins[bins.length - 1].to,
			interval: bins.length > 8 ? step * 2 : step,
			axisLabel: { formatter: axisFormatter(locale, input.unit) }
		},
		yAxis: { type: 'value', minInterval: 1, name: input.names.schools, nameTextStyle: { align: 'left' } },
		series: [
			{
				type: 'bar',
				barWidth: '96%',
				data: bins.map((b) => ({
					value: [b.from + step / 2, b.count],
					itemStyle: {
						color: STATUS_COLORS[b.tone],
						...(STATUS_DECALS[b.tone] ? { decal: STATUS_DECALS[b.tone] } : {})
					}
				})),
				...guideMarks(input.guide, 'x')
			},
			...(legend ? [legend] : [])
		]
	};
}

export function histogramTable(locale: Locale, input: HistogramInput) {
	return {
		columns: [input.names.range, input.names.schools],
		rows: binValues(input).map((b) => [
			`${formatNumber(locale, b.from, 1)}–${formatValue(locale, b.to, input.unit)}`,
			formatNumber(locale, b.count)
		])
	};
}
