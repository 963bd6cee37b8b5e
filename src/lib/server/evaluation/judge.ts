// Judging an actual against a target (judge) and one evaluation row against its target: pure, no database.
import type { Comparator, Direction } from '../../domain/types';
import type { EvaluationStatus } from '../../domain/evaluation';
import { resolveAboveTargetRule, type AboveTargetRule } from '../../domain/above-target';

export type IndicatorUnit = 'percent' | 'count' | 'level';
export type TargetShape = {
	comparator: Comparator;
	value: number | null;
	min: number | null;
	max: number | null;
};
export type Verdict = 'met' | 'at_risk' | 'off_track' | 'above_band';
export type Judgement = {
	verdict: Verdict;
	gap: number;
	percentOfTarget: number | null;
	/** Above an equality target: the indicator's rule that judged it; else null. */
	above?: AboveTargetRule | null;
};
export type ProjectionStatus = 'on_track' | 'at_risk' | 'off_track';

/**
 * How close a miss must be to count as `at_risk` rather than `off_track`:
 * rates and shares within 1 percentage point, a change target within 0.5 pp, counts within 2 %
 * of the bound (a bound of 0 has no tolerance: one dropout is a miss), levels never (they are steps).
 */
export const TOLERANCE = { percentPoints: 1, changePoints: 0.5, countShare: 0.02 } as const;

export function round(x: number, digits: number): number {
	const f = 10 ** digits;
	// + 0 turns −0 into 0
	return Math.round((x + Number.EPSILON * Math.sign(x)) * f) / f + 0;
}

function decimalsOf(x: number): number {
	const s = String(x);
	const dot = s.indexOf('.');
	return dot < 0 ? 0 : Math.min(6, s.length - dot - 1);
}

/**
 * The actual as the plan would have written it: rounded to the bound's own precision (at least one
 * decimal for percentages), so 7,910/9,232 = 85.68 % meets "≥ 85.7 %", the plan's own arithmetic.
 * A bound of exactly 0 is compared exactly: "0 % not completed" means none.
 */
export function comparable(x: number, bound: number, unit: IndicatorUnit): number {
	if (unit === 'level' || bound === 0) return x;
	return round(x, Math.max(unit === 'percent' ? 1 : 0, decimalsOf(bound)));
}

export function toleranceFor(unit: IndicatorUnit, comparator: Comparator, bound: number): number {
	if (unit === 'level' || comparator === 'level_gte') return 0;
	if (unit === 'percent') return comparator === 'change' ? TOLERANCE.changePoints : TOLERANCE.percentPoints;
	return Math.abs(bound) * TOLERANCE.countShare;
}

function ratio(x: number, reference: number): number | null {
	return reference === 0 ? null : round((x / reference) * 100, 1);
}

function verdictOf(gap: number, tolerance: number): Verdict {
	const g = round(gap, 6);
	if (g >= 0) return 'met';
	return -g <= tolerance + 1e-9 ? 'at_risk' : 'off_track';
}

/** Whether a 'change' target wants the value to fall (malnutrition −1.5 pp) or rise. */
function changeWantsFall(direction: Direction, delta: number): boolean {
	return direction === 'lower' || (direction === 'band' && delta <= 0);
}

/**
 * Judges `x` (the actual, or for 'change' targets the change since the baseline) against a target.
 * Gap: positive = better, in the indicator's unit (percentage points for rates).
 * percentOfTarget: x ÷ the bound in play × 100 (for ranges the bound crossed; 100 inside the range).
 */
export function judge(
	unit: IndicatorUnit,
	direction: Direction,
	target: TargetShape,
	x: number,
	aboveTarget: AboveTargetRule | null = null
): Judgement {
	const { comparator } = target;
	if (comparator === 'range') {
		const lo = target.min ?? -Infinity;
		const hi = target.max ?? Infinity;
		const cLo = comparable(x, lo, unit);
		const cHi = comparable(x, hi, unit);
		if (direction === 'higher') {
			const gap = cLo - lo;
			return {
				verdict: verdictOf(gap, toleranceFor(unit, comparator, lo)),
				gap: round(gap, 2),
				percentOfTarget: ratio(x, lo)
			};
		}
		if (direction === 'lower') {
			const gap = hi - cHi;
			return {
				verdict: verdictOf(gap, toleranceFor(unit, comparator, hi)),
				gap: round(gap, 2),
				percentOfTarget: ratio(x, hi)
			};
		}
		if (cLo < lo) {
			const gap = cLo - lo;
			return {
				verdict: verdictOf(gap, toleranceFor(unit, comparator, lo)),
				gap: round(gap, 2),
				percentOfTarget: ratio(x, lo)
			};
		}
		if (cHi > hi) return { verdict: 'above_band', gap: round(hi - cHi, 2), percentOfTarget: ratio(x, hi) };
		return { verdict: 'met', gap: round(Math.min(cLo - lo, hi - cHi), 2), percentOfTarget: 100 };
	}
	const v = target.value ?? 0;
	const c = comparable(x, v, unit);
	if (comparator === 'eq' && c > v) return judgeAboveEquality(unit, direction, v, c, x, aboveTarget);
	let gap: number;
	switch (comparator) {
		case 'gte':
		case 'level_gte':
			gap = c - v;
			break;
		case 'lte':
			gap = v - c;
			break;
		case 'eq':
			gap = -Math.abs(c - v);
			break;
		case 'change':
			gap = changeWantsFall(direction, v) ? v - c : c - v;
			break;
	}
	return {
		verdict: verdictOf(gap, toleranceFor(unit, comparator, v)),
		gap: round(gap, 2),
		percentOfTarget: ratio(x, v)
	};
}

