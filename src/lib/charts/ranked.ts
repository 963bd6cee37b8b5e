import type { EvaluationStatus } from '../domain/evaluation';
import type { Direction } from '../domain/types';
import type { Locale } from '../i18n/types';
import {
	BASE_OPTION,
	axisFormatter,
	escapeHtml,
	guideLegend,
	guideLegendOption,
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
	/** False when no target applies to the school (its value is then shown, not judged). */
	hasTarget?: boolean;
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
		/** How a school with a value but no target is labelled ("Chưa giao chỉ tiêu"). */
		noTarget?: string;
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

/** A value without a target to judge it by: shown, but neither "no data" nor ranked with the judged. */
export function isUntargeted(item: RankedItem): boolean {
	return hasValue(item.value) && (item.hasTarget === false || item.status === 'no_data');
}

/** What a dot says: the evaluation's status, or 'no_target' for a value that nothing judges. */
type Shown = EvaluationStatus | 'no_target';
const NO_TARGET = { color: '#5b6573', icon: '○', symbol: 'rect' };

function shownStatus(item: RankedItem): Shown {
	return isUntargeted(item) ? 'no_target' : item.status;
}
function labelOf(input: RankedInput, s: Shown): string {
	return s === 'no_target' ? (input.names.noTarget ?? input.statusLabels.no_data) : input.statusLabels[s];
}
const colorOf = (s: Shown) => (s === 'no_target' ? NO_TARGET.color : STATUS_COLORS[s]);
const iconOf = (s: Shown) => (s === 'no_target' ? NO_TARGET.icon : STATUS_ICONS[s]);
const symbolOf = (s: Shown) => (s === 'no_target' ? NO_TARGET.symbol : STATUS_SYMBOLS[s]);

/** The status key shown under the chart: each kind of dot present, in the palette's order. */
export function rankedKey(input: RankedInput): { color: string; icon: string; label: string }[] {
	const present = new Set(input.items.map(shownStatus));
	const order: Shown[] = [...(Object.keys(STATUS_COLORS) as EvaluationStatus[]), 'no_target'];
	return order
		.filter((s) => present.has(s))
		.map((s) => ({ color: colorOf(s), icon: iconOf(s), label: labelOf(input, s) }));
}

/** The one tie-break of every school list of an indicator: name as Vietnamese sorts it, then code. */
export function compareSchoolNames(a: { name: string; code: string }, b: { name: string; code: string }) {
	return a.name.localeCompare(b.name, 'vi') || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0);
}

/**
 * Schools judged against a target, worst first; then schools with a value but no target (worst
 * value first); then schools without data. Ties in name order, as in every table of the page.
 */
export function rankWorstFirst(
	items: RankedItem[],
	direction: Direction,
	guide: TargetGuide | null
): RankedItem[] {
	const byBadness = (a: RankedItem, b: RankedItem) =>
		badness(b.value!, direction, guide) - badness(a.value!, direction, guide) || compareSchoolNames(a, b);
	const judged = items.filter((i) => hasValue(i.value) && !isUntargeted(i)).sort(byBadness);
	const untargeted = items.filter(isUntargeted).sort(byBadness);
	const without = items.filter((i) => !hasValue(i.value)).sort(compareSchoolNames);
	return [...judged, ...untargeted, ...without];
}

export function rankedHeight(input: RankedInput): number {
	const n = input.items.filter((i) => hasValue(i.value)).length;
	return n > MAX_NAMED ? 340 : Math.max(160, 56 + n * ROW);
}

/** School-type prefixes as schools write them short, longest first ("Trường Tiểu học" → "TH"). */
const PREFIXES: [RegExp, string][] = [
	[/^(Trường\s+)?(Tiểu học và Trung học cơ sở|TH và THCS|TH&THCS)\s+/i, 'TH&THCS '],
	[/^(Trường\s+)?(Trung học cơ sở và Trung học phổ thông|THCS và THPT)\s+/i, 'THCS&THPT '],
	[/^(Trường\s+)?Trung học phổ thông\s+/i, 'THPT '],
	[/^(Trường\s+)?Trung học cơ sở\s+/i, 'THCS '],
	[/^(Trường\s+)?Tiểu học\s+/i, 'TH '],
	[/^(Trường\s+)?Mầm non\s+/i, 'MN '],
	[/^Trường\s+/i, '']
];
export const SHORT_NAME_MAX = 24;

