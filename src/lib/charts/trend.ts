import type { EvaluationStatus } from '../domain/evaluation';
import type { Locale } from '../i18n/types';
import {
	BASE_OPTION,
	axisFormatter,
	guideLegend,
	guideLegendItem,
	guideMarks,
	hasValue,
	isYearOverYearEmpty,
	rangeYearOverYear,
	type ChartOption
} from './common';
import { formatValue, type ValueUnit } from './format';
import { SERIES_COLORS, STATUS_COLORS, STATUS_ICONS } from './palette';
import type { TargetGuide } from './target-guide';

export type TrendInput = {
	/** Period labels along the x axis, in calendar order. */
	periods: string[];
	current: (number | null)[];
	/** The same periods of the previous school year, if any. */
	previous?: (number | null)[] | null;
	/** Status of each current point (colours the points; the table says it in words). */
	statuses?: (EvaluationStatus | null)[];
	guide: TargetGuide | null;
	unit: ValueUnit;
	names: { current: string; previous: string; target: string; status: string };
	statusLabels: Record<EvaluationStatus, string>;
};

/** Actual over the periods of the year against the target (line or band), last year beside it. */
export function buildTrendOption(locale: Locale, input: TrendInput): ChartOption | null {
	if (isYearOverYearEmpty(input)) return null;
	const { previous, range } = rangeYearOverYear(input, input.unit === 'count');
	const format = (v: number | null) => formatValue(locale, v, input.unit);
	const series: ChartOption[] = [];
	if (previous) {
		series.push({
			type: 'line',
			name: input.names.previous,
			data: previous,
			connectNulls: true,
			symbol: 'circle',
			symbolSize: 6,
			lineStyle: { color: SERIES_COLORS.previous, type: 'dashed', width: 2 },
			itemStyle: { color: SERIES_COLORS.previous }
		});
	}
	series.push({
		type: 'line',
		name: input.names.current,
		connectNulls: true,
		symbol: 'circle',
		symbolSize: 10,
		lineStyle: { color: SERIES_COLORS.current, width: 3 },
		itemStyle: { color: SERIES_COLORS.current },
		label: {
			show: true,
			position: 'top',
			formatter: (p: { value: number | null }) => format(p.value),
			color: '#1b2430',
			fontWeight: 600
		},
		data: input.current.map((value, i) => {
			const status = input.statuses?.[i];
			return status && hasValue(value)
				? { value, itemStyle: { color: STATUS_COLORS[status], borderColor: '#fff', borderWidth: 1.5 } }
				: value;
		}),
		...guideMarks(input.guide, 'y')
	});
	const legendEntry = guideLegend(locale, input.guide, input.unit, input.names.target);
	if (legendEntry) series.push(legendEntry);
	return {
		...BASE_OPTION,
		grid: { left: 8, right: 16, top: legendEntry ? 66 : 40, bottom: 8 },
		legend: {
			top: 0,
			left: 0,
			itemWidth: 22,
			itemGap: 24,
			data: series.map((s) => (s === legendEntry ? guideLegendItem(s) : s.name))
		},
		tooltip: {
			trigger: 'axis',
			valueFormatter: (v: number | null) => format(v)
		},
		xAxis: { type: 'category', data: input.periods, boundaryGap: true, axisLabel: { hideOverlap: true } },
		yAxis: {
			type: 'value',
			min: range.min,
			max: range.max,
			interval: range.interval,
			axisLabel: { formatter: axisFormatter(locale, input.unit) }
		},
		series
	};
}

/** The chart's figures as a table (the accessible alternative and the export). */
export function trendTable(locale: Locale, input: TrendInput) {
	const hasPrevious = !!input.previous?.some(hasValue);
	const hasStatus = !!input.statuses?.some((s) => s);
	return {
		columns: [
			'',
			input.names.current,
			...(hasStatus ? [input.names.status] : []),
			...(hasPrevious ? [input.names.previous] : [])
		],
		rows: input.periods.map((period, i) => {
			const status = input.statuses?.[i] ?? null;
			return [
				period,
				formatValue(locale, input.current[i], input.unit),
				...(hasStatus ? [status ? `${STATUS_ICONS[status]} ${input.statusLabels[status]}` : ''] : []),
				...(hasPrevious ? [formatValue(locale, input.previous?.[i] ?? null, input.unit)] : [])
			];
		})
	};
}