/**
 * A value above "= n": fine is met (gap positive: the surplus), a warning is judged like a value above
 * a band, a miss like any other distance from n (at risk within the tolerance).
 */
function judgeAboveEquality(
	unit: IndicatorUnit,
	direction: Direction,
	v: number,
	c: number,
	x: number,
	rule: AboveTargetRule | null
): Judgement {
	const above = resolveAboveTargetRule(direction, rule);
	const percentOfTarget = ratio(x, v);
	const surplus = round(c - v, 2);
	if (above === 'fine') return { verdict: 'met', gap: surplus, percentOfTarget, above };
	if (above === 'warning') return { verdict: 'above_band', gap: -surplus, percentOfTarget, above };
	const verdict = verdictOf(v - c, toleranceFor(unit, 'eq', v));
	return { verdict, gap: -surplus, percentOfTarget, above };
}

export type RowInput = {
	unit: IndicatorUnit;
	direction: Direction;
	target: TargetShape | null;
	/** The requested period is at or after the judging period. */
	judged: boolean;
	/** The value at the period the actual comes from. */
	actual: number | null;
	/** For 'change' targets: the value at the baseline period. */
	baseline: number | null;
	/** Before the judging period: the projected value at it. */
	projected: number | null;
	/** The indicator's rule for a value above an equality target (null: its direction's default). */
	aboveTarget?: AboveTargetRule | null;
};

export type RowResult = {
	status: EvaluationStatus;
	gap: number | null;
	percentOfTarget: number | null;
	projectionStatus: ProjectionStatus | null;
	/** For 'change' targets: actual − baseline. */
	change: number | null;
	/** The current actual is above an equality target: the rule that judged it; else null. */
	aboveTarget: AboveTargetRule | null;
};

const NOTHING: RowResult = {
	status: 'no_data',
	gap: null,
	percentOfTarget: null,
	projectionStatus: null,
	change: null,
	aboveTarget: null
};

/**
 * The row's status. At or after the judging period: met / at_risk / off_track / above_band.
 * Before it: the projection's on_track / at_risk / off_track, except that a band indicator already
 * above the band's maximum is `above_band` (possible inflated results), and a level not yet reached
 * is `at_risk` (levels move by recognition decisions, not by trend). Gap and % of target are for
 * the current actual.
 */
export function evaluateAgainstTarget(input: RowInput): RowResult {
	const { target, unit, direction } = input;
	if (!target || input.actual === null) return NOTHING;
	const isChange = target.comparator === 'change';
	if (isChange && input.baseline === null) return NOTHING;
	const offset = isChange ? input.baseline! : 0;
	const rule = input.aboveTarget ?? null;
	const now = judge(unit, direction, target, input.actual - offset, rule);
	const aboveTarget = now.above ?? null;
	const change = isChange ? round(input.actual - offset, 2) : null;
	if (input.judged)
		return {
			gap: now.gap,
			percentOfTarget: now.percentOfTarget,
			change,
			status: now.verdict,
			projectionStatus: null,
			aboveTarget
		};
	const projected = input.projected ?? input.actual;
	const later = judge(unit, direction, target, projected - offset, rule).verdict;
	let projectionStatus: ProjectionStatus =
		later === 'met' ? 'on_track' : later === 'off_track' ? 'off_track' : 'at_risk';
	if (unit === 'level' && projectionStatus === 'off_track') projectionStatus = 'at_risk';
	const status: EvaluationStatus = now.verdict === 'above_band' ? 'above_band' : projectionStatus;
	// Before the judging period the wording follows the projection, unless both say the same thing.
	const worded =
		(aboveTarget === 'fine' && status === 'on_track') ||
		(aboveTarget === 'warning' && status === 'above_band');
	return {
		gap: now.gap,
		percentOfTarget: now.percentOfTarget,
		change,
		status,
		projectionStatus,
		aboveTarget: worded ? aboveTarget : null
	};
}
