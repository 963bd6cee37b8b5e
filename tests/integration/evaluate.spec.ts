import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { type DbHandle } from '../../src/lib/server/db/client';
import { evaluate, evaluateSchools, tryEvaluate } from '../../src/lib/server/evaluation/queries';
import type { EvaluateRequest, EvaluationRow } from '../../src/lib/domain/evaluation';
import { explainRow } from '../../src/lib/targets/explain';
import { createTestDb } from '../helpers/db';
import { demoUser, longCsv, run } from '../helpers/imports';
import { selectRows } from '../helpers/select-rows';

let h: DbHandle;
beforeAll(async () => {
	h = await createTestDb({ demo: true });
});
afterAll(async () => h?.close());

const YEAR = '2024-2025';
const ev = (req: Partial<EvaluateRequest> & { unitCode: string; periodKey: string }) =>
	evaluate(h.db, { yearCode: YEAR, ...req });
const one = async (
	unitCode: string,
	periodKey: string,
	indicator: string,
	extra: Partial<EvaluateRequest> = {}
) => {
	const rows = await ev({ unitCode, periodKey, indicatorCodes: [indicator], ...extra });
	expect(rows).toHaveLength(1);
	return rows[0];
};

/** Σ of figures over the schools under a unit (of the given base levels) for one period, by hand. */
async function handSum(unit: string, period: string, codes: string[], levels: string[], year = YEAR) {
	const [row] = await selectRows<{ total: number | null }>(
		h.db,
		sql`select sum(f.value)::float8 as total
		    from figures f
		    join data_elements d on d.id = f.data_element_id
		    join submissions s on s.id = f.submission_id
		    join periods p on p.id = s.period_id
		    join school_years y on y.id = p.school_year_id
		    join units u on u.id = s.unit_id
		    join units top on u.path like top.path || '%'
		    where top.code = ${unit} and y.code = ${year} and p.key = ${period}
		      and d.code in ${codes} and u.type = 'school'
		      and chitieu_level_parts(u.school_level) && ${`{${levels.join(',')}}`}::text[]`
	);
	return Number(row.total ?? 0);
}

describe('pooled rates on the real database', () => {
	it("a district's rate is Σ numerators / Σ denominators of its schools", async () => {
		const row = await one('HAIAN', 'DAU_NAM', 'MN_TL_HUYDONG');
		const num = await handSum('HAIAN', 'DAU_NAM', ['MN_TRE_NT_RALOP', 'MN_TRE_MG_RALOP'], ['MN']);
		const den = await handSum('HAIAN', 'DAU_NAM', ['MN_TRE_NT_DIABAN', 'MN_TRE_MG_DIABAN'], ['MN']);
		expect(num).toBeGreaterThan(5000);
		expect(row.numerator).toBe(num);
		expect(row.denominator).toBe(den);
		expect(row.actual).toBeCloseTo((num / den) * 100, 2);
		expect(row.target).toMatchObject({ comparator: 'gte', value: 85.7, scope: 'area', planUnit: 'HAIAN' });
		expect(row.actualPeriod).toBe('DAU_NAM');
	});

	it('a combined TH&THCS school counts for primary indicators; other levels do not', async () => {
		const row = await one('ANLAO', 'DAU_NAM', 'TH_TL_2BUOI');
		expect(row.numerator).toBe(await handSum('ANLAO', 'DAU_NAM', ['TH_HS_2BUOI'], ['TH']));
		expect(row.denominator).toBe(await handSum('ANLAO', 'DAU_NAM', ['TH_TS_HS'], ['TH']));
		const [combined] = await selectRows<{ n: number }>(
			h.db,
			sql`select count(*)::int as n from units where code = 'AL-THTHCS-BATTRANG' and school_level = 'TH_THCS'`
		);
		expect(combined.n).toBe(1);
	});

	it('the province row pools both districts; its children rows add up to it', async () => {
		const rows = await ev({
			unitCode: 'HP',
			periodKey: 'CUOI_NAM',
			indicatorCodes: ['GV_TL_TRENCHUAN'],
			children: true,
			withSelf: true
		});
		const [province, ...districts] = rows;
		expect(province.unit).toBe('HP');
		expect(districts.map((r) => r.unit).sort()).toEqual(['ANLAO', 'HAIAN']);
		expect(province.numerator).toBe(districts.reduce((a, r) => a + r.numerator!, 0));
		expect(province.denominator).toBe(districts.reduce((a, r) => a + r.denominator!, 0));
		expect(province.target).toBeNull();
		expect(province.status).toBe('no_data');
	});
});

