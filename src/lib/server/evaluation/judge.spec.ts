import { describe, expect, it } from 'vitest';
import { comparable, evaluateAgainstTarget, judge, type RowInput, type TargetShape } from './judge';

const gte = (value: number): TargetShape => ({ comparator: 'gte', value, min: null, max: null });
const lte = (value: number): TargetShape => ({ comparator: 'lte', value, min: null, max: null });
const eq = (value: number): TargetShape => ({ comparator: 'eq', value, min: null, max: null });
const range = (min: number, max: number): TargetShape => ({ comparator: 'range', value: null, min, max });
const change = (value: number): TargetShape => ({ comparator: 'change', value, min: null, max: null });
const levelGte = (value: number): TargetShape => ({ comparator: 'level_gte', value, min: null, max: null });

function row(partial: Partial<RowInput>): RowInput {
	return {
		unit: 'percent',
		direction: 'higher',
		target: gte(97),
		judged: true,
		actual: null,
		baseline: null,
		projected: null,
		...partial
	};
}

describe('judge: the judging period', () => {
	it('rate at least: met, at risk within 1 pp, off track beyond', () => {
		expect(judge('percent', 'higher', gte(97), 97.3)).toEqual({
			verdict: 'met',
			gap: 0.3,
			percentOfTarget: 100.3
		});
		expect(judge('percent', 'higher', gte(97), 96.2).verdict).toBe('at_risk');
		expect(judge('percent', 'higher', gte(97), 96).verdict).toBe('at_risk');
		const off = judge('percent', 'higher', gte(97), 94.1);
		expect(off.verdict).toBe('off_track');
		expect(off.gap).toBe(-2.9);
		expect(off.percentOfTarget).toBe(97);
	});

	it("compares at the plan's own precision: 7,910/9,232 = 85.68 % meets ≥ 85.7 %", () => {
		const actual = (7910 / 9232) * 100;
		expect(comparable(actual, 85.7, 'percent')).toBe(85.7);
		expect(judge('percent', 'higher', gte(85.7), actual).verdict).toBe('met');
		expect(judge('percent', 'higher', gte(85.7), (7900 / 9232) * 100).verdict).toBe('at_risk');
	});

	it('lower is better: at most, and a bound of 0 compared exactly', () => {
		expect(judge('percent', 'lower', lte(0.5), 0.48).verdict).toBe('met');
		expect(judge('percent', 'lower', lte(0.5), 0.9).verdict).toBe('at_risk');
		expect(judge('percent', 'lower', lte(0.5), 2).verdict).toBe('off_track');
		// one pupil in 10,830 is not "0 %"
		const one = judge('percent', 'lower', lte(0), (1 / 10830) * 100);
		expect(one.verdict).toBe('at_risk');
		expect(one.gap).toBeLessThan(0);
		expect(one.percentOfTarget).toBeNull();
		// a count bound of 0 has no tolerance: one dropout is a miss
		expect(judge('count', 'lower', lte(0), 0).verdict).toBe('met');
		expect(judge('count', 'lower', lte(0), 1).verdict).toBe('off_track');
	});

	it('counts: at least n within 2 % is at risk; equal to n', () => {
		expect(judge('count', 'higher', gte(12246), 12249).verdict).toBe('met');
		expect(judge('count', 'higher', gte(12246), 12100).verdict).toBe('at_risk');
		expect(judge('count', 'higher', gte(12246), 11000).verdict).toBe('off_track');
		expect(judge('count', 'higher', gte(10), 9).verdict).toBe('off_track');
		expect(judge('count', 'higher', eq(291), 291)).toEqual({ verdict: 'met', gap: 0, percentOfTarget: 100 });
		expect(judge('count', 'higher', eq(291), 289).verdict).toBe('at_risk');
		expect(judge('count', 'higher', eq(291), 300, 'miss').verdict).toBe('off_track');
		expect(judge('count', 'higher', eq(291), 300, 'miss').gap).toBe(-9);
	});

	it('above an equality target: the indicator says whether it is fine, a warning or a miss', () => {
		// "= 291 classes" with 300: more classes than planned is no failure by default
		expect(judge('count', 'higher', eq(291), 300)).toEqual({
			verdict: 'met',
			gap: 9,
			percentOfTarget: 103.1,
			above: 'fine'
		});
		expect(judge('count', 'higher', eq(291), 300, 'warning')).toMatchObject({
			verdict: 'above_band',
			gap: -9,
			above: 'warning'
		});
		expect(judge('count', 'higher', eq(291), 293, 'miss')).toMatchObject({
			verdict: 'at_risk',
			above: 'miss'
		});
		expect(judge('count', 'higher', eq(291), 300, 'miss')).toMatchObject({
			verdict: 'off_track',
			above: 'miss'
		});
		// defaults by direction: more dropouts than "= 0" misses, above a band-like "= 60 %" warns
		expect(judge('count', 'lower', eq(0), 1)).toMatchObject({ verdict: 'off_track', above: 'miss' });
		expect(judge('percent', 'band', eq(60), 64)).toMatchObject({ verdict: 'above_band', above: 'warning' });
		// an explicit rule wins over the default; below or at the target the rule plays no part
		expect(judge('count', 'lower', eq(5), 6, 'fine').verdict).toBe('met');
		expect(judge('count', 'higher', eq(291), 289, 'fine')).toMatchObject({ verdict: 'at_risk' });
		expect(judge('count', 'higher', eq(291), 289, 'fine').above).toBeUndefined();
		// "above" is judged on the plan's precision: 291.4 is 291
		expect(judge('count', 'higher', eq(291), 291.4, 'miss').verdict).toBe('met');
	});

	it('band: inside is met, above the maximum flags possible inflated results, below misses', () => {
		const inside = judge('percent', 'band', range(55, 60), 57);
		expect(inside).toEqual({ verdict: 'met', gap: 2, percentOfTarget: 100 });
		const above = judge('percent', 'band', range(55, 60), 75);
		expect(above.verdict).toBe('above_band');
		expect(above.gap).toBe(-15);
		expect(above.percentOfTarget).toBe(125);
		expect(judge('percent', 'band', range(55, 60), 60.04).verdict).toBe('met');
		expect(judge('percent', 'band', range(55, 60), 54.5).verdict).toBe('at_risk');
		expect(judge('percent', 'band', range(55, 60), 50).verdict).toBe('off_track');
	});

	it('ranges on higher- and lower-is-better indicators: beyond the far bound is fine', () => {
		expect(judge('percent', 'higher', range(99, 99.5), 100).verdict).toBe('met');
		expect(judge('percent', 'higher', range(99, 99.5), 97).verdict).toBe('off_track');
		expect(judge('percent', 'lower', range(0.1, 0.2), 0).verdict).toBe('met');
		expect(judge('percent', 'lower', range(0.1, 0.2), 0.55).gap).toBe(-0.4); // 0.55 is 0.6 at one decimal
		expect(judge('percent', 'lower', range(0.1, 0.2), 2).verdict).toBe('off_track');
	});

	it('levels: reached or not, no tolerance', () => {
		expect(judge('level', 'higher', levelGte(2), 2).verdict).toBe('met');
		expect(judge('level', 'higher', levelGte(2), 3).gap).toBe(1);
		expect(judge('level', 'higher', levelGte(2), 1).verdict).toBe('off_track');
		expect(judge('level', 'higher', levelGte(3), 2).percentOfTarget).toBe(66.7);
	});
});

