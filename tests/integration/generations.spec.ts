// The generations that cached evaluations are keyed by: which writes count, when, and that a cached
// evaluation never outlives a commit, whoever made it (another process writes through the same triggers).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { type DbHandle } from '../../src/lib/server/db/client';
import { readGenerations } from '../../src/lib/server/generations/read';
import { evaluate } from '../../src/lib/server/evaluation/queries';
import { cachedCells } from '../../src/lib/server/evaluation/cached';
import { createTestDb } from '../helpers/db';
import { selectRows } from '../helpers/select-rows';

/** Tables evaluations read: any write to them changes a generation. */
const TRACKED = [
	'data_elements',
	'figures',
	'indicator_formulas',
	'indicators',
	'periods',
	'plans',
	'report_forms',
	'school_years',
	'submissions',
	'targets',
	'unit_group_members',
	'unit_groups',
	'unit_placements',
	'units'
];
/** Tables evaluations do not read (a new table must be put in one list or the other). */
const UNTRACKED = [
	'api_tokens',
	'audit_log',
	'data_generation_marks',
	'data_generations',
	// Review threads and explanations (giải trình): read by pages, never by an evaluation.
	'explanation_requirements',
	'explanations',
	'figure_comments',
	'finding_attachments',
	'findings',
	'inspection_visits',
	// Cluster housekeeping's leases and the checked files waiting for "confirm": no evaluation reads them.
	'leases',
	'login_attempts',
	// The notification outbox, preferences and district requirements: no evaluation reads them.
	'notification_preferences',
	'notification_requirements',
	'notifications',
	'period_closures',
	'period_exceptions',
	// Generated period reports keep their own snapshot of the figures; no evaluation reads them.
	'period_reports',
	// The plan reader's documents and decisions: accepted proposals become targets, which are tracked.
	'plan_readings',
	'role_assignments',
	'sessions',
	'submission_events',
	'upload_previews',
	'uploads',
	'users',
	// The importer reads the rules fresh on every upload; no evaluation reads them.
	'validation_rules'
];

let h: DbHandle;
let years: Map<string, number>;

const gens = async () => (await readGenerations(h.db)).gens;
const scopeOf = (year: string) => `y${years.get(year)}`;

/** A figure (the `nth`) of the school's submission in a period of `year`. */
async function figureIn(year: string, nth = 0) {
	const [row] = await selectRows<{ submission_id: number; data_element_id: number; value: number }>(
		h.db,
		sql`select f.submission_id, f.data_element_id, f.value from figures f
		    join submissions s on s.id = f.submission_id join units u on u.id = s.unit_id
		    join periods p on p.id = s.period_id join school_years y on y.id = p.school_year_id
		    where u.code = 'HA-TH-THANHTO' and y.code = ${year} and p.key = 'CUOI_NAM'
		    order by f.data_element_id limit 1 offset ${nth}`
	);
	return row;
}

async function periodOf(submissionId: number): Promise<number> {
	const [row] = await selectRows<{ period_id: number }>(
		h.db,
		sql`select period_id from submissions where id = ${submissionId}`
	);
	return row.period_id;
}

beforeAll(async () => {
	h = await createTestDb({ demo: true });
	const rows = await selectRows<{ code: string; id: number }>(h.db, sql`select code, id from school_years`);
	years = new Map(rows.map((r) => [r.code, r.id]));
});
afterAll(async () => h?.close());

