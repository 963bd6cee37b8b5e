import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq, sql } from 'drizzle-orm';
import * as table from '../../src/lib/server/db/schema';
import { type DbHandle } from '../../src/lib/server/db/client';
import { insertUnits, updateUnitParent } from '../../src/lib/server/units/store';
import { listUnits } from '../../src/lib/server/units/queries';
import { countMigrations } from '../../src/lib/server/db/client';
import { createTestDb } from '../helpers/db';
import { expectDbError } from '../helpers/errors';
import { selectRows } from '../helpers/select-rows';

let h: DbHandle;

beforeAll(async () => {
	h = await createTestDb();
	await h.db.insert(table.dataElements).values([
		{
			code: 'TH_TS_HS',
			nameVi: 'Học sinh',
			nameEn: 'Pupils',
			valueType: 'count',
			levels: ['TH'],
			forms: ['DAU_NAM']
		},
		{
			code: 'MN_TS_TRE',
			nameVi: 'Trẻ',
			nameEn: 'Children',
			valueType: 'count',
			levels: ['MN'],
			forms: ['DAU_NAM']
		},
		{
			code: 'THCS_TS_HS',
			nameVi: 'HS THCS',
			nameEn: 'LS pupils',
			valueType: 'count',
			levels: ['THCS'],
			forms: ['DAU_NAM']
		},
		{
			code: 'XMC_MUC',
			nameVi: 'XMC',
			nameEn: 'Literacy',
			valueType: 'level',
			levels: [],
			unitScope: 'commune',
			forms: ['CUOI_NAM']
		}
	]);
	await insertUnits(h.db, [
		{ code: 'P', name: 'Tỉnh', type: 'province' },
		{ code: 'D1', name: 'Quận 1', type: 'district', parentCode: 'P' },
		{ code: 'D2', name: 'Quận 2', type: 'district', parentCode: 'P' },
		{ code: 'C1', name: 'Phường 1', type: 'commune', parentCode: 'D1' },
		{ code: 'S1', name: 'TH A', type: 'school', parentCode: 'D1', schoolLevel: 'TH', ownership: 'public' },
		{
			code: 'S2',
			name: 'MN B',
			type: 'school',
			parentCode: 'D1',
			schoolLevel: 'MN',
			ownership: 'non_public'
		},
		{
			code: 'S3',
			name: 'TH&THCS C',
			type: 'school',
			parentCode: 'D2',
			schoolLevel: 'TH_THCS',
			ownership: 'public'
		}
	]);
	const [year] = await h.db
		.insert(table.schoolYears)
		.values({
			code: '2024-2025',
			startDate: '2024-09-05',
			endDate: '2025-05-31',
			hk1Start: '2024-09-06',
			hk1End: '2025-01-15',
			hk2Start: '2025-01-16',
			hk2End: '2025-05-25'
		})
		.returning();
	const [form] = await h.db
		.insert(table.reportForms)
		.values({
			code: 'DAU_NAM',
			nameVi: 'Đầu năm',
			nameEn: 'Start',
			periodType: 'school_year',
			levels: ['MN', 'TH']
		})
		.returning();
	await h.db.insert(table.periods).values({
		schoolYearId: year.id,
		formId: form.id,
		key: 'DAU_NAM',
		labelVi: 'Đầu năm',
		labelEn: 'Start',
		startDate: '2024-09-01',
		endDate: '2024-09-30',
		schoolDeadline: '2024-09-25',
		districtDeadline: '2024-10-05',
		sortOrder: 0
	});
});

afterAll(async () => h?.close());

async function ids() {
	const units = new Map((await h.db.select().from(table.units)).map((u) => [u.code, u.id]));
	const elements = new Map((await h.db.select().from(table.dataElements)).map((d) => [d.code, d.id]));
	const [period] = await h.db.select().from(table.periods);
	return { units, elements, period };
}

async function submission(unitCode: string) {
	const { units, period } = await ids();
	const [row] = await h.db
		.insert(table.submissions)
		.values({ unitId: units.get(unitCode)!, periodId: period.id })
		.onConflictDoUpdate({
			target: [table.submissions.unitId, table.submissions.periodId],
			set: { version: 0 }
		})
		.returning();
	return row.id;
}

describe('migrations', () => {
	it('are all applied and recorded', async () => {
		expect(await countMigrations(h.db)).toBeGreaterThanOrEqual(2);
		const tables = await selectRows<{ n: number }>(
			h.db,
			sql`select count(*)::int as n from information_schema.tables where table_name in ('units','figures','targets','audit_log','sessions')`
		);
		expect(tables[0].n).toBe(5);
	});
});

