// A monthly report's indicator month by month: this year's months as bars (coloured by status), the
// same months of last year as a dashed line, and the target.
import type { EvaluationStatus } from '../domain/evaluation';
import type { Locale } from '../i18n/types';
import {
	BASE_OPTION,
	axisFormatter,
	guideLegend,
	guideMarks,
	hasValue,
	isYearOverYearEmpty,
	rangeYearOverYear,
	type ChartOption
} from './common';
import { formatValue, type ValueUnit } from './format';
import { SERIES_COLORS, STATUS_COLORS, STATUS_ICONS } from './palette';
import type { TargetGuide } from './target-guide';

export type MonthlyInput = {
	/** Month labels (T9, T10 …), in calendar order. */
	months: string[];
	current: (number | null)[];
	/** The same months of the previous school year. */
	previous: (number | null)[] | null;
	statuses: (EvaluationStatus | null)[];
	guide: TargetGuide | null;
	unit: ValueUnit;
	names: { month: string; current: string; previous: string; target: string; status: string };
	statusLabels: Record<EvaluationStatus, string>;
};

export function buildMonthlyOption(locale: Locale, input: MonthlyInput): ChartOption | null {
	if (isYearOverYearEmpty(input)) return null;
	const { previous, range } = rangeYearOverYear(input, true);
	const format = (v: number | null) => formatValue(locale, v, input.unit);
	const series: ChartOption[] = [
		{
			type: 'bar',
			name: input.names.current,
			barMaxWidth: 28,
			itemStyle: { color: SERIES_COLORS.current },
			// A month without figures stays a gap (null), never a zero bar.
			data: input.current.map((value, i) => {
				const status = input.statuses[i];
				return status && hasValue(value) ? { value, itemStyle: { color: STATUS_COLORS[status] } } : value;
			}),
			...guideMarks(input.guide, 'y')
		}
	];
	if (previous) {
		series.push({
			type: 'line',
			name: input.names.previous,
			data: previous,
			connectNulls: false,
			symbol: 'circle',
			symbolSize: 6,
			lineStyle: { color: SERIES_COLORS.previous, type: 'dashed', width: 2 },
			itemStyle: { color: SERIES_COLORS.previous }
		});
	}
	const legendEntry = guideLegend(locale, input.guide, input.unit, input.names.target);
	if (legendEntry) series.push(legendEntry);
	return {
		...BASE_OPTION,
		grid: { left: 8, right: 16, top: legendEntry ? 56 : 40, bottom: 8 },
		legend: { top: 0, left: 0, itemWidth: 22, itemGap: 24, data: series.map((s) => s.name) },
		tooltip: { trigger: 'axis', valueFormatter: (v: number | null) => format(v) },
		xAxis: { type: 'category', data: input.months, axisLabel: { interval: 0, fontSize: 11 } },
		yAxis: {
			type: 'value',
			min: range.min,
			max: range.max,
			axisLabel: { formatter: axisFormatter(locale, input.unit) }
		},
		series
	};
}

export function monthlyTable(locale: Locale, input: MonthlyInput) {
	const hasPrevious = !!input.previous?.some(hasValue);
	return {
		columns: [
			input.names.month,
			input.names.current,
			input.names.status,
			...(hasPrevious ? [input.names.previous] : [])
		],
		rows: input.months.map((month, i) => {
			const status = input.statuses[i];
			return [
				month,
				formatValue(locale, input.current[i], input.unit),
				status ? `${STATUS_ICONS[status]} ${input.statusLabels[status]}` : '',
				...(hasPrevious ? [formatValue(locale, input.previous?.[i] ?? null, input.unit)] : [])
			];
		})
	};
}
