import { describe, expect, it } from 'vitest';
import type { IndicatorFormula } from '$lib/domain/types';
import {
	applyFormulaFrom,
	changedYears,
	defaultFromYear,
	describeVersions,
	formulaForYear,
	sameVersions,
	type FormulaVersion,
	type YearRef
} from './formula-versions';

const Y = (n: number): YearRef => ({ id: n, code: `${2022 + n}-${2023 + n}`, start: `${2022 + n}-09-05` });
const [Y1, Y2, Y3] = [Y(1), Y(2), Y(3)];
const YEARS = [Y3, Y1, Y2];
const A: IndicatorFormula = { kind: 'rate', numerator: ['A'], denominator: ['T'] };
const B: IndicatorFormula = { kind: 'rate', numerator: ['B'], denominator: ['T'] };
const C: IndicatorFormula = { kind: 'sum', of: ['C'] };
const first: FormulaVersion[] = [{ from: null, formula: A }];

describe('formulaForYear', () => {
	it('takes the last version begun no later than the year', () => {
		const versions: FormulaVersion[] = [
			{ from: Y3, formula: C },
			{ from: null, formula: A },
			{ from: Y2, formula: B }
		];
		expect(formulaForYear(versions, Y1)).toBe(A);
		expect(formulaForYear(versions, Y2)).toBe(B);
		expect(formulaForYear(versions, Y3)).toBe(C);
	});
	it('has nothing before a first version that starts later', () => {
		expect(formulaForYear([{ from: Y2, formula: B }], Y1)).toBeNull();
	});
});

describe('applyFormulaFrom', () => {
	it('keeps the versions of earlier years and supersedes later ones', () => {
		const versions: FormulaVersion[] = [...first, { from: Y3, formula: C }];
		expect(applyFormulaFrom(versions, Y2, B)).toEqual([...first, { from: Y2, formula: B }]);
	});
	it('from every year: one version', () => {
		expect(applyFormulaFrom([...first, { from: Y2, formula: B }], null, C)).toEqual([
			{ from: null, formula: C }
		]);
	});
	it('a version equal to the one before it is dropped (key order does not matter)', () => {
		const same = { denominator: ['T'], numerator: ['A'], kind: 'rate' } as IndicatorFormula;
		const out = applyFormulaFrom(first, Y2, same);
		expect(out).toEqual(first);
		expect(sameVersions(out, first)).toBe(true);
		expect(sameVersions(applyFormulaFrom(first, Y2, B), first)).toBe(false);
	});
});

describe('changedYears', () => {
	it('names only the years whose formula differs, in order', () => {
		const after = applyFormulaFrom(first, Y2, B);
		expect(changedYears(first, after, YEARS)).toEqual([Y2.code, Y3.code]);
		expect(changedYears(first, applyFormulaFrom(first, null, B), YEARS)).toEqual([Y1.code, Y2.code, Y3.code]);
		expect(changedYears(first, first, YEARS)).toEqual([]);
	});
});

describe('defaultFromYear', () => {
	it('every year while nothing was evaluated', () => {
		expect(defaultFromYear(YEARS, [])).toBeNull();
	});
	it('the first year after the last evaluated one', () => {
		expect(defaultFromYear(YEARS, [Y1.code])).toBe(Y2.code);
		expect(defaultFromYear(YEARS, [Y2.code, Y1.code])).toBe(Y3.code);
	});
	it('the last evaluated year when no later year exists', () => {
		expect(defaultFromYear(YEARS, [Y1.code, Y3.code])).toBe(Y3.code);
	});
});

describe('describeVersions', () => {
	it('lists each version with the years it holds for', () => {
		const versions: FormulaVersion[] = [{ from: Y3, formula: C }, ...first];
		expect(describeVersions(versions, YEARS)).toEqual([
			{ fromYear: null, formula: A, years: [Y1.code, Y2.code] },
			{ fromYear: Y3.code, formula: C, years: [Y3.code] }
		]);
	});
});