describe('constraints', () => {
	it('rejects a second unit with the same school code', async () => {
		await expectDbError(
			h.db.insert(table.units).values({ code: 'S1', name: 'dup', type: 'district', path: '/x/', depth: 1 }),
			/units_code_uq|duplicate key/
		);
	});

	it('requires level and ownership on schools only', async () => {
		await expectDbError(
			h.db
				.insert(table.units)
				.values({ code: 'SX', name: 'no level', type: 'school', path: '/y/', depth: 2 }),
			/units_school_fields/
		);
	});

	it('refuses a figure whose data element does not apply to the school level', async () => {
		const { elements } = await ids();
		const sub = await submission('S2'); // a preschool
		await expectDbError(
			h.db
				.insert(table.figures)
				.values({ submissionId: sub, dataElementId: elements.get('TH_TS_HS')!, value: 10 }),
			/does not apply/
		);
		await h.db
			.insert(table.figures)
			.values({ submissionId: sub, dataElementId: elements.get('MN_TS_TRE')!, value: 10 });
		const rows = await h.db.select().from(table.figures).where(eq(table.figures.submissionId, sub));
		expect(rows.map((r) => r.value)).toEqual([10]);
	});

	it('lets a combined TH&THCS school report both levels, and a commune its own figures only', async () => {
		const { elements } = await ids();
		const sub = await submission('S3');
		await h.db.insert(table.figures).values([
			{ submissionId: sub, dataElementId: elements.get('TH_TS_HS')!, value: 300 },
			{ submissionId: sub, dataElementId: elements.get('THCS_TS_HS')!, value: 200 }
		]);
		await expectDbError(
			h.db
				.insert(table.figures)
				.values({ submissionId: sub, dataElementId: elements.get('XMC_MUC')!, value: 2 }),
			/does not apply/
		);
		const commune = await submission('C1');
		await h.db
			.insert(table.figures)
			.values({ submissionId: commune, dataElementId: elements.get('XMC_MUC')!, value: 2 });
		await expectDbError(
			h.db
				.insert(table.figures)
				.values({ submissionId: commune, dataElementId: elements.get('TH_TS_HS')!, value: 1 }),
			/does not apply/
		);
	});

	it('never moves a figure to another submission or data element', async () => {
		const { elements } = await ids();
		const sub = await submission('S1');
		await h.db
			.insert(table.figures)
			.values({ submissionId: sub, dataElementId: elements.get('TH_TS_HS')!, value: 5 });
		await expectDbError(
			h.db
				.update(table.figures)
				.set({ dataElementId: elements.get('MN_TS_TRE')! })
				.where(eq(table.figures.submissionId, sub)),
			/keeps its submission and data element/
		);
		await h.db.update(table.figures).set({ value: 6 }).where(eq(table.figures.submissionId, sub));
		const rows = await h.db.select().from(table.figures).where(eq(table.figures.submissionId, sub));
		expect(rows.map((r) => [r.dataElementId, r.value])).toEqual([[elements.get('TH_TS_HS')!, 6]]);
	});

	it('refuses a figure whose submission or data element does not exist', async () => {
		const { elements } = await ids();
		const sub = await submission('S1');
		await expectDbError(
			h.db
				.insert(table.figures)
				.values({ submissionId: 999_999, dataElementId: elements.get('TH_TS_HS')!, value: 1 }),
			/submission 999999, which does not exist/
		);
		await expectDbError(
			h.db.insert(table.figures).values({ submissionId: sub, dataElementId: 999_999, value: 1 }),
			/data element 999999, which does not exist/
		);
		await expectDbError(
			h.db.update(table.submissions).set({ id: 999_998 }).where(eq(table.submissions.id, sub)),
			/submissions.id is referred to by figures and cannot change/
		);
	});

	it('keeps a data element that has figures', async () => {
		const { elements } = await ids();
		const sub = await submission('S1');
		await h.db
			.insert(table.figures)
			.values({ submissionId: sub, dataElementId: elements.get('TH_TS_HS')!, value: 5 })
			.onConflictDoNothing();
		await expectDbError(
			h.db.delete(table.dataElements).where(eq(table.dataElements.code, 'TH_TS_HS')),
			/data element TH_TS_HS still has figures/
		);
		const [unused] = await h.db
			.insert(table.dataElements)
			.values({
				code: 'TH_UNUSED',
				nameVi: 'Chưa dùng',
				nameEn: 'Unused',
				valueType: 'count',
				levels: ['TH'],
				forms: ['DAU_NAM']
			})
			.returning();
		await h.db.delete(table.dataElements).where(eq(table.dataElements.id, unused.id));
	});

	it('refuses a submission or event that refers to nothing, and follows deletions like a foreign key', async () => {
		const { units, period, elements } = await ids();
		await expectDbError(
			h.db.insert(table.submissions).values({ unitId: 999_999, periodId: period.id }),
			/submissions_unit_id_units_id_fk/
		);
		await expectDbError(
			h.db.insert(table.submissions).values({ unitId: units.get('S1')!, periodId: 999_999 }),
			/submissions_period_id_periods_id_fk/
		);
		const sub = await submission('S1');
		await expectDbError(
			h.db.update(table.submissions).set({ submittedBy: 'nobody' }).where(eq(table.submissions.id, sub)),
			/submissions_submitted_by_users_id_fk/
		);
		await expectDbError(
			h.db.insert(table.submissionEvents).values({ submissionId: 999_999, toStatus: 'submitted' }),
			/submission_events_submission_id_submissions_id_fk/
		);

		// A user who goes leaves the submissions, unsigned.
		await h.db
			.insert(table.users)
			.values({ id: 'u-gone', username: 'gone', displayName: 'Gone', passwordHash: 'x' });
		await h.db
			.update(table.submissions)
			.set({ submittedBy: 'u-gone', decidedBy: 'u-gone' })
			.where(eq(table.submissions.id, sub));
		await h.db.delete(table.users).where(eq(table.users.id, 'u-gone'));
		const [kept] = await h.db.select().from(table.submissions).where(eq(table.submissions.id, sub));
		expect([kept.submittedBy, kept.decidedBy]).toEqual([null, null]);

		// A unit that goes takes its submissions, their figures and events along.
		const [unit] = await h.db
			.insert(table.units)
			.values({
				code: 'S9',
				name: 'Tạm',
				type: 'school',
				parentId: units.get('D1')!,
				path: '/tmp9/',
				depth: 2,
				schoolLevel: 'TH',
				ownership: 'public'
			})
			.returning();
		const [own] = await h.db
			.insert(table.submissions)
			.values({ unitId: unit.id, periodId: period.id })
			.returning();
		await h.db
			.insert(table.figures)
			.values({ submissionId: own.id, dataElementId: elements.get('TH_TS_HS')!, value: 1 });
		await h.db.insert(table.submissionEvents).values({ submissionId: own.id, toStatus: 'submitted' });
		await h.db.delete(table.units).where(eq(table.units.id, unit.id));
		const left = await selectRows<{ n: number }>(
			h.db,
			sql`select (select count(*) from submissions where id = ${own.id})
			         + (select count(*) from figures where submission_id = ${own.id})
			         + (select count(*) from submission_events where submission_id = ${own.id}) as n`
		);
		expect(Number(left[0].n)).toBe(0);
	});

	it('refuses TRUNCATE of data elements that have figures, and of units unless their submissions go too', async () => {
		const { elements } = await ids();
		const sub = await submission('S1');
		await h.db
			.insert(table.figures)
			.values({ submissionId: sub, dataElementId: elements.get('TH_TS_HS')!, value: 5 })
			.onConflictDoNothing();
		await expectDbError(h.db.execute(sql`truncate data_elements cascade`), /truncate figures first/);
		await expectDbError(h.db.execute(sql`truncate units`), /foreign key/);
		const rollback = new Error('rollback');
		const left = h.db.transaction(async (tx) => {
			await tx.execute(sql`truncate units cascade`);
			const [n] = await selectRows<{ subs: number; figs: number; events: number }>(
				tx,
				sql`select (select count(*) from submissions)::int as subs, (select count(*) from figures)::int as figs,
				           (select count(*) from submission_events)::int as events`
			);
			expect(n).toEqual({ subs: 0, figs: 0, events: 0 });
			throw rollback;
		});
		await expect(left).rejects.toBe(rollback);
		expect((await h.db.select().from(table.submissions)).length).toBeGreaterThan(0);
	});

	it('refuses a unit type, school level or data element scope or level the triggers do not know', async () => {
		const unit = { code: 'X1', name: 'X', path: '/x1/', depth: 1 };
		await expectDbError(
			h.db.insert(table.units).values({ ...unit, type: 'ward' as 'commune' }),
			/units_type_ck/
		);
		await expectDbError(
			h.db
				.insert(table.units)
				.values({ ...unit, type: 'school', schoolLevel: 'TH_THPT' as 'TH', ownership: 'public' }),
			/units_school_level_ck/
		);
		const element = {
			code: 'X_Y',
			nameVi: 'x',
			nameEn: 'x',
			valueType: 'count' as const,
			forms: ['DAU_NAM']
		};
		await expectDbError(
			h.db.insert(table.dataElements).values({ ...element, levels: ['TH', 'ĐH'] }),
			/data_elements_levels_ck/
		);
		await expectDbError(
			h.db.insert(table.dataElements).values({ ...element, levels: [], unitScope: 'district' as 'commune' }),
			/data_elements_unit_scope_ck/
		);
	});

	// Only PostgreSQL has a second connection to race with.
	it.skipIf(!process.env.TEST_DATABASE_URL)(
		'lets no figure outlive its submission when a deletion races an insert',
		async () => {
			const { elements } = await ids();
			const sub = await submission('S1');
			await h.db.delete(table.figures).where(eq(table.figures.submissionId, sub));
			let inserted!: () => void;
			let release!: () => void;
			const ready = new Promise<void>((r) => (inserted = r));
			const gate = new Promise<void>((r) => (release = r));
			const adding = h.db.transaction(async (tx) => {
				await tx
					.insert(table.figures)
					.values({ submissionId: sub, dataElementId: elements.get('TH_TS_HS')!, value: 7 });
				inserted();
				await gate;
			});
			await ready;
			const deleting = h.db.delete(table.submissions).where(eq(table.submissions.id, sub));
			const early = await Promise.race([
				deleting.then(() => 'deleted'),
				new Promise((r) => setTimeout(() => r('waiting'), 300))
			]);
			expect(early).toBe('waiting');
			release();
			await adding;
			await deleting;
			const left = await h.db.select().from(table.figures).where(eq(table.figures.submissionId, sub));
			expect(left).toEqual([]);
		}
	);

	it('refuses a target without its values, and a range upside down', async () => {
		const { units } = await ids();
		const [year] = await h.db.select().from(table.schoolYears);
		const [plan] = await h.db
			.insert(table.plans)
			.values({ unitId: units.get('D1')!, schoolYearId: year.id, titleVi: 'KH', titleEn: 'Plan' })
			.returning();
		const [indicator] = await h.db
			.insert(table.indicators)
			.values({
				code: 'TH_TL_X',
				nameVi: 'x',
				nameEn: 'x',
				groupKey: 'quality',
				levels: ['TH'],
				formula: { kind: 'sum', of: ['TH_TS_HS'] },
				direction: 'band',
				unit: 'percent'
			})
			.returning();
		const base = { planId: plan.id, indicatorId: indicator.id };
		await expectDbError(
			h.db.insert(table.targets).values({ ...base, comparator: 'range', min: 5 }),
			/targets_values/
		);
		await expectDbError(
			h.db.insert(table.targets).values({ ...base, comparator: 'range', min: 60, max: 55 }),
			/targets_values/
		);
		await expectDbError(
			h.db.insert(table.targets).values({ ...base, comparator: 'gte', value: 5, scopeKind: 'school' }),
			/targets_scope/
		);
		const ok = await h.db
			.insert(table.targets)
			.values({ ...base, comparator: 'range', min: 55, max: 60 })
			.returning();
		expect(ok).toHaveLength(1);
	});
});

describe('unit tree', () => {
	it('finds everything under a unit by its materialized path', async () => {
		const [d1] = await h.db.select().from(table.units).where(eq(table.units.code, 'D1'));
		const under = await listUnits(h.db, { scope: { all: true, paths: [] }, underPath: d1.path });
		expect(under.map((u) => u.code).sort()).toEqual(['C1', 'D1', 'S1', 'S2']);
		const scoped = await listUnits(h.db, { scope: { all: false, paths: [d1.path] } });
		expect(scoped.map((u) => u.code)).not.toContain('S3');
		expect(scoped.find((u) => u.code === 'S1')?.parentCode).toBe('D1');
	});

	it('moves a subtree with its descendants', async () => {
		await updateUnitParent(h.db, 'C1', 'D2');
		const [d2] = await h.db.select().from(table.units).where(eq(table.units.code, 'D2'));
		const under = await listUnits(h.db, { scope: { all: true, paths: [] }, underPath: d2.path });
		expect(under.map((u) => u.code).sort()).toEqual(['C1', 'D2', 'S3']);
		const [c1] = await h.db.select().from(table.units).where(eq(table.units.code, 'C1'));
		expect(c1.depth).toBe(2);
	});
});