describe('the generation triggers', () => {
	it('are on every table evaluations read, and every other table is known not to matter', async () => {
		const rows = await selectRows<{ table: string; tracked: boolean }>(
			h.db,
			sql`select c.relname as table,
			      exists (select 1 from pg_trigger t where t.tgrelid = c.oid and t.tgname like '%generation%'
			              and not t.tgisinternal and c.relname <> 'data_generation_marks') as tracked
			    from pg_class c join pg_namespace n on n.oid = c.relnamespace
			    where n.nspname = 'public' and c.relkind = 'r' order by 1`
		);
		expect(rows.filter((r) => r.tracked).map((r) => r.table)).toEqual(TRACKED);
		expect(rows.filter((r) => !r.tracked).map((r) => r.table)).toEqual(UNTRACKED);
	});

	it("count a figure's change for its school year only, at commit", async () => {
		const f = await figureIn('2025-2026');
		const before = await gens();
		await h.db.transaction(async (tx) => {
			await tx.execute(
				sql`update figures set value = value + 1 where submission_id = ${f.submission_id} and data_element_id = ${f.data_element_id}`
			);
			const inside = await readGenerations(tx as never);
			expect(inside.dirty).toBe(true);
			expect(inside.gens[scopeOf('2025-2026')]).toBe(before[scopeOf('2025-2026')]);
		});
		const after = await readGenerations(h.db);
		expect(after.dirty).toBe(false);
		expect(after.gens[scopeOf('2025-2026')]).toBe((before[scopeOf('2025-2026')] ?? 0) + 1);
		expect(after.gens[scopeOf('2024-2025')]).toBe(before[scopeOf('2024-2025')]);
		expect(after.gens.all).toBe(before.all);
		const period = await periodOf(f.submission_id);
		expect(after.gens[`p${period}`]).toBe((before[`p${period}`] ?? 0) + 1);
		const others = Object.keys(after.gens).filter((k) => k.startsWith('p') && k !== `p${period}`);
		expect(others.every((k) => after.gens[k] === before[k])).toBe(true);
		expect(await selectRows(h.db, sql`select * from data_generation_marks`)).toEqual([]);
	});

	it('count a transaction once however many statements it runs, and a rolled-back one not at all', async () => {
		const f = await figureIn('2024-2025');
		const y = scopeOf('2024-2025');
		const before = await gens();
		await h.db.transaction(async (tx) => {
			for (const d of [1, -1, 1])
				await tx.execute(
					sql`update figures set value = value + ${d} where submission_id = ${f.submission_id} and data_element_id = ${f.data_element_id}`
				);
			await tx.execute(sql`update units set name = name where code = 'HAIAN'`);
		});
		const mid = await gens();
		expect(mid[y]).toBe((before[y] ?? 0) + 1);
		expect(mid.all).toBe(before.all + 1);
		await expect(
			h.db.transaction(async (tx) => {
				await tx.execute(sql`update figures set value = value - 1 where submission_id = ${f.submission_id}`);
				throw new Error('rolled back');
			})
		).rejects.toThrow('rolled back');
		expect(await gens()).toEqual(mid);
	});

	it("ignore a submission's review, not its move to another period", async () => {
		const f = await figureIn('2025-2026');
		const y = scopeOf('2025-2026');
		const before = await gens();
		await h.db.execute(
			sql`update submissions set status = status, decided_at = now() where id = ${f.submission_id}`
		);
		expect(await gens()).toEqual(before);
		await h.db.execute(sql`update submissions set period_id = period_id where id = ${f.submission_id}`);
		expect(await gens()).toEqual(before);
		const [other] = await selectRows<{ id: number }>(
			h.db,
			sql`select p.id from periods p where p.school_year_id = ${years.get('2025-2026')}
			    and not exists (select 1 from submissions s where s.period_id = p.id
			                    and s.unit_id = (select unit_id from submissions where id = ${f.submission_id}))
			    order by p.id limit 1`
		);
		const [orig] = await selectRows<{ period_id: number }>(
			h.db,
			sql`select period_id from submissions where id = ${f.submission_id}`
		);
		await h.db.transaction(async (tx) => {
			await tx.execute(sql`update submissions set period_id = ${other.id} where id = ${f.submission_id}`);
			await tx.execute(
				sql`update submissions set period_id = ${orig.period_id} where id = ${f.submission_id}`
			);
		});
		expect((await gens())[y]).toBe((before[y] ?? 0) + 1);
	});
});