describe('evaluateAgainstTarget', () => {
	it('change against a baseline: malnutrition down 1.5 pp from round 1 to round 3', () => {
		const target = change(-1.5);
		const base = { unit: 'percent' as const, direction: 'lower' as const, target, baseline: 5.5 };
		const met = evaluateAgainstTarget(row({ ...base, actual: 3.9 }));
		expect(met.status).toBe('met');
		expect(met.change).toBe(-1.6);
		expect(met.gap).toBe(0.1);
		expect(evaluateAgainstTarget(row({ ...base, actual: 4.2 })).status).toBe('at_risk');
		expect(evaluateAgainstTarget(row({ ...base, actual: 5 })).status).toBe('off_track');
		expect(evaluateAgainstTarget(row({ ...base, actual: 5, baseline: null })).status).toBe('no_data');
		// "contain" obesity: any rise misses
		const contain = { ...base, target: change(0), baseline: 2.08 };
		expect(evaluateAgainstTarget(row({ ...contain, actual: 2.07 })).status).toBe('met');
		expect(evaluateAgainstTarget(row({ ...contain, actual: 2.9 })).status).toBe('off_track');
	});

	it('no target or no figures: nothing to judge', () => {
		expect(evaluateAgainstTarget(row({ target: null, actual: 90 })).status).toBe('no_data');
		expect(evaluateAgainstTarget(row({ actual: null })).status).toBe('no_data');
		expect(evaluateAgainstTarget(row({ actual: null, judged: false, projected: 98 })).status).toBe('no_data');
	});

	it('before the judging period: the projection decides', () => {
		const early = { judged: false, actual: 95 };
		const on = evaluateAgainstTarget(row({ ...early, projected: 97.5 }));
		expect(on.status).toBe('on_track');
		expect(on.projectionStatus).toBe('on_track');
		expect(on.gap).toBe(-2); // the gap is today's
		expect(evaluateAgainstTarget(row({ ...early, projected: 96.4 })).status).toBe('at_risk');
		expect(evaluateAgainstTarget(row({ ...early, projected: 94.1 })).status).toBe('off_track');
		expect(evaluateAgainstTarget(row({ ...early, projected: null })).status).toBe('off_track');
	});

	it('before the judging period: already above a band, and levels not reached yet', () => {
		const band = { direction: 'band' as const, target: range(55, 60), judged: false };
		const inflated = evaluateAgainstTarget(row({ ...band, actual: 72, projected: 58 }));
		expect(inflated.status).toBe('above_band');
		expect(inflated.projectionStatus).toBe('on_track');
		expect(evaluateAgainstTarget(row({ ...band, actual: 58, projected: 66 })).status).toBe('at_risk');
		const level = { unit: 'level' as const, target: levelGte(2), judged: false };
		expect(evaluateAgainstTarget(row({ ...level, actual: 1, projected: 1 })).status).toBe('at_risk');
		expect(evaluateAgainstTarget(row({ ...level, actual: 2, projected: 2 })).status).toBe('on_track');
		expect(evaluateAgainstTarget(row({ ...level, actual: 1, judged: true })).status).toBe('off_track');
	});

	it('above an equality target: the row carries the rule for its wording', () => {
		const classes = { unit: 'count' as const, target: eq(291) };
		const fine = evaluateAgainstTarget(row({ ...classes, actual: 300 }));
		expect(fine).toMatchObject({ status: 'met', gap: 9, aboveTarget: 'fine' });
		const warn = evaluateAgainstTarget(row({ ...classes, actual: 300, aboveTarget: 'warning' }));
		expect(warn).toMatchObject({ status: 'above_band', aboveTarget: 'warning' });
		const miss = evaluateAgainstTarget(row({ ...classes, actual: 300, aboveTarget: 'miss' }));
		expect(miss).toMatchObject({ status: 'off_track', aboveTarget: 'miss' });
		expect(evaluateAgainstTarget(row({ ...classes, actual: 291 })).aboveTarget).toBeNull();
		expect(evaluateAgainstTarget(row({ ...classes, actual: 280 })).aboveTarget).toBeNull();
		// before the judging period: worded only when the projection agrees
		const early = { ...classes, judged: false, actual: 300 };
		expect(evaluateAgainstTarget(row({ ...early, projected: 300 }))).toMatchObject({
			status: 'on_track',
			aboveTarget: 'fine'
		});
		expect(evaluateAgainstTarget(row({ ...early, projected: 250 }))).toMatchObject({
			status: 'off_track',
			aboveTarget: null
		});
	});

	it('share of schools: 80 % with cameras', () => {
		const share = { target: gte(80) };
		expect(evaluateAgainstTarget(row({ ...share, actual: (13 / 16) * 100 })).status).toBe('met');
		expect(evaluateAgainstTarget(row({ ...share, actual: 79.5 })).status).toBe('at_risk');
		expect(evaluateAgainstTarget(row({ ...share, actual: 75 })).status).toBe('off_track');
	});
});