describe('which target applies', () => {
	it("a school's own target overrides the area's for that school only", async () => {
		const [catBi] = await selectRows<{ id: number; plan: number; ind: number }>(
			h.db,
			sql`select u.id, p.id as plan, i.id as ind from units u, plans p, units d, school_years y, indicators i
			    where u.code = 'HA-MN-CATBI' and d.code = 'HAIAN' and p.unit_id = d.id
			      and p.school_year_id = y.id and y.code = ${YEAR} and i.code = 'MN_TL_HUYDONG'`
		);
		await h.db.execute(
			sql`insert into targets (plan_id, indicator_id, comparator, value, scope_kind, scope_unit_id, judged_at, source)
			    values (${catBi.plan}, ${catBi.ind}, 'gte', 70, 'school', ${catBi.id}, 'DAU_NAM', 'integration test')`
		);
		const rows = await ev({
			unitCode: 'HAIAN',
			periodKey: 'DAU_NAM',
			indicatorCodes: ['MN_TL_HUYDONG'],
			children: true,
			withSelf: true
		});
		const by = new Map(rows.map((r) => [r.unit, r]));
		expect(by.get('HA-MN-CATBI')!.target).toMatchObject({ value: 70, scope: 'school' });
		expect(by.get('HA-MN-CATBI')!.status).toBe('met');
		expect(by.get('HA-MN-DANGHAI')!.target).toMatchObject({ value: 85.7, scope: 'area' });
		expect(by.get('HAIAN')!.target).toMatchObject({ value: 85.7, scope: 'area' });
	});

	it('group targets: public and non-public preschools get their own staff targets', async () => {
		const rows = await ev({
			unitCode: 'HAIAN',
			periodKey: 'CUOI_NAM',
			indicatorCodes: ['GV_TL_DATCHUAN'],
			children: true,
			withSelf: true
		});
		const by = new Map(rows.map((r) => [r.unit, r]));
		expect(by.get('HA-MN-CATBI')!.target).toMatchObject({
			comparator: 'range',
			min: 99,
			max: 99.5,
			scope: 'group'
		});
		expect(by.get('HA-MN-SAOMAI')!.target).toMatchObject({
			comparator: 'range',
			min: 71,
			max: 72,
			scope: 'group'
		});
		expect(by.get('HA-THCS-CATBI')!.target).toMatchObject({ comparator: 'gte', value: 100, scope: 'group' });
		expect(by.get('HAIAN')!.target).toBeNull();

		const nonPublic = await one('HAIAN', 'CUOI_NAM', 'GV_TL_DATCHUAN', {
			filters: { groupCode: 'HAIAN-MN-NGOAICONGLAP' }
		});
		expect(nonPublic.target).toMatchObject({ min: 71, max: 72, scope: 'group' });
		const [hand] = await selectRows<{ den: number }>(
			h.db,
			sql`select sum(f.value)::float8 as den from figures f
			    join data_elements d on d.id = f.data_element_id and d.code = 'GV_TS'
			    join submissions s on s.id = f.submission_id
			    join periods p on p.id = s.period_id and p.key = 'CUOI_NAM'
			    join school_years y on y.id = p.school_year_id and y.code = ${YEAR}
			    join unit_group_members m on m.unit_id = s.unit_id
			    join unit_groups g on g.id = m.group_id and g.code = 'HAIAN-MN-NGOAICONGLAP'`
		);
		expect(nonPublic.denominator).toBe(Number(hand.den));
	});

	it("An Lão's primary plan judges the district on its primary schools (one group target)", async () => {
		const row = await one('ANLAO', 'CUOI_NAM', 'TL_TRUONG_CAMERA');
		expect(row.target).toMatchObject({
			comparator: 'gte',
			value: 80,
			scope: 'group',
			groupCode: 'ANLAO-TIEUHOC'
		});
		const [members] = await selectRows<{ n: number }>(
			h.db,
			sql`select count(*)::int as n from unit_group_members m join unit_groups g on g.id = m.group_id
			    where g.code = 'ANLAO-TIEUHOC'`
		);
		expect(row.denominator).toBeLessThanOrEqual(members.n);
		expect(row.denominator).toBeGreaterThan(members.n - 3);
	});

	it('named-school status: national standard level 2 for MN Cát Bi; no such target for its neighbours', async () => {
		const rows = await ev({
			unitCode: 'HAIAN',
			periodKey: 'CUOI_NAM',
			indicatorCodes: ['CHUAN_QG_MUC'],
			children: true
		});
		const catBi = rows.find((r) => r.unit === 'HA-MN-CATBI')!;
		expect(catBi.target).toMatchObject({ comparator: 'level_gte', value: 2, scope: 'school' });
		expect(['met', 'off_track']).toContain(catBi.status);
		expect(catBi.denominator).toBe(1);
		expect(rows.find((r) => r.unit === 'HA-MN-DANGHAI')!.target).toBeNull();
	});

	it("news posts are judged every month: at the year's end, on the latest month", async () => {
		const row = await one('ANLAO', 'CUOI_NAM', 'TL_TRUONG_TINBAI');
		expect(row.target?.judgedAt).toBe('THANG');
		expect(row.actualPeriod).toBe('2025-04');
		expect(['met', 'at_risk', 'off_track']).toContain(row.status);
		const october = await one('ANLAO', '2024-10', 'TL_TRUONG_TINBAI');
		expect(october.actualPeriod).toBe('2024-10');
	});
});