describe('a cached evaluation', () => {
	it('is served until a commit changes a figure it reads, then recomputed with the new value', async () => {
		const req = {
			unitCode: 'HA-TH-THANHTO',
			yearCode: '2025-2026',
			periodKey: 'CUOI_NAM',
			indicatorCodes: ['TH_TL_HTXS']
		};
		const first = await evaluate(h.db, req);
		expect(await evaluate(h.db, req)).toBe(first);
		expect(Object.isFrozen(first[0])).toBe(true);
		const touch = (f: { submission_id: number; data_element_id: number }) =>
			h.db.execute(
				sql`update figures set value = value where submission_id = ${f.submission_id} and data_element_id = ${f.data_element_id}`
			);
		// At the year-end it reads only this year-end's figures: changes two years back and last year leave it cached.
		await touch(await figureIn('2023-2024'));
		await touch(await figureIn('2024-2025'));
		expect(await evaluate(h.db, req)).toBe(first);
		// Before it, the projection reads last year's pattern: the same change to last year computes it again.
		const early = { ...req, periodKey: 'HK1' };
		const projected = await evaluate(h.db, early);
		expect(await evaluate(h.db, early)).toBe(projected);
		await touch(await figureIn('2024-2025'));
		const second = await evaluate(h.db, early);
		expect(second).not.toBe(projected);
		expect(second).toEqual(projected);
		expect(await evaluate(h.db, req)).toBe(first);
		const [row] = await selectRows<{ submission_id: number; data_element_id: number }>(
			h.db,
			sql`select f.submission_id, f.data_element_id from figures f join data_elements d on d.id = f.data_element_id
			    join submissions s on s.id = f.submission_id join units u on u.id = s.unit_id
			    join periods p on p.id = s.period_id join school_years y on y.id = p.school_year_id
			    where u.code = 'HA-TH-THANHTO' and y.code = '2025-2026' and p.key = 'CUOI_NAM' and d.code = 'TH_HS_HTXS'`
		);
		// As another process would: plain SQL, not the app's import.
		await h.db.execute(
			sql`update figures set value = value + 3 where submission_id = ${row.submission_id} and data_element_id = ${row.data_element_id}`
		);
		const next = await evaluate(h.db, req);
		expect(next).not.toBe(first);
		expect(next[0].numerator).toBe(first[0].numerator! + 3);
	});

	it('is kept across a change to a later school year', async () => {
		const req = { unitCode: 'HAIAN', yearCode: '2024-2025', periodKey: 'CUOI_NAM' };
		const first = await evaluate(h.db, req);
		const f = await figureIn('2025-2026');
		await h.db.execute(
			sql`update figures set value = value where submission_id = ${f.submission_id} and data_element_id = ${f.data_element_id}`
		);
		expect(await evaluate(h.db, req)).toBe(first);
	});
});

describe('a cached sum of figures', () => {
	it('is reused until a figure of its own periods changes, whatever other periods do', async () => {
		const here = await figureIn('2025-2026');
		const [elsewhere] = await selectRows<{ submission_id: number; data_element_id: number }>(
			h.db,
			sql`select f.submission_id, f.data_element_id from figures f join submissions s on s.id = f.submission_id
			    where s.period_id <> (select period_id from submissions where id = ${here.submission_id}) limit 1`
		);
		const touch = (f: { submission_id: number; data_element_id: number }) =>
			h.db.execute(
				sql`update figures set value = value where submission_id = ${f.submission_id} and data_element_id = ${f.data_element_id}`
			);
		const period = await periodOf(here.submission_id);
		let runs = 0;
		const sums = () => cachedCells(h.db, sql`select 'probe'`, [period], async () => [[++runs]]);
		await sums();
		await new Promise((r) => setTimeout(r, 20));
		await sums();
		expect(runs).toBe(1);
		await touch(elsewhere);
		await sums();
		expect(runs).toBe(1);
		await touch(here);
		await sums();
		expect(runs).toBe(2);
	});
});

// Only PostgreSQL has second connections to race with.
describe.skipIf(!process.env.TEST_DATABASE_URL)('concurrent writers', () => {
	it('never deadlock on the generations, whatever order they touch school years in', async () => {
		// Different figures (rows locked in opposite orders would deadlock on their own), years crossed.
		const [a1, a2] = [await figureIn('2024-2025', 0), await figureIn('2024-2025', 1)];
		const [b1, b2] = [await figureIn('2025-2026', 0), await figureIn('2025-2026', 1)];
		const before = await gens();
		const bump = (f: { submission_id: number; data_element_id: number }) =>
			sql`update figures set value = value where submission_id = ${f.submission_id} and data_element_id = ${f.data_element_id}`;
		let arrived = 0;
		let release!: () => void;
		const gate = new Promise<void>((r) => (release = r));
		const writer = (first: typeof a1, second: typeof a1) =>
			h.db.transaction(async (tx) => {
				await tx.execute(bump(first));
				if (++arrived === 2) release();
				await gate;
				await tx.execute(bump(second));
			});
		await Promise.all([writer(a1, b1), writer(b2, a2)]);
		const after = await gens();
		expect(after[scopeOf('2024-2025')]).toBe((before[scopeOf('2024-2025')] ?? 0) + 2);
		expect(after[scopeOf('2025-2026')]).toBe((before[scopeOf('2025-2026')] ?? 0) + 2);
	});
});
