import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
	aggregateUnits,
	cellsFromUnits,
	computeIndicator,
	countsFor,
	mergeCells,
	type IndicatorDefLike,
	type UnitFigures
} from './aggregate';
import { round } from './judge';

const enrolment: IndicatorDefLike = {
	levels: ['MN'],
	formula: { kind: 'rate', numerator: ['NT_RALOP', 'MG_RALOP'], denominator: ['NT_DIABAN', 'MG_DIABAN'] }
};
const rateOf = (num: string, den: string, levels = ['MN']): IndicatorDefLike => ({
	levels,
	formula: { kind: 'rate', numerator: [num], denominator: [den] }
});
const teachers: IndicatorDefLike = {
	levels: ['MN', 'TH', 'THCS', 'THPT'],
	formula: { kind: 'rate', numerator: ['GV_DATCHUAN'], denominator: ['GV_TS'] }
};
const cameras: IndicatorDefLike = {
	levels: ['MN', 'TH', 'THCS', 'THPT'],
	formula: { kind: 'share_of_schools', element: 'CO_CAMERA', atLeast: 1 }
};
const posts: IndicatorDefLike = {
	levels: ['MN', 'TH', 'THCS', 'THPT'],
	formula: { kind: 'share_of_schools', element: 'TIN_BAI_THANG', atLeast: 4 }
};
const pupils: IndicatorDefLike = { levels: ['TH'], formula: { kind: 'sum', of: ['TH_TS_HS'] } };
const pcgd: IndicatorDefLike = { levels: [], formula: { kind: 'level', element: 'PCGD_TH_MUC' } };
const standard: IndicatorDefLike = {
	levels: ['MN', 'TH', 'THCS', 'THPT'],
	formula: { kind: 'level', element: 'CHUAN_QG_MUC' }
};

/** Splits `total` into `parts` positive integers (deterministic, uneven). */
function spread(total: number, parts: number): number[] {
	const weights = Array.from({ length: parts }, (_, i) => 1 + ((i * 7) % 5));
	const sum = weights.reduce((a, b) => a + b, 0);
	const out = weights.map((w) => Math.floor((total * w) / sum));
	out[0] += total - out.reduce((a, b) => a + b, 0);
	return out;
}

/** 22 preschools whose figures add up to the district's (seed 004). */
function district(num: number, den: number): UnitFigures[] {
	const n = spread(num, 22);
	const d = spread(den, 22).map((x, i) => Math.max(x, n[i]));
	d[0] += den - d.reduce((a, b) => a + b, 0);
	return n.map((x, i) => ({ level: 'MN', figures: { NUM: x, DEN: d[i] } }));
}

describe("the seed's own arithmetic, pooled over 22 schools", () => {
	for (const [num, den, shown] of [
		[7910, 9232, 85.7],
		[1640, 2898, 56.6],
		[6270, 6334, 99.0],
		[2348, 2348, 100]
	]) {
		it(`${num}/${den} → ${shown} %`, () => {
			const value = aggregateUnits(rateOf('NUM', 'DEN'), district(num, den));
			expect(value.numerator).toBe(num);
			expect(value.denominator).toBe(den);
			expect(round(value.actual!, 1)).toBe(shown);
		});
	}

	it('a rate is Σ numerators / Σ denominators, never a mean of the schools’ rates', () => {
		const units: UnitFigures[] = [
			{ level: 'MN', figures: { NT_RALOP: 10, NT_DIABAN: 10, MG_RALOP: 0, MG_DIABAN: 0 } },
			{ level: 'MN', figures: { NT_RALOP: 50, NT_DIABAN: 100, MG_RALOP: 40, MG_DIABAN: 80 } }
		];
		const value = aggregateUnits(enrolment, units);
		expect(value.actual).toBeCloseTo((100 / 190) * 100, 10); // the mean of 100 % and 50 % would be 75 %
		expect(value.reporters).toBe(2);
	});
});

