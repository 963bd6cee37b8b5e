// The demo's current school year, 2026-2027, under way at the demo's fixed "today" (DEMO_AS_OF):
// only the reports due by then, the late schools still owing the last one, HK1 still to come.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { type DbHandle } from '../../src/lib/server/db/client';
import { computeCompleteness } from '../../src/lib/server/calendar/board';
import { loadOpenPeriods } from '../../src/lib/server/calendar/reminders';
import { latestWithData, resolveSelection } from '../../src/lib/server/dashboards/selection';
import { DEMO_AS_OF } from '../../src/lib/server/demo/data/calendar';
import { demoQuirks } from '../../src/lib/server/demo/seed-demo';
import { evaluate } from '../../src/lib/server/evaluation/queries';
import { findUnitByCode, type UnitRow } from '../../src/lib/server/units/queries';
import { createTestDb } from '../helpers/db';
import { selectRows } from '../helpers/select-rows';

let h: DbHandle;
let haiAn: UnitRow;
const quirks = demoQuirks();

beforeAll(async () => {
	h = await createTestDb({ demo: true });
	haiAn = (await findUnitByCode(h.db, 'HAIAN'))!;
});
afterAll(async () => h?.close());

type PeriodCount = { key: string; deadline: string; status: string; subs: number; received: number };

async function periodsOf(year: string): Promise<PeriodCount[]> {
	return selectRows<PeriodCount>(
		h.db,
		sql`select p.key, p.school_deadline::text as deadline, p.status,
		       (select count(*)::int from submissions s where s.period_id = p.id) as subs,
		       (select count(*)::int from submissions s where s.period_id = p.id
		          and s.status in ('submitted', 'approved')) as received
		from periods p join school_years y on y.id = p.school_year_id
		where y.code = ${year} order by p.sort_order`
	);
}

