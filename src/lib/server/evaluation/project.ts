// Where will the indicator be at the judging period? Pure: this year's values so far, last year's shape.
import { round, type IndicatorUnit } from './judge';

export type SeriesPoint = { key: string; value: number };

export type ProjectionInput = {
	unit: IndicatorUnit;
	/** This year's values up to the requested period, oldest first (periods with no value left out). */
	series: SeriesPoint[];
	/** Keys of this year's periods that carry the indicator, in calendar order; must include the judging period. */
	carrying: string[];
	judgedKey: string;
	/** Last year's values by seasonal key (see `seasonalKey`). */
	lastYear: Map<string, number>;
};

export type ProjectedValue = {
	value: number;
	method: 'trend' | 'last_year_pattern' | 'carry_forward';
	basedOn: string[];
};

/** The same moment in another school year: period keys as they are, months by month ('2024-10' → 'M10'). */
export function seasonalKey(key: string): string {
	const month = /^\d{4}-(\d{2})$/.exec(key);
	return month ? `M${month[1]}` : key;
}

function clampFor(unit: IndicatorUnit, x: number): number {
	if (unit === 'percent') return Math.min(100, Math.max(0, x));
	return Math.max(0, x);
}

/** Least-squares line through (x, y), evaluated at `at`. */
function linearAt(points: { x: number; y: number }[], at: number): number {
	const n = points.length;
	const mx = points.reduce((s, p) => s + p.x, 0) / n;
	const my = points.reduce((s, p) => s + p.y, 0) / n;
	let sxy = 0;
	let sxx = 0;
	for (const p of points) {
		sxy += (p.x - mx) * (p.y - my);
		sxx += (p.x - mx) ** 2;
	}
	const slope = sxx === 0 ? 0 : sxy / sxx;
	return my + slope * (at - mx);
}

/**
 * Projects the judging period's value:
 * - two or more values this year: the linear trend over the ordered periods that carry the indicator;
 * - one value: last year's change between the same two moments applied to it (percentage points for
 *   rates, the ratio for counts), when last year has both;
 * - otherwise: the latest value carried forward. Levels are always carried forward.
 * Null when this year has no value yet.
 */
export function projectValue(input: ProjectionInput): ProjectedValue | null {
	const { series, unit } = input;
	if (series.length === 0) return null;
	const latest = series[series.length - 1];
	const carry: ProjectedValue = { value: latest.value, method: 'carry_forward', basedOn: [latest.key] };
	if (unit === 'level') return carry;
	const at = input.carrying.indexOf(input.judgedKey);
	const points = series
		.map((p) => ({ x: input.carrying.indexOf(p.key), y: p.value, key: p.key }))
		.filter((p) => p.x >= 0 && p.x < at);
	if (at < 0 || points.length === 0) return carry;
	if (points.length >= 2) {
		const value = clampFor(unit, linearAt(points, at));
		return { value: round(value, 2), method: 'trend', basedOn: points.map((p) => p.key) };
	}
	const from = input.lastYear.get(seasonalKey(latest.key));
	const to = input.lastYear.get(seasonalKey(input.judgedKey));
	if (from === undefined || to === undefined) return carry;
	const value = unit === 'count' && from > 0 ? latest.value * (to / from) : latest.value + (to - from);
	return { value: round(clampFor(unit, value), 2), method: 'last_year_pattern', basedOn: [latest.key] };
}