describe('which units count', () => {
	it('a school outside the indicator’s levels is not in the denominator', () => {
		const units: UnitFigures[] = [
			{ level: 'MN', figures: { GV_DATCHUAN: 9, GV_TS: 10 } },
			{ level: 'TH', figures: { GV_DATCHUAN: 0, GV_TS: 50 } }
		];
		expect(aggregateUnits(rateOf('GV_DATCHUAN', 'GV_TS', ['MN']), units).actual).toBe(90);
		expect(aggregateUnits(teachers, units).denominator).toBe(60);
	});

	it('a combined TH&THCS school counts once for indicators of either level; communes only for commune ones', () => {
		expect(countsFor(['TH'], 'TH_THCS')).toBe(true);
		expect(countsFor(['THCS'], 'TH_THCS')).toBe(true);
		expect(countsFor(['MN'], 'TH_THCS')).toBe(false);
		expect(countsFor([], null)).toBe(true);
		expect(countsFor([], 'TH')).toBe(false);
		expect(countsFor(['TH'], null)).toBe(false);
	});
});

describe('shares, counts and levels', () => {
	const schools: UnitFigures[] = [
		{ level: 'TH', figures: { CO_CAMERA: 1, TIN_BAI_THANG: 5, TH_TS_HS: 800, CHUAN_QG_MUC: 2 } },
		{ level: 'TH', figures: { CO_CAMERA: 0, TIN_BAI_THANG: 4, TH_TS_HS: 650, CHUAN_QG_MUC: 1 } },
		{ level: 'TH_THCS', figures: { CO_CAMERA: 1, TIN_BAI_THANG: 2, TH_TS_HS: 400, CHUAN_QG_MUC: 1 } },
		{ level: 'MN', figures: { CO_CAMERA: 1, TIN_BAI_THANG: 7, CHUAN_QG_MUC: 0 } },
		{ level: 'TH', figures: {} }
	];

	it('share of schools: reporting schools meeting the condition / reporting schools', () => {
		expect(aggregateUnits(cameras, schools)).toMatchObject({ actual: 75, numerator: 3, denominator: 4 });
		expect(aggregateUnits(posts, schools)).toMatchObject({ actual: 75, numerator: 3, denominator: 4 });
	});

	it('count ≥ n: Σ over the schools of the levels', () => {
		expect(aggregateUnits(pupils, schools)).toMatchObject({ actual: 1850, numerator: null, reporters: 3 });
	});

	it("an area's level is its lowest unit's; the numerator counts units at the target level", () => {
		expect(aggregateUnits(standard, schools, 1)).toMatchObject({ actual: 0, numerator: 3, denominator: 4 });
		const communes: UnitFigures[] = [3, 3, 2, 3].map((v) => ({ level: null, figures: { PCGD_TH_MUC: v } }));
		expect(aggregateUnits(pcgd, communes, 3)).toMatchObject({ actual: 2, numerator: 3, denominator: 4 });
		expect(aggregateUnits(pcgd, schools).actual).toBeNull();
	});

	it('nothing reported: no value, not zero', () => {
		for (const ind of [enrolment, pupils, cameras, standard])
			expect(aggregateUnits(ind, []).actual).toBeNull();
		expect(computeIndicator(pupils, undefined).actual).toBeNull();
		const zeroDen = aggregateUnits(rateOf('NUM', 'DEN'), [{ level: 'MN', figures: { NUM: 0, DEN: 0 } }]);
		expect(zeroDen).toMatchObject({ actual: null, numerator: 0, denominator: 0 });
	});

	it('a rate whose numerator was not reported is no data, not 0 %', () => {
		const value = aggregateUnits(teachers, [{ level: 'TH', figures: { GV_TS: 40 } }]);
		expect(value.actual).toBeNull();
		expect(value.numerator).toBeNull();
		const reported = aggregateUnits(teachers, [{ level: 'TH', figures: { GV_TS: 40, GV_DATCHUAN: 0 } }]);
		expect(reported.actual).toBe(0);
	});
});