describe('change targets and projections', () => {
	it('malnutrition: the change since growth round 1, judged at round 3', async () => {
		const row = await one('HAIAN', 'CAN_DO_3', 'MN_TL_SDD');
		expect(row.baseline?.period).toBe('CAN_DO_1');
		expect(row.baseline!.change).toBeCloseTo(row.actual! - row.baseline!.value!, 1);
		expect(['met', 'at_risk', 'off_track']).toContain(row.status);
		expect(row.projection).toBeNull();
	});

	it('before round 3: projected from the trend of rounds 1 and 2, with the sentence', async () => {
		const row = await one('HAIAN', 'CAN_DO_2', 'MN_TL_SDD');
		expect(['on_track', 'at_risk', 'off_track']).toContain(row.status);
		expect(row.projection).toMatchObject({
			at: 'CAN_DO_3',
			method: 'trend',
			basedOn: ['CAN_DO_1', 'CAN_DO_2']
		});
		expect(row.projection!.change).toBeCloseTo(row.projection!.value - row.baseline!.value!, 1);
		expect(explainRow('vi', row)).toMatch(/^Theo đà hiện tại: −\d+,\d+ điểm phần trăm vào kỳ Cân đo lần 3/);
		expect(explainRow('en', row)).toMatch(
			/^At the current pace: −\d+\.\d+ pp by Growth monitoring round 3, .* target down 1\.5 pp on Growth/
		);
	});

	it("semester I: year-end results projected with last year's pattern", async () => {
		const row = await one('HAIAN', 'HK1', 'TH_TL_HTXS');
		expect(row.actualPeriod).toBe('HK1');
		expect(row.projection).toMatchObject({ at: 'CUOI_NAM', method: 'last_year_pattern' });
		expect(['on_track', 'at_risk', 'off_track', 'above_band']).toContain(row.status);
	});
});

describe('live: an upload changes the next evaluation', () => {
	it('a school uploads a lower figure; its row and the district row move at once', async () => {
		const before = await one('HA-TH-THANHTO', 'DAU_NAM', 'TH_TL_2BUOI');
		const district = await one('HAIAN', 'DAU_NAM', 'TH_TL_2BUOI');
		const lowered = Math.round(before.denominator! / 2);
		// The report was approved (locked); the district returns it for correction first.
		await h.db.execute(
			sql`update submissions set status = 'returned' where id = (select s.id from submissions s
			      join units u on u.id = s.unit_id join periods p on p.id = s.period_id
			      join school_years y on y.id = p.school_year_id
			      where u.code = 'HA-TH-THANHTO' and p.key = 'DAU_NAM' and y.code = ${YEAR})`
		);
		const outcome = await run(
			h,
			await demoUser(h, 'school'),
			longCsv([['HA-TH-THANHTO', `${YEAR}/DAU_NAM`, 'TH_HS_2BUOI', lowered]]),
			{ confirmWarnings: true }
		);
		expect(outcome.errors).toEqual([]);
		expect(outcome.status).toBe('stored');
		const after = await one('HA-TH-THANHTO', 'DAU_NAM', 'TH_TL_2BUOI');
		expect(after.numerator).toBe(lowered);
		expect(after.actual).toBeCloseTo((lowered / before.denominator!) * 100, 2);
		const districtAfter = await one('HAIAN', 'DAU_NAM', 'TH_TL_2BUOI');
		expect(districtAfter.numerator).toBe(district.numerator! - before.numerator! + lowered);
	});

	it('a figure written straight to the table shows too (no rollup to rebuild)', async () => {
		await h.db.execute(
			sql`update figures set value = value + 100 where data_element_id = (select id from data_elements where code = 'TH_TS_HS')
			    and submission_id = (select s.id from submissions s join units u on u.id = s.unit_id join periods p on p.id = s.period_id
			      join school_years y on y.id = p.school_year_id where u.code = 'HA-TH-CATBI' and p.key = 'DAU_NAM' and y.code = ${YEAR})`
		);
		const row = await one('HAIAN', 'DAU_NAM', 'TH_TS_HS');
		expect(row.actual).toBe(await handSum('HAIAN', 'DAU_NAM', ['TH_TS_HS'], ['TH']));
	});
});