describe('2026-2027 in the demo', () => {
	it('is a school year with all its periods, open, and submissions only for those due by the as-of date', async () => {
		expect(DEMO_AS_OF).toBe('2026-11-20');
		const [year] = await selectRows<{ start: string; end: string; hk1: string; hk2: string }>(
			h.db,
			sql`select start_date::text as start, end_date::text as end, hk1_end::text as hk1, hk2_start::text as hk2
			    from school_years where code = '2026-2027'`
		);
		expect(year).toEqual({ start: '2026-09-05', end: '2027-05-31', hk1: '2027-01-15', hk2: '2027-01-16' });
		const periods = await periodsOf('2026-2027');
		expect(periods).toHaveLength(15);
		expect(periods.every((p) => p.status === 'open')).toBe(true);
		const withData = periods.filter((p) => p.subs > 0).map((p) => p.key);
		expect(withData).toEqual(['DAU_NAM', 'CAN_DO_1', '2026-09', '2026-10']);
		expect(periods.filter((p) => p.deadline <= DEMO_AS_OF).map((p) => p.key)).toEqual(withData);
		expect(periods.find((p) => p.key === 'HK1')).toMatchObject({ deadline: '2026-12-05', subs: 0 });
		const [closures] = await selectRows<{ n: number }>(
			h.db,
			sql`select count(*)::int as n from period_closures c join periods p on p.id = c.period_id
			    join school_years y on y.id = p.school_year_id where y.code = '2026-2027'`
		);
		expect(closures.n).toBe(0);
		const [latest] = await selectRows<{ at: string }>(
			h.db,
			sql`select max(s.submitted_at)::text as at from submissions s join periods p on p.id = s.period_id
			    join school_years y on y.id = p.school_year_id where y.code = '2026-2027'`
		);
		expect(new Date(latest.at).getTime()).toBeLessThan(Date.parse(`${DEMO_AS_OF}T17:00:00Z`));
	});

	it('leaves the earlier years as they were: every period open, every period with reports', async () => {
		for (const year of ['2023-2024', '2024-2025', '2025-2026']) {
			const periods = await periodsOf(year);
			expect(periods, year).toHaveLength(15);
			expect(periods.every((p) => p.status === 'open' && p.subs > 0)).toBe(true);
		}
		const [statuses] = await selectRows<{ submitted: number; other: number }>(
			h.db,
			sql`select count(*) filter (where s.status = 'submitted')::int as submitted,
			           count(*) filter (where s.status <> 'submitted' and p.key = 'CUOI_NAM')::int as other
			    from submissions s join periods p on p.id = s.period_id
			    join school_years y on y.id = p.school_year_id where y.code = '2025-2026'`
		);
		expect(statuses.other).toBe(0); // 2025-2026's year-end reports all await the district's review
		expect(statuses.submitted).toBeGreaterThan(60);
	});

	it('has the October report missing from the late schools, and the latest arrivals awaiting review', async () => {
		const board = (await computeCompleteness(h.db, {
			unitCode: 'HAIAN',
			yearCode: '2026-2027',
			periodKey: '2026-10',
			today: DEMO_AS_OF
		}))!;
		const haian = (codes: string[]) => codes.filter((c) => c.startsWith('HA-'));
		const missing = board.schools.filter((s) => s.state === 'missing').map((s) => s.code);
		expect(missing.sort()).toEqual([...haian(quirks.late), ...haian(quirks.missing)].sort());
		expect(board.counts.expected).toBe(39);
		expect(board.counts).toMatchObject({ received: 34, missing: 5, late: 0 });
		const awaiting = board.schools.filter((s) => s.status === 'submitted');
		expect(awaiting).toHaveLength(2);
		expect(board.schools.filter((s) => s.status === 'approved')).toHaveLength(32);
		// They sent September's, late as usual.
		const september = (await computeCompleteness(h.db, {
			unitCode: 'HAIAN',
			yearCode: '2026-2027',
			periodKey: '2026-09',
			today: DEMO_AS_OF
		}))!;
		const late = september.schools.filter((s) => s.state === 'late').map((s) => s.code);
		expect(late.sort()).toEqual(haian(quirks.late).sort());
		expect(september.schools.every((s) => s.status !== 'submitted')).toBe(true);
	});

	it('shows the demo school semester I and November as due, not the reports it has sent', async () => {
		const items = await loadOpenPeriods(h.db, { schoolCode: 'HA-TH-THANHTO', today: DEMO_AS_OF });
		expect(items.every((i) => i.yearCode === '2026-2027')).toBe(true);
		const hk1 = items.find((i) => i.key === 'HK1');
		expect(hk1).toMatchObject({
			schoolDeadline: '2026-12-05',
			daysLeft: 15,
			status: null,
			submissionId: null
		});
		expect(items.find((i) => i.key === '2026-11')).toMatchObject({ status: null, daysLeft: 15 });
		expect(items.map((i) => i.key)).not.toContain('2026-10');
		expect(items.map((i) => i.key)).not.toContain('DAU_NAM');
		expect(items.map((i) => i.key)).not.toContain('CAN_DO_2'); // a primary school has no growth rounds
	});

	it('keeps the dashboards on 2025-2026’s year end by default (the latest year with a plan)', async () => {
		expect(await latestWithData(h.db, haiAn)).toEqual({ year: '2025-2026', period: 'CUOI_NAM' });
		const ctx = await resolveSelection(h.db, haiAn, {});
		expect(ctx.selection).toMatchObject({ year: '2025-2026', period: 'CUOI_NAM' });
		expect(ctx.years.map((y) => y.code)).toEqual(['2026-2027', '2025-2026', '2024-2025', '2023-2024']);
		const [plans] = await selectRows<{ n: number }>(
			h.db,
			sql`select count(*)::int as n from plans p join school_years y on y.id = p.school_year_id
			    where y.code = '2026-2027'`
		);
		expect(plans.n).toBe(0);
	});

	it('lets the dashboards and the board filter 2026-2027 by the 2025 communes and clusters', async () => {
		const ctx = await resolveSelection(h.db, haiAn, {
			year: '2026-2027',
			period: 'DAU_NAM',
			group: 'CUM-2'
		});
		expect(ctx.selection).toMatchObject({ year: '2026-2027', period: 'DAU_NAM', group: 'CUM-2' });
		expect(ctx.previousYear).toBe('2025-2026');
		const all = await evaluate(h.db, { unitCode: 'HAIAN', yearCode: '2026-2027', periodKey: 'DAU_NAM' });
		const cluster = await evaluate(h.db, {
			unitCode: 'HAIAN',
			yearCode: '2026-2027',
			periodKey: 'DAU_NAM',
			filters: { groupCode: 'P-DONGHAI' }
		});
		const pupils = (rows: typeof all) => rows.find((r) => r.indicator === 'TH_TS_HS')?.actual ?? null;
		expect(pupils(all)).toBeGreaterThan(0);
		expect(pupils(cluster)).toBeGreaterThan(0);
		expect(pupils(cluster)!).toBeLessThan(pupils(all)!);
		const board = (await computeCompleteness(h.db, {
			unitCode: 'HAIAN',
			yearCode: '2026-2027',
			periodKey: 'DAU_NAM',
			filters: { groupCode: 'CUM-1' },
			today: DEMO_AS_OF
		}))!;
		expect(board.counts.expected).toBeGreaterThan(0);
		expect(board.counts.expected).toBeLessThan(40);
	});

	it('continues the earlier years’ figures: Hải An’s primary pupils within a few percent of 2025-2026', async () => {
		const total = async (year: string, code: string) => {
			const [row] = await selectRows<{ v: number }>(
				h.db,
				sql`select coalesce(sum(f.value), 0)::float8 as v from figures f
				    join data_elements d on d.id = f.data_element_id
				    join submissions s on s.id = f.submission_id join periods p on p.id = s.period_id
				    join school_years y on y.id = p.school_year_id join units u on u.id = s.unit_id
				    where u.path like ${haiAn.path + '%'} and y.code = ${year} and p.key = 'DAU_NAM' and d.code = ${code}`
			);
			return Number(row.v);
		};
		for (const code of ['TH_TS_HS', 'THCS_TS_HS', 'GV_TS']) {
			const before = await total('2025-2026', code);
			const now = await total('2026-2027', code);
			expect(before, code).toBeGreaterThan(0);
			expect(Math.abs(now - before) / before, code).toBeLessThan(0.08);
		}
	});
});
