import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { type DbHandle } from '../../src/lib/server/db/client';
import { createTestDb } from '../helpers/db';
import { selectRows } from '../helpers/select-rows';

let h: DbHandle;
beforeAll(async () => {
	h = await createTestDb({ demo: true });
});
afterAll(async () => h?.close());

/** Σ of one figure over a district's schools for one period. */
async function districtTotal(district: string, year: string, period: string, code: string): Promise<number> {
	const [row] = await selectRows<{ total: number }>(
		h.db,
		sql`select coalesce(sum(f.value), 0)::float8 as total
		    from figures f
		    join data_elements d on d.id = f.data_element_id
		    join submissions s on s.id = f.submission_id
		    join periods p on p.id = s.period_id
		    join school_years y on y.id = p.school_year_id
		    join units u on u.id = s.unit_id
		    join units dist on u.path like dist.path || '%'
		    where dist.code = ${district} and y.code = ${year} and p.key = ${period} and d.code = ${code}`
	);
	return Number(row.total);
}

/** Submissions where Σ parts ≠ total, for a set of part codes and a total code. */
async function mismatches(parts: string[], total: string): Promise<number> {
	const [row] = await selectRows<{ n: number }>(
		h.db,
		sql`select count(*)::int as n from (
		      select f.submission_id,
		             sum(f.value) filter (where d.code in ${parts}) as parts,
		             max(f.value) filter (where d.code = ${total}) as total,
		             count(*) filter (where d.code in ${parts}) as n_parts
		      from figures f join data_elements d on d.id = f.data_element_id
		      group by f.submission_id
		    ) x where x.n_parts > 0 and x.parts <> x.total`
	);
	return Number(row.n);
}

describe('the demo', () => {
	it('reproduces seed 004 district totals for Hải An at the start of 2024-2025', async () => {
		const enrolled =
			(await districtTotal('HAIAN', '2024-2025', 'DAU_NAM', 'MN_TRE_NT_RALOP')) +
			(await districtTotal('HAIAN', '2024-2025', 'DAU_NAM', 'MN_TRE_MG_RALOP'));
		const catchment =
			(await districtTotal('HAIAN', '2024-2025', 'DAU_NAM', 'MN_TRE_NT_DIABAN')) +
			(await districtTotal('HAIAN', '2024-2025', 'DAU_NAM', 'MN_TRE_MG_DIABAN'));
		expect(Math.abs(enrolled - 7910)).toBeLessThanOrEqual(7910 * 0.05);
		expect(Math.abs(catchment - 9232)).toBeLessThanOrEqual(9232 * 0.05);
		const primary = await districtTotal('HAIAN', '2024-2025', 'DAU_NAM', 'TH_TS_HS');
		const primaryClasses = await districtTotal('HAIAN', '2024-2025', 'DAU_NAM', 'TH_TS_LOP');
		const lower = await districtTotal('HAIAN', '2024-2025', 'DAU_NAM', 'THCS_TS_HS');
		const lowerClasses = await districtTotal('HAIAN', '2024-2025', 'DAU_NAM', 'THCS_TS_LOP');
		expect(Math.abs(primary - 12246)).toBeLessThanOrEqual(12246 * 0.05);
		expect(Math.abs(primaryClasses - 291)).toBeLessThanOrEqual(15);
		expect(Math.abs(lower - 10932)).toBeLessThanOrEqual(10932 * 0.05);
		expect(Math.abs(lowerClasses - 227)).toBeLessThanOrEqual(12);
	});

	it('has parts that sum to their totals in every submission', async () => {
		expect(await mismatches(['TH_HS_HTXS', 'TH_HS_HTT', 'TH_HS_HT', 'TH_HS_CHT'], 'TH_TS_HS')).toBe(0);
		expect(
			await mismatches(['THCS_RL_TOT', 'THCS_RL_KHA', 'THCS_RL_DAT', 'THCS_RL_CHUADAT'], 'THCS_TS_HS')
		).toBe(0);
		expect(
			await mismatches(['THCS_HT_TOT', 'THCS_HT_KHA', 'THCS_HT_DAT', 'THCS_HT_CHUADAT'], 'THCS_TS_HS')
		).toBe(0);
		expect(await mismatches(['THCS_TN_GIOI', 'THCS_TN_KHA', 'THCS_TN_TB'], 'THCS_TN')).toBe(0);
		expect(await mismatches(['MN_TRE_NT_RALOP', 'MN_TRE_MG_RALOP'], 'MN_TS_TRE')).toBe(0);
	});

	it('never has more enrolled than in the catchment, nor more above-standard teachers than qualified ones', async () => {
		const [row] = await selectRows<{ n: number }>(
			h.db,
			sql`select count(*)::int as n from (
			      select f.submission_id,
			        max(f.value) filter (where d.code = 'MN_TRE_5T_RALOP') as e5,
			        max(f.value) filter (where d.code = 'MN_TRE_5T_DIABAN') as c5,
			        max(f.value) filter (where d.code = 'GV_TS') as gv,
			        max(f.value) filter (where d.code = 'GV_DATCHUAN') as dat,
			        max(f.value) filter (where d.code = 'GV_TRENCHUAN') as tren
			      from figures f join data_elements d on d.id = f.data_element_id group by f.submission_id
			    ) x where e5 > c5 or tren > dat or dat > gv`
		);
		expect(row.n).toBe(0);
	});

	it('has the five demo accounts, plans with targets, and late and missing reports', async () => {
		const users = await selectRows<{ username: string }>(
			h.db,
			sql`select username from users order by username`
		);
		expect(users.map((u) => u.username)).toEqual(
			expect.arrayContaining(['admin', 'district', 'inspector', 'province', 'school'])
		);
		const [plans] = await selectRows<{ plans: number; targets: number }>(
			h.db,
			sql`select (select count(*) from plans)::int as plans, (select count(*) from targets)::int as targets`
		);
		expect(plans.plans).toBeGreaterThanOrEqual(4);
		expect(plans.targets).toBeGreaterThan(100);
		const [late] = await selectRows<{ n: number }>(
			h.db,
			sql`select count(*)::int as n from submissions s join periods p on p.id = s.period_id
			    where s.submitted_at::date > p.school_deadline`
		);
		expect(late.n).toBeGreaterThan(0);
		const [drafts] = await selectRows<{ n: number }>(
			h.db,
			sql`select count(*)::int as n from units u cross join periods p
			    join school_years y on y.id = p.school_year_id
			    where u.type = 'school' and p.key = 'CUOI_NAM' and y.code = '2024-2025'
			      and not exists (select 1 from submissions s where s.unit_id = u.id and s.period_id = p.id and s.submitted_at is not null)`
		);
		expect(drafts.n).toBeGreaterThan(0);
	});
});
