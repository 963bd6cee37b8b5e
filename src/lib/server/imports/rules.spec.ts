import { describe, expect, it } from 'vitest';
import {
	deriveImpossibleRules,
	evaluateRules,
	ruleCodes,
	rulesByCode,
	type RatePair,
	type Rule
} from './rules';
import { findOutlier } from './outliers';
import { dataElements, indicators, standardRuleSet as RULES } from '../catalogue/standard';
import { periodsFor } from '../demo/data/calendar';
import { districts } from '../demo/data/units';
import { generateFigures } from '../demo/generate-figures';
import { demoQuirks } from '../demo/seed-demo';

const values = (o: Record<string, number>) => new Map(Object.entries(o));
const demoRates: RatePair[] = indicators.flatMap((i) =>
	i.formula.kind === 'rate' ? [{ numerator: i.formula.numerator, denominator: i.formula.denominator }] : []
);
const judge = (v: Map<string, number>) => evaluateRules(v, RULES);
const ids = (list: { rule: Rule }[]) => list.map((v) => v.rule.id);

describe('evaluateRules', () => {
	it('flags enrolled above the catchment, and not equal or below', () => {
		expect(ids(judge(values({ MN_TRE_NT_RALOP: 101, MN_TRE_NT_DIABAN: 100 })))).toEqual([
			'MN_TRE_NT_RALOP<=MN_TRE_NT_DIABAN'
		]);
		expect(judge(values({ MN_TRE_NT_RALOP: 100, MN_TRE_NT_DIABAN: 100 }))).toEqual([]);
		expect(judge(values({ TH_TRE6T_VAOLOP1: 3, TH_TRE6T_DIABAN: 40 }))).toEqual([]);
	});

	it('requires the four primary outcome categories to sum to the pupils evaluated', () => {
		const ok = { TH_HS_HTXS: 230, TH_HS_HTT: 70, TH_HS_HT: 99, TH_HS_CHT: 1, TH_TS_HS: 400 };
		expect(judge(values(ok))).toEqual([]);
		const off = judge(values({ ...ok, TH_HS_HT: 97 }));
		expect(off).toHaveLength(1);
		expect(off[0]).toMatchObject({ leftValue: 398, rightValue: 400 });
		expect(off[0].rule.group).toBe('outcome_sum');
		// Too many is as wrong as too few.
		expect(ids(judge(values({ ...ok, TH_HS_HT: 100 })))).toHaveLength(1);
	});

	it('checks conduct, learning and graduation grades against their totals', () => {
		const base = {
			THCS_TS_HS: 300,
			THCS_RL_TOT: 290,
			THCS_RL_KHA: 8,
			THCS_RL_DAT: 2,
			THCS_RL_CHUADAT: 0,
			THCS_HT_TOT: 170,
			THCS_HT_KHA: 95,
			THCS_HT_DAT: 33,
			THCS_HT_CHUADAT: 2,
			THCS_HS_LOP9: 75,
			THCS_TN: 74,
			THCS_TN_GIOI: 54,
			THCS_TN_KHA: 18,
			THCS_TN_TB: 2
		};
		expect(judge(values(base))).toEqual([]);
		expect(ids(judge(values({ ...base, THCS_RL_KHA: 9 })))).toEqual([
			'THCS_RL_TOT+THCS_RL_KHA+THCS_RL_DAT+THCS_RL_CHUADAT=THCS_TS_HS'
		]);
		expect(ids(judge(values({ ...base, THCS_HT_DAT: 30 })))).toEqual([
			'THCS_HT_TOT+THCS_HT_KHA+THCS_HT_DAT+THCS_HT_CHUADAT=THCS_TS_HS'
		]);
		expect(ids(judge(values({ ...base, THCS_TN_TB: 3 })))).toEqual([
			'THCS_TN_GIOI+THCS_TN_KHA+THCS_TN_TB=THCS_TN'
		]);
		// 76 graduates of 75 grade-9 pupils: both the sum (74 ≠ 76) and the ≤ break.
		expect(ids(judge(values({ ...base, THCS_TN: 76 })))).toEqual([
			'THCS_TN_GIOI+THCS_TN_KHA+THCS_TN_TB=THCS_TN',
			'THCS_TN<=THCS_HS_LOP9'
		]);
	});

	it('chains teachers above standard ≤ meeting standard ≤ teachers', () => {
		expect(judge(values({ GV_TS: 30, GV_DATCHUAN: 30, GV_TRENCHUAN: 20 }))).toEqual([]);
		expect(ids(judge(values({ GV_TS: 30, GV_DATCHUAN: 31, GV_TRENCHUAN: 32 })))).toEqual([
			'GV_TRENCHUAN<=GV_DATCHUAN',
			'GV_DATCHUAN<=GV_TS'
		]);
		expect(ids(judge(values({ PH_TS: 12, PH_MAYCHIEU: 13 })))).toEqual(['PH_MAYCHIEU<=PH_TS']);
	});

	it('does not judge a rule with a missing figure', () => {
		expect(judge(values({ TH_HS_HTXS: 999, TH_TS_HS: 1 }))).toEqual([]);
		expect(judge(values({ GV_DATCHUAN: 50 }))).toEqual([]);
	});

	it('reads only codes of the catalogue, and rule ids are unique', () => {
		const known = new Set(dataElements.map((d) => d.code));
		for (const code of ruleCodes(RULES)) expect(known.has(code), code).toBe(true);
		expect(new Set(RULES.map((r) => r.id)).size).toBe(RULES.length);
	});

	it('finds nothing to warn about in the demo generator’s figures (every school, year and period)', () => {
		const schools = districts.flatMap((d) => d.schools);
		const broken = new Map<string, number>();
		for (const [i, yearCode] of ['2023-2024', '2024-2025', '2025-2026'].entries()) {
			const subs = generateFigures({
				schools,
				yearCode,
				periods: periodsFor(yearCode),
				seed: 2024 + i,
				yearIndex: i,
				quirks: demoQuirks()
			});
			expect(subs.length).toBeGreaterThan(500);
			for (const s of subs)
				for (const v of judge(values(s.figures))) broken.set(v.rule.id, (broken.get(v.rule.id) ?? 0) + 1);
		}
		expect(Object.fromEntries(broken)).toEqual({});
	});
});