describe('drill-down and school lists', () => {
	it('children: one row per direct child unit × applicable indicator, none twice', async () => {
		const rows = await ev({ unitCode: 'HAIAN', periodKey: 'CUOI_NAM', children: true });
		const keys = rows.map((r) => `${r.unit}|${r.indicator}`);
		expect(new Set(keys).size).toBe(keys.length);
		const children = await selectRows<{ code: string }>(
			h.db,
			sql`select c.code from units c join units d on d.id = c.parent_id
			    where d.code = 'HAIAN' and (c.active_from is null or c.active_from <= '2025-05-31')
			      and (c.active_to is null or c.active_to >= '2024-09-05')`
		);
		expect(new Set(rows.map((r) => r.unit))).toEqual(new Set(children.map((c) => c.code)));
		expect(rows.some((r) => r.unit === 'HA-THTHCS-DONGHAI2')).toBe(false); // opens in 2025-2026
		const commune = rows.filter((r) => r.unit === 'HA-P-CATBI');
		expect(commune.map((r) => r.indicator).sort()).toEqual([
			'PCGD_MN5T_MUC',
			'PCGD_THCS_MUC',
			'PCGD_TH_MUC',
			'XMC_MUC'
		]);
		const preschool = rows.filter((r) => r.unit === 'HA-MN-CATBI').map((r) => r.indicator);
		expect(preschool).toContain('MN_TL_DAT5LV');
		expect(preschool).not.toContain('TH_TL_HTXS');
	});

	it('evaluateSchools: every school of the levels under the unit, with its own target', async () => {
		const rows = await evaluateSchools(h.db, {
			unitCode: 'HAIAN',
			yearCode: YEAR,
			periodKey: 'DAU_NAM',
			indicatorCode: 'MN_TL_HUYDONG'
		});
		const [mn] = await selectRows<{ n: number }>(
			h.db,
			sql`select count(*)::int as n from units u join units d on u.path like d.path || '%'
			    where d.code = 'HAIAN' and u.school_level = 'MN'
			      and (u.active_to is null or u.active_to >= '2024-09-05')`
		);
		expect(rows).toHaveLength(mn.n);
		expect(rows.every((r) => r.unitType === 'school' && r.indicator === 'MN_TL_HUYDONG')).toBe(true);
		const pooled = await one('HAIAN', 'DAU_NAM', 'MN_TL_HUYDONG');
		expect(rows.reduce((a, r) => a + (r.numerator ?? 0), 0)).toBe(pooled.numerator);
	});
});

describe('bad requests', () => {
	it('unknown unit, year, period or indicator are outcomes, not crashes', async () => {
		expect(await tryEvaluate(h.db, { unitCode: 'NOPE', yearCode: YEAR, periodKey: 'HK1' })).toEqual({
			ok: false,
			notFound: true
		});
		const badYear = await tryEvaluate(h.db, { unitCode: 'HAIAN', yearCode: '2099-2100', periodKey: 'HK1' });
		expect(badYear).toMatchObject({ ok: false, problem: { field: 'year', key: 'targets.api.badYear' } });
		const badPeriod = await tryEvaluate(h.db, { unitCode: 'HAIAN', yearCode: YEAR, periodKey: 'HK3' });
		expect(badPeriod).toMatchObject({ ok: false, problem: { field: 'period' } });
		const badIndicator = await tryEvaluate(h.db, {
			unitCode: 'HAIAN',
			yearCode: YEAR,
			periodKey: 'HK1',
			indicatorCodes: ['X']
		});
		expect(badIndicator).toMatchObject({ ok: false, problem: { field: 'indicator' } });
	});

	it('every row carries the contract fields', async () => {
		const rows: EvaluationRow[] = await ev({ unitCode: 'HA-TH-THANHTO', periodKey: 'CUOI_NAM' });
		expect(rows.length).toBeGreaterThan(10);
		for (const r of rows) {
			for (const k of [
				'unit',
				'indicator',
				'period',
				'actual',
				'numerator',
				'denominator',
				'target',
				'gap',
				'percentOfTarget',
				'status',
				'projection'
			])
				expect(r).toHaveProperty(k);
		}
	});
});