/**
 * A school's name short enough for an axis label, keeping the part that tells schools apart:
 * "Trường Mầm non tư thục Hoa Phượng Đỏ" → "MN tư thục Hoa Phượng Đỏ"; what is still too long
 * loses letters from the middle ("MN tư thục Ho…Phượng Đỏ"), never its end.
 */
export function shortSchoolName(name: string, max = SHORT_NAME_MAX): string {
	const rule = PREFIXES.find(([re]) => re.test(name));
	const short = rule ? name.replace(rule[0], rule[1]).replace(/\btư thục\b/i, 'TT') : name;
	if (short.length <= max) return short;
	const tail = Math.ceil((max - 1) * 0.6);
	return `${short.slice(0, max - 1 - tail).trimEnd()}…${short.slice(short.length - tail).trimStart()}`;
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
		input.unit,
		false,
		upright ? 5 : 4
	);
	const valueAxis = {
		type: 'value',
		min: range.min,
		max: range.max,
		interval: range.interval,
		axisLabel: { formatter: axisFormatter(locale, input.unit), hideOverlap: true },
		splitLine: { lineStyle: { color: '#e6e9ee' } }
	};
	const categoryAxis = {
		type: 'category',
		data: ranked.map((i) => (upright ? i.code : shortSchoolName(i.name))),
		inverse: !upright,
		axisTick: { show: false },
		axisLabel: upright ? { show: false } : { interval: 0, fontSize: 11, width: 150, overflow: 'truncate' },
		splitLine: { show: !upright, lineStyle: { color: '#f0f2f5' } }
	};
	const describe = (i: number) => {
		const item = ranked[i];
		const shown = shownStatus(item);
		const status = `${iconOf(shown)} ${escapeHtml(labelOf(input, shown))}`;
		return `${escapeHtml(item.name)}<br/>${formatValue(locale, item.value, input.unit)} · ${status}`;
	};
	const marks = guideMarks(input.guide, upright ? 'y' : 'x');
	const legend = guideLegend(locale, input.guide, input.unit, input.names.target);
	const series = upright ? rankCurves(ranked, input, marks) : [dotSeries(ranked, input, marks)];
	return {
		...BASE_OPTION,
		...guideLegendOption(legend),
		grid: { left: 8, right: 24, top: 30, bottom: 8 },
		tooltip: upright
			? { trigger: 'axis', formatter: (p: { dataIndex: number }[]) => describe(p[0]?.dataIndex ?? 0) }
			: { trigger: 'item', formatter: (p: { dataIndex: number }) => describe(p.dataIndex) },
		xAxis: upright ? categoryAxis : valueAxis,
		yAxis: upright ? valueAxis : categoryAxis,
		series: legend ? [...series, legend] : series
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
			symbol: symbolOf(shownStatus(item)),
			itemStyle: {
				color: colorOf(shownStatus(item)),
				borderColor: item.ownTarget ? '#1b2430' : '#fff',
				borderWidth: item.ownTarget ? 2 : 1
			}
		})),
		...marks
	};
}

/** One line per status along the ranking; each run reaches one step into its neighbours so the curve is unbroken. */
function rankCurves(ranked: RankedItem[], input: RankedInput, marks: ChartOption): ChartOption[] {
	const shown = ranked.map(shownStatus);
	const present = [...new Set(shown)];
	return present.map((status, k) => ({
		type: 'line',
		name: labelOf(input, status),
		symbol: 'none',
		connectNulls: false,
		lineStyle: { color: colorOf(status), width: 4 },
		itemStyle: { color: colorOf(status) },
		data: ranked.map((item, i) =>
			shown[i] === status || shown[i - 1] === status || shown[i + 1] === status ? item.value : null
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
				`${iconOf(shownStatus(item))} ${labelOf(input, shownStatus(item))}`,
				formatGap(locale, item.gap, input.unit)
			])
	};
}
