import { describe, expect, it } from 'vitest';
import { changeBetween, compareFigures, countFlags, isSwing, type FigureInput } from './compare-figures';
import { ruleId, type Rule } from '../imports/rules';

const fig = (code: string, value: number | null, over: Partial<FigureInput> = {}): FigureInput => ({
	code,
	nameVi: code,
	nameEn: code,
	valueType: 'count',
	value,
	swingPercent: null,
	...over
});
const le = (left: string, right: string): Rule => ({
	id: ruleId('le', [left], [right]),
	group: 'enrolled_le_catchment',
	kind: 'le',
	left: [left],
	right: [right]
});

describe('changeBetween', () => {
	it('gives the difference and the share of the earlier value', () => {
		expect(changeBetween(120, 100)).toEqual({ delta: 20, percent: 20 });
		expect(changeBetween(80, 100)).toEqual({ delta: -20, percent: -20 });
	});
	it('has no share from zero and nothing without both values', () => {
		expect(changeBetween(5, 0)).toEqual({ delta: 5, percent: null });
		expect(changeBetween(null, 3)).toBeNull();
		expect(changeBetween(3, null)).toBeNull();
	});
});

describe('isSwing', () => {
	it('flags a change beyond the threshold, not one at it', () => {
		expect(isSwing(131, 100, 'count', 30)).toBe(true);
		expect(isSwing(130, 100, 'count', 30)).toBe(false);
		expect(isSwing(69, 100, 'count', 30)).toBe(true);
	});
	it('leaves small counts, yes/no and levels alone', () => {
		expect(isSwing(6, 1, 'count', 30)).toBe(false);
		expect(isSwing(1, 0, 'yes_no', 30)).toBe(false);
		expect(isSwing(2, 1, 'level', 30)).toBe(false);
	});
	it('judges decimals at any size and a sizeable value from zero', () => {
		expect(isSwing(2, 1, 'decimal', 30)).toBe(true);
		expect(isSwing(40, 0, 'count', 30)).toBe(true);
		expect(isSwing(0, 0, 'count', 30)).toBe(false);
	});
});

describe('compareFigures', () => {
	const previous = new Map([
		['TH_TS_HS', 400],
		['TH_TS_LOP', 12],
		['TH_HS_BOHOC', 1]
	]);
	const lastYear = new Map([['TH_TS_HS', 380]]);

	it('puts the previous period and last year beside each figure with the changes', () => {
		const [row] = compareFigures({ figures: [fig('TH_TS_HS', 418)], previous, lastYear, rules: [] });
		expect(row).toMatchObject({
			value: 418,
			previous: 400,
			lastYear: 380,
			change: { delta: 18, percent: 4.5 },
			changeYear: { delta: 38, percent: 10 },
			threshold: 30,
			flags: []
		});
	});

	it('uses the element’s own threshold over the default', () => {
		const strict = compareFigures({
			figures: [fig('TH_TS_HS', 418, { swingPercent: 4 })],
			previous,
			lastYear,
			rules: []
		});
		expect(strict[0].flags).toEqual(['swing']);
		expect(strict[0].threshold).toBe(4);
		const loose = compareFigures({ figures: [fig('TH_TS_HS', 4180)], previous, lastYear, rules: [] });
		expect(loose[0].flags).toEqual(['swing']);
	});

	it('marks every figure of a broken rule, and only those', () => {
		const rows = compareFigures({
			figures: [fig('TH_TRE6T_VAOLOP1', 60), fig('TH_TRE6T_DIABAN', 50), fig('TH_TS_HS', 400)],
			previous: new Map(),
			lastYear: new Map(),
			rules: [le('TH_TRE6T_VAOLOP1', 'TH_TRE6T_DIABAN')]
		});
		expect(rows.map((r) => r.flags)).toEqual([['rule'], ['rule'], []]);
		expect(rows[0].rules[0].left).toEqual(['TH_TRE6T_VAOLOP1']);
	});

	it('flags a missing required figure and judges no rule on it', () => {
		const rows = compareFigures({
			figures: [fig('TH_HS_BANTRU', null), fig('TH_TS_HS', 400)],
			previous,
			lastYear,
			rules: [le('TH_HS_BANTRU', 'TH_TS_HS')]
		});
		expect(rows[0]).toMatchObject({ value: null, previous: null, change: null, flags: ['missing'] });
		expect(countFlags(rows)).toEqual({ swing: 0, rule: 0, missing: 1 });
	});

	it('has no change where the school reported nothing before', () => {
		const [row] = compareFigures({ figures: [fig('GV_TS', 30)], previous, lastYear, rules: [] });
		expect(row).toMatchObject({ previous: null, lastYear: null, change: null, changeYear: null, flags: [] });
	});
});
