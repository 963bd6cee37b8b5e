// Sub-areas (districts, communes) side by side on one indicator: a bar per area against its target.
import type { EvaluationStatus } from '../domain/evaluation';
import type { Direction } from '../domain/types';
import type { Locale } from '../i18n/types';
import {
	BASE_OPTION,
	axisFormatter,
	escapeHtml,
	guideLegend,
	guideMarks,
	hasValue,
	valueRange,
	type ChartOption
} from './common';
import { formatGap, formatValue, type ValueUnit } from './format';
import { SERIES_COLORS, STATUS_COLORS, STATUS_ICONS } from './palette';
import { describeGuide, guideExtent, type TargetGuide } from './target-guide';

export const AREA_SORTS = ['worst', 'best', 'name'] as const;
export type AreaSort = (typeof AREA_SORTS)[number];

export type AreaItem = {
	code: string;
	name: string;
	value: number | null;
	status: EvaluationStatus;
	gap: number | null;
	/** The area's own target (its plan may differ from the unit's), null when none applies. */
	guide: TargetGuide | null;
};

export type AreasInput = {
	/** In the order to draw them (see `sortAreas`). */
	items: AreaItem[];
	/** The unit's own target, drawn across the chart. */
	guide: TargetGuide | null;
	unit: ValueUnit;
	names: { area: string; value: string; target: string; status: string; gap: string };
	statusLabels: Record<EvaluationStatus, string>;
};

/** Higher is better: the gap to the target when there is one, else the value by the direction. */
function merit(item: AreaItem, direction: Direction): number {
	if (hasValue(item.gap)) return item.gap;
	if (!hasValue(item.value) || direction === 'band') return 0;
	return direction === 'lower' ? -item.value : item.value;
}

/**
 * Areas in the order asked: worst or best first (by the gap to the target, else the value), ties and
 * `name` by Vietnamese name order; areas without data always last.
 */
export function sortAreas(items: AreaItem[], sort: AreaSort, direction: Direction): AreaItem[] {
	const byName = (a: AreaItem, b: AreaItem) => a.name.localeCompare(b.name, 'vi');
	const withValue = items.filter((i) => hasValue(i.value));
	const without = items.filter((i) => !hasValue(i.value)).sort(byName);
	const sign = sort === 'worst' ? 1 : -1;
	withValue.sort((a, b) =>
		sort === 'name' ? byName(a, b) : sign * (merit(a, direction) - merit(b, direction)) || byName(a, b)
	);
	return [...withValue, ...without];
}

/** Names without the words they all start with ("Phòng GD&ĐT"): the part that tells them apart shows. */
export function distinctNames(names: string[]): string[] {
	if (names.length < 2) return names;
	const words = names.map((n) => n.split(/\s+/));
	let common = 0;
	while (words.every((w) => w.length > common + 1 && w[common] === words[0][common])) common++;
	return words.map((w) => w.slice(common).join(' '));
}

const ROW = 30;
export function areasHeight(input: AreasInput): number {
	return Math.max(160, 64 + input.items.length * ROW);
}

/** The target's value for a marker: a line's value, a band's middle. */
function markerValue(guide: TargetGuide | null): number | null {
	if (!guide) return null;
	return guide.kind === 'line' ? guide.value : (guide.min + guide.max) / 2;
}

export function buildAreasOption(locale: Locale, input: AreasInput): ChartOption | null {
	if (!input.items.some((i) => hasValue(i.value))) return null;
	const extra = [...guideExtent(input.guide), ...input.items.flatMap((i) => guideExtent(i.guide))];
	const range = valueRange(
		input.items.map((i) => i.value),
		extra,
		input.unit,
		true
	);
	const format = (v: number | null) => formatValue(locale, v, input.unit);
	const describe = (i: number) => {
		const item = input.items[i];
		const status = `${STATUS_ICONS[item.status]} ${escapeHtml(input.statusLabels[item.status])}`;
		const target = item.guide
			? ` · ${escapeHtml(input.names.target)} ${describeGuide(locale, item.guide, input.unit)}`
			: '';
		return `${escapeHtml(item.name)}<br/>${format(item.value)} · ${status}${target}`;
	};
	const ownTargets = input.items.some((i) => i.guide);
	const legendEntry = guideLegend(locale, input.guide, input.unit, input.names.target);
	const legend = [
		...(ownTargets ? [input.names.value, input.names.target] : []),
		...(legendEntry ? [legendEntry.name as string] : [])
	];
	return {
		...BASE_OPTION,
		grid: { left: 8, right: 48, top: legend.length ? 34 : 8, bottom: 8 },
		legend: legend.length ? { top: 0, left: 0, data: legend } : undefined,
		tooltip: { trigger: 'item', formatter: (p: { dataIndex: number }) => describe(p.dataIndex) },
		xAxis: {
			type: 'value',
			min: range.min,
			max: range.max,
			axisLabel: { formatter: axisFormatter(locale, input.unit), hideOverlap: true },
			splitLine: { lineStyle: { color: '#e6e9ee' } }
		},
		yAxis: {
			type: 'category',
			inverse: true,
			data: distinctNames(input.items.map((i) => i.name)),
			axisTick: { show: false },
			axisLabel: { interval: 0, fontSize: 11, width: 120, overflow: 'truncate' }
		},
		series: [
			{
				type: 'bar',
				name: input.names.value,
				barMaxWidth: 18,
				itemStyle: { color: SERIES_COLORS.current },
				label: {
					show: true,
					position: 'right',
					formatter: (p: { value: number | null }) => format(p.value),
					fontSize: 11
				},
				data: input.items.map((i) =>
					hasValue(i.value) ? { value: i.value, itemStyle: { color: STATUS_COLORS[i.status] } } : null
				),
				...guideMarks(input.guide, 'x')
			},
			...(ownTargets
				? [
						{
							type: 'scatter',
							name: input.names.target,
							symbol: 'diamond',
							symbolSize: 12,
							itemStyle: { color: SERIES_COLORS.target },
							data: input.items.map((i) => markerValue(i.guide))
						}
					]
				: []),
			...(legendEntry ? [legendEntry] : [])
		]
	};
}

export function areasTable(locale: Locale, input: AreasInput) {
	return {
		columns: [
			'#',
			input.names.area,
			input.names.value,
			input.names.target,
			input.names.status,
			input.names.gap
		],
		rows: input.items.map((item, i) => [
			String(i + 1),
			item.name,
			formatValue(locale, item.value, input.unit),
			describeGuide(locale, item.guide, input.unit),
			`${STATUS_ICONS[item.status]} ${input.statusLabels[item.status]}`,
			formatGap(locale, item.gap, input.unit)
		])
	};
}