describe('findOutlier', () => {
	it('flags five times or a fifth of the previous value', () => {
		expect(findOutlier(500, 100, 'count')).toEqual({ ratio: 5, previous: 100 });
		expect(findOutlier(20, 100, 'count')).toEqual({ ratio: 0.2, previous: 100 });
		expect(findOutlier(499, 100, 'count')).toBeNull();
		expect(findOutlier(21, 100, 'count')).toBeNull();
		expect(findOutlier(4120, 412, 'count')?.ratio).toBe(10);
	});

	it('ignores small counts, missing or zero history, yes/no and levels', () => {
		expect(findOutlier(6, 1, 'count')).toBeNull();
		expect(findOutlier(50, undefined, 'count')).toBeNull();
		expect(findOutlier(50, 0, 'count')).toBeNull();
		expect(findOutlier(0, 1, 'yes_no')).toBeNull();
		expect(findOutlier(0, 2, 'level')).toBeNull();
		expect(findOutlier(0, 40, 'count')).toEqual({ ratio: 0, previous: 40 });
	});
});

describe('rule lookups', () => {
	it('judge a lookup like a map, and index rules by the codes they read', () => {
		const map = new Map(Object.entries({ PH_TS: 10, PH_MAYCHIEU: 12 }));
		expect(evaluateRules((code) => map.get(code), RULES)).toEqual(evaluateRules(map, RULES));
		const index = rulesByCode(RULES);
		expect(index.get('PH_TS')?.map((r) => r.id)).toEqual(['PH_MAYCHIEU<=PH_TS', 'PH_THONGMINH<=PH_TS']);
		expect(index.get('TH_HS_HT')?.map((r) => r.group)).toEqual(['outcome_sum']);
		expect(index.has('TIN_BAI_THANG')).toBe(false);
	});
});

describe('deriveImpossibleRules', () => {
	const impossible = deriveImpossibleRules(RULES, demoRates);
	const byId = new Map(impossible.map((r) => [r.id, r]));

	it('keeps every le rule, and sets each part of a sum against its total', () => {
		for (const r of RULES.filter((r) => r.kind === 'le')) expect(byId.get(r.id)).toBe(r);
		expect(byId.get('TH_HS_HTXS<=TH_TS_HS')).toMatchObject({ kind: 'le', group: 'part_le_total' });
		expect(byId.get('THCS_TN_TB<=THCS_TN')).toMatchObject({ kind: 'le' });
		expect(impossible.every((r) => r.kind === 'le')).toBe(true);
	});

	it('adds each rate’s numerator ≤ denominator once, leaving out those that always hold', () => {
		expect(byId.get('GV_TRENCHUAN<=GV_TS')).toMatchObject({ group: 'rate_part' });
		expect(byId.get('MN_TRE_SDD<=MN_TS_TRE')).toMatchObject({ group: 'rate_part' });
		expect(byId.get('MN_TRE_NT_RALOP+MN_TRE_MG_RALOP<=MN_TRE_NT_DIABAN+MN_TRE_MG_DIABAN')).toBeDefined();
		// Already an le rule: listed once, under its rule.
		expect(byId.get('GV_DATCHUAN<=GV_TS')?.group).toBe('qualified_chain');
		// A category over the sum of all categories cannot exceed it.
		expect([...byId.keys()].some((id) => id.startsWith('TH_HS_HTXS<=TH_HS_HTXS+'))).toBe(false);
		expect(new Set(impossible.map((r) => r.id)).size).toBe(impossible.length);
	});

	it('catches a category above its total, and a rate above 100 %', () => {
		const v = evaluateRules(values({ TH_HS_HTXS: 1200, TH_TS_HS: 1025 }), impossible);
		expect(ids(v)).toEqual(['TH_HS_HTXS<=TH_TS_HS']);
		expect(v[0]).toMatchObject({ leftValue: 1200, rightValue: 1025 });
		expect(ids(evaluateRules(values({ GV_TRENCHUAN: 31, GV_TS: 30 }), impossible))).toEqual([
			'GV_TRENCHUAN<=GV_TS'
		]);
		expect(evaluateRules(values({ TH_HS_HTXS: 1025, TH_TS_HS: 1025 }), impossible)).toEqual([]);
	});

	it('finds nothing impossible in the demo generator’s figures', () => {
		const schools = districts.flatMap((d) => d.schools);
		const broken = new Map<string, number>();
		for (const [i, yearCode] of ['2023-2024', '2024-2025', '2025-2026'].entries()) {
			const subs = generateFigures({
				schools,
				yearCode,
				periods: periodsFor(yearCode),
				seed: 2024 + i,
				yearIndex: i,
				quirks: demoQuirks()
			});
			for (const s of subs)
				for (const v of evaluateRules(values(s.figures), impossible))
					broken.set(v.rule.id, (broken.get(v.rule.id) ?? 0) + 1);
		}
		expect(Object.fromEntries(broken)).toEqual({});
	});
});
