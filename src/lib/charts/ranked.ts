import type { EvaluationStatus } from '../domain/evaluation';
import type { Direction } from '../domain/types';
import type { Locale } from '../i18n/types';
import {
	BASE_OPTION,
	axisFormatter,
	escapeHtml,
	guideMarks,
	hasValue,
	valueRange,
	type ChartOption
} from './common';
import { formatGap, formatValue, type ValueUnit } from './format';
import { STATUS_COLORS, STATUS_ICONS, STATUS_SYMBOLS } from './palette';
import { guideExtent, type TargetGuide } from './target-guide';

export type RankedItem = {
	code: string;
	name: string;
	value: number | null;
	status: EvaluationStatus;
	gap?: number | null;
	/** The school has its own target (giao chỉ tiêu) overriding the area's. */
	ownTarget?: boolean;
	/** The school's district (or commune) on a province-wide ranking. */
	area?: string | null;
};

export type RankedInput = {
	items: RankedItem[];
	direction: Direction;
	guide: TargetGuide | null;
	unit: ValueUnit;
	names: {
		value: string;
		target: string;
		school: string;
		status: string;
		gap: string;
		ownTarget: string;
		area?: string;
	};
	statusLabels: Record<EvaluationStatus, string>;
};

/** Above this many schools the chart stands upright without names (the table lists them). */
export const MAX_NAMED = 60;
const ROW = 22;

/** How far from good a value is: larger is worse. Band: the distance outside the band. */
function badness(value: number, direction: Direction, guide: TargetGuide | null): number {
	if (direction === 'lower') return value;
	if (direction === 'band' && guide?.kind === 'band') {
		if (value < guide.min) return guide.min - value;
		if (value > guide.max) return value - guide.max;
		return -Math.min(value - guide.min, guide.max - value);
	}
	return -value;
}

/** Schools with a value, worst first; schools without data last (in name order). */
export function rankWorstFirst(
	items: RankedItem[],
	direction: Direction,
	guide: TargetGuide | null
): RankedItem[] {
	const withValue = items.filter((i) => hasValue(i.value));
	const without = items.filter((i) => !hasValue(i.value));
	withValue.sort(
		(a, b) =>
			badness(b.value!, direction, guide) - badness(a.value!, direction, guide) ||
			a.name.localeCompare(b.name, 'vi')
	);
	without.sort((a, b) => a.name.localeCompare(b.name, 'vi'));
	return [...withValue, ...without];
}

export function rankedHeight(input: RankedInput): number {
	const n = input.items.filter((i) => hasValue(i.value)).length;
	return n > MAX_NAMED ? 340 : Math.max(160, 56 + n * ROW);
}

function shortName(name: string): string {
	const trimmed = name.replace(/^Trường\s+/i, '');
	return trimmed.length > 30 ? `${trimmed.slice(0, 29)}…` : trimmed;
}

/**
 * Every school as a dot on the value axis, worst first, coloured and shaped by status, with the
 * target line or band. A dot plot, not bars: rates near 100 % need no zero baseline. Above
 * MAX_NAMED schools it becomes a rank curve (one line per status) so that thousands of schools
 * stay a light SVG; the names are then in the table and the downloads.
 */
export function buildRankedOption(locale: Locale, input: RankedInput): ChartOption | null {
	const ranked = rankWorstFirst(input.items, input.direction, input.guide).filter((i) => hasValue(i.value));
	if (ranked.length === 0) return null;
	const upright = ranked.length > MAX_NAMED;
	const range = valueRange(
		ranked.map((i) => i.value),
		guideExtent(input.guide),
		input.unit
	);
	const valueAxis = {
		type: 'value',
		min: range.min,
		max: range.max,
		axisLabel: { formatter: axisFormatter(locale, input.unit) },
		splitLine: { lineStyle: { color: '#e6e9ee' } }
	};
	const categoryAxis = {
		type: 'category',
		data: ranked.map((i) => (upright ? i.code : shortName(i.name))),
		inverse: !upright,
		axisTick: { show: false },
		axisLabel: upright ? { show: false } : { interval: 0, fontSize: 11, width: 150, overflow: 'truncate' },
		splitLine: { show: !upright, lineStyle: { color: '#f0f2f5' } }
	};
	const describe = (i: number) => {
		const item = ranked[i];
		const status = `${STATUS_ICONS[item.status]} ${escapeHtml(input.statusLabels[item.status])}`;
		return `${escapeHtml(item.name)}<br/>${formatValue(locale, item.value, input.unit)} · ${status}`;
	};
	const marks = guideMarks(locale, input.guide, input.unit, upright ? 'y' : 'x', input.names.target);
	return {
		...BASE_OPTION,
		grid: { left: 8, right: 24, top: 30, bottom: 8 },
		tooltip: upright
			? { trigger: 'axis', formatter: (p: { dataIndex: number }[]) => describe(p[0]?.dataIndex ?? 0) }
			: { trigger: 'item', formatter: (p: { dataIndex: number }) => describe(p.dataIndex) },
		xAxis: upright ? categoryAxis : valueAxis,
		yAxis: upright ? valueAxis : categoryAxis,
		series: upright ? rankCurves(ranked, input, marks) : [dotSeries(ranked, input, marks)]
	};
}

function dotSeries(ranked: RankedItem[], input: RankedInput, marks: ChartOption): ChartOption {
	return {
		type: 'scatter',
		name: input.names.value,
		symbolSize: 14,
		data: ranked.map((item) => ({
			value: item.value,
			name: item.name,
			symbol: STATUS_SYMBOLS[item.status],
			itemStyle: {
				color: STATUS_COLORS[item.status],
				borderColor: item.ownTarget ? '#1b2430' : '#fff',
				borderWidth: item.ownTarget ? 2 : 1
			}
		})),
		...marks
	};
}

/** One line per status along the ranking; each run reaches one step into its neighbours so the curve is unbroken. */
function rankCurves(ranked: RankedItem[], input: RankedInput, marks: ChartOption): ChartOption[] {
	const present = [...new Set(ranked.map((i) => i.status))];
	return present.map((status, k) => ({
		type: 'line',
		name: input.statusLabels[status],
		symbol: 'none',
		connectNulls: false,
		lineStyle: { color: STATUS_COLORS[status], width: 4 },
		itemStyle: { color: STATUS_COLORS[status] },
		data: ranked.map((item, i) =>
			item.status === status || ranked[i - 1]?.status === status || ranked[i + 1]?.status === status
				? item.value
				: null
		),
		...(k === 0 ? marks : {})
	}));
}

/** Rows of the table alternative shown on the page; the downloads hold every school. */
export const MAX_TABLE_ROWS = 100;

export function rankedTable(locale: Locale, input: RankedInput) {
	const ranked = rankWorstFirst(input.items, input.direction, input.guide);
	const withArea = ranked.some((i) => i.area);
	return {
		columns: [
			'#',
			input.names.school,
			...(withArea ? [input.names.area ?? ''] : []),
			input.names.value,
			input.names.status,
			input.names.gap
		],
		more: Math.max(0, ranked.length - MAX_TABLE_ROWS),
		rows: ranked
			.slice(0, MAX_TABLE_ROWS)
			.map((item, i) => [
				String(i + 1),
				item.ownTarget ? `${item.name} (${input.names.ownTarget})` : item.name,
				...(withArea ? [item.area ?? '—'] : []),
				formatValue(locale, item.value, input.unit),
				`${STATUS_ICONS[item.status]} ${input.statusLabels[item.status]}`,
				formatGap(locale, item.gap, input.unit)
			])
	};
}