describe('incomplete reports: only units that reported both sides of a rate are pooled', () => {
	// A district of 3 schools; the third reported its teachers but not how many meet the standard.
	const three: UnitFigures[] = [
		{ level: 'TH', figures: { GV_DATCHUAN: 45, GV_TS: 50 } },
		{ level: 'TH', figures: { GV_DATCHUAN: 20, GV_TS: 40 } },
		{ level: 'TH', figures: { GV_TS: 60 } }
	];

	it('the rate is Σ numerators / Σ denominators of the two complete schools', () => {
		expect(aggregateUnits(teachers, three)).toEqual({
			actual: (65 / 90) * 100,
			numerator: 65,
			denominator: 90,
			reporters: 2
		});
	});

	it('a numerator without its denominator is left out too', () => {
		const value = aggregateUnits(teachers, [...three, { level: 'TH', figures: { GV_DATCHUAN: 30 } }]);
		expect(value).toMatchObject({ numerator: 65, denominator: 90, reporters: 2 });
	});

	it('with several elements per side, a unit counts only when it reported every one of them', () => {
		const units: UnitFigures[] = [
			{ level: 'MN', figures: { NT_RALOP: 10, NT_DIABAN: 20, MG_RALOP: 30, MG_DIABAN: 40 } },
			// No kindergarten enrolment: its catchment would otherwise lower the district's rate.
			{ level: 'MN', figures: { NT_RALOP: 5, NT_DIABAN: 5, MG_DIABAN: 100 } }
		];
		expect(aggregateUnits(enrolment, units)).toMatchObject({
			numerator: 40,
			denominator: 60,
			reporters: 1
		});
	});

	it('a sum of several elements pools the units that reported all of them', () => {
		const both: IndicatorDefLike = { levels: ['MN'], formula: { kind: 'sum', of: ['NT_RALOP', 'MG_RALOP'] } };
		const units: UnitFigures[] = [
			{ level: 'MN', figures: { NT_RALOP: 10, MG_RALOP: 30 } },
			{ level: 'MN', figures: { NT_RALOP: 5 } }
		];
		expect(aggregateUnits(both, units)).toMatchObject({ actual: 40, reporters: 1 });
	});

	it('cells merged from parts pool the same units as cells of the whole', () => {
		const merged = mergeCells(
			cellsFromUnits(three.slice(0, 2), new Set()),
			cellsFromUnits(three.slice(2), new Set())
		);
		expect(computeIndicator(teachers, merged)).toEqual(aggregateUnits(teachers, three));
	});
});

const LEVELS = ['MN', 'TH', 'THCS', 'TH_THCS'] as const;
const school = fc
	.record({
		level: fc.constantFrom(...LEVELS),
		den: fc.integer({ min: 1, max: 3000 }),
		share: fc.double({ min: 0, max: 1, noNaN: true }),
		camera: fc.constantFrom(0, 1),
		standard: fc.integer({ min: 0, max: 2 })
	})
	.map((s): UnitFigures => ({
		level: s.level,
		figures: {
			GV_TS: s.den,
			GV_DATCHUAN: Math.round(s.den * s.share),
			CO_CAMERA: s.camera,
			CHUAN_QG_MUC: s.standard
		}
	}));

describe('properties', () => {
	it("an area's rate is the pooled ratio and lies between its schools' lowest and highest rates", () => {
		fc.assert(
			fc.property(fc.array(school, { minLength: 1, maxLength: 40 }), (schools) => {
				const value = aggregateUnits(teachers, schools);
				const num = schools.reduce((a, s) => a + s.figures.GV_DATCHUAN, 0);
				const den = schools.reduce((a, s) => a + s.figures.GV_TS, 0);
				expect(value.actual).toBeCloseTo((num / den) * 100, 9);
				const rates = schools.map((s) => (s.figures.GV_DATCHUAN / s.figures.GV_TS) * 100);
				expect(value.actual!).toBeGreaterThanOrEqual(Math.min(...rates) - 1e-9);
				expect(value.actual!).toBeLessThanOrEqual(Math.max(...rates) + 1e-9);
			})
		);
	});

	it('adding a school with no data changes nothing', () => {
		fc.assert(
			fc.property(fc.array(school, { maxLength: 30 }), fc.constantFrom(...LEVELS), (schools, level) => {
				const silent: UnitFigures = { level, figures: {} };
				for (const ind of [teachers, cameras, standard]) {
					expect(aggregateUnits(ind, [...schools, silent], 1)).toEqual(aggregateUnits(ind, schools, 1));
				}
			})
		);
	});

	it("an area's cells are the sum of its parts' (the province = Σ districts)", () => {
		fc.assert(
			fc.property(fc.array(fc.array(school, { maxLength: 10 }), { minLength: 1, maxLength: 6 }), (parts) => {
				const categorical = new Set(['CO_CAMERA', 'CHUAN_QG_MUC']);
				const merged = parts.reduce((acc, p) => mergeCells(acc, cellsFromUnits(p, categorical)), new Map());
				const whole = cellsFromUnits(parts.flat(), categorical);
				for (const ind of [teachers, cameras, standard]) {
					expect(computeIndicator(ind, merged, 2)).toEqual(computeIndicator(ind, whole, 2));
				}
			})
		);
	});
});
