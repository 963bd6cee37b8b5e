import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { desc, eq } from 'drizzle-orm';
import * as table from '../../src/lib/server/db/schema';
import type { DbHandle } from '../../src/lib/server/db/client';
import { listPeriods, listYears } from '../../src/lib/server/calendar/queries';
import { proposeCopy, saveCopy } from '../../src/lib/server/school-years/copy-year';
import { findYear, listYearPeriods, listYearSummaries } from '../../src/lib/server/school-years/queries';
import { createForm, updateForm } from '../../src/lib/server/school-years/store-forms';
import {
	addMonths,
	addPeriod,
	createYear,
	deletePeriod,
	deleteYear,
	updatePeriod,
	updateYear
} from '../../src/lib/server/school-years/store-years';
import { newYearSchema, periodFieldsSchema } from '../../src/lib/schemas/school-years';
import { createTestDb } from '../helpers/db';

const ACTOR = 'u-admin';
const YEAR = {
	code: '2025-2026',
	startDate: '2025-09-05',
	hk1Start: '2025-09-06',
	hk1End: '2026-01-15',
	hk2Start: '2026-01-16',
	hk2End: '2026-05-25',
	endDate: '2026-05-31'
};

async function lastAudit(h: DbHandle, subject: string) {
	const [row] = await h.db
		.select()
		.from(table.auditLog)
		.where(eq(table.auditLog.subject, subject))
		.orderBy(desc(table.auditLog.id))
		.limit(1);
	return row;
}

describe('a province from zero: no demo', () => {
	let h: DbHandle;
	beforeAll(async () => {
		h = await createTestDb();
	});
	afterAll(async () => h?.close());

	it('starts with no school year, form or period', async () => {
		expect(await listYears(h.db)).toEqual([]);
		expect(await h.db.select().from(table.reportForms)).toEqual([]);
	});

	it('creates forms, a year, its periods and its months; the calendar lists them', async () => {
		const dauNam = {
			code: 'DAU_NAM',
			nameVi: 'Đầu năm',
			nameEn: 'Start of year',
			periodType: 'school_year' as const
		};
		expect(await createForm(h.db, ACTOR, { ...dauNam, levels: ['TH'] })).toEqual({ ok: true });
		expect(await createForm(h.db, ACTOR, { ...dauNam, levels: ['TH'] })).toEqual({
			ok: false,
			reason: 'exists'
		});
		expect(await updateForm(h.db, ACTOR, 'DAU_NAM', { ...dauNam, levels: ['MN', 'TH'] })).toEqual({
			ok: true
		});
		await createForm(h.db, ACTOR, {
			code: 'THANG',
			nameVi: 'Báo cáo tháng',
			nameEn: 'Monthly report',
			periodType: 'monthly',
			levels: ['MN', 'TH']
		});
		expect(await createYear(h.db, ACTOR, newYearSchema.parse(YEAR))).toEqual({ ok: true });
		expect(await createYear(h.db, ACTOR, newYearSchema.parse(YEAR))).toEqual({ ok: false, reason: 'exists' });
		expect((await lastAudit(h, '2025-2026'))?.action).toBe('school_year.create');

		const fields = periodFieldsSchema.parse({
			labelVi: 'Thống kê đầu năm học 2025-2026',
			labelEn: 'Start of school year 2025-2026',
			startDate: '2025-09-05',
			endDate: '2025-09-25',
			schoolDeadline: '2025-09-25',
			districtDeadline: '2025-10-05',
			sortOrder: '0'
		});
		expect(await addPeriod(h.db, ACTOR, '2025-2026', { form: 'DAU_NAM', key: 'DAU_NAM', ...fields })).toEqual(
			{
				ok: true
			}
		);
		expect(await addPeriod(h.db, ACTOR, '2025-2026', { form: 'DAU_NAM', key: 'DAU_NAM', ...fields })).toEqual(
			{
				ok: false,
				reason: 'exists'
			}
		);
		expect(await addPeriod(h.db, ACTOR, '2025-2026', { form: 'THANG', key: 'HK1', ...fields })).toEqual({
			ok: false,
			reason: 'key_form'
		});
		await addPeriod(h.db, ACTOR, '2025-2026', {
			form: 'DAU_NAM',
			key: 'HK1',
			...fields,
			labelVi: 'Học kỳ I',
			labelEn: 'Semester I',
			endDate: '2025-12-05',
			schoolDeadline: '2025-12-05',
			districtDeadline: '2025-12-15'
		});
		expect(
			await addMonths(h.db, ACTOR, '2025-2026', { form: 'THANG', schoolDay: 5, districtDay: 10 })
		).toEqual({
			ok: true,
			added: 9
		});
		expect(
			await addMonths(h.db, ACTOR, '2025-2026', { form: 'THANG', schoolDay: 5, districtDay: 10 })
		).toEqual({
			ok: true,
			added: 0
		});
		expect(
			await addMonths(h.db, ACTOR, '2025-2026', { form: 'DAU_NAM', schoolDay: 5, districtDay: 10 })
		).toEqual({
			ok: false,
			reason: 'not_monthly'
		});

		const calendar = await listPeriods(h.db, '2025-2026');
		expect(calendar.map((p) => p.key)).toEqual([
			'DAU_NAM',
			'2025-09',
			'2025-10',
			'HK1', // due on 05/12 with November, and listed first (sort order 0)
			'2025-11',
			'2025-12',
			'2026-01',
			'2026-02',
			'2026-03',
			'2026-04',
			'2026-05'
		]);
		expect(calendar.find((p) => p.key === '2026-02')).toMatchObject({
			startDate: '2026-02-01',
			endDate: '2026-02-28',
			schoolDeadline: '2026-03-05',
			districtDeadline: '2026-03-10',
			form: { code: 'THANG' }
		});
		expect(await listYearSummaries(h.db)).toMatchObject([{ code: '2025-2026', periods: 11, submissions: 0 }]);
	});

	it('changes a year’s dates and a period’s deadlines, audited', async () => {
		expect(await updateYear(h.db, ACTOR, '2025-2026', { ...YEAR, endDate: '2026-05-30' })).toEqual({
			ok: true
		});
		expect((await findYear(h.db, '2025-2026'))?.endDate).toBe('2026-05-30');
		const hk1 = (await listPeriods(h.db, '2025-2026')).find((p) => p.key === 'HK1')!;
		const fields = {
			labelVi: hk1.labelVi,
			labelEn: hk1.labelEn,
			startDate: hk1.startDate,
			endDate: hk1.endDate,
			schoolDeadline: '2025-12-08',
			districtDeadline: '2025-12-16',
			sortOrder: 1
		};
		expect(await updatePeriod(h.db, ACTOR, '2025-2026', 'HK1', fields)).toEqual({ ok: true });
		expect(await updatePeriod(h.db, ACTOR, '2025-2026', 'NOPE', fields)).toEqual({
			ok: false,
			reason: 'not_found'
		});
		const audit = await lastAudit(h, '2025-2026/HK1');
		expect(audit).toMatchObject({ action: 'period.update', actorId: ACTOR });
		expect(audit?.after).toMatchObject({ schoolDeadline: '2025-12-08' });
	});

	it('copies the year into the next, moving weekend deadlines to Monday, in one go', async () => {
		const proposed = await proposeCopy(h.db, '2025-2026', '2026-2027');
		if (!proposed.ok) throw new Error(proposed.reason);
		const { plan } = proposed;
		expect(plan.year).toMatchObject({ code: '2026-2027', startDate: '2026-09-05', endDate: '2027-05-30' });
		const hk1 = plan.rows.find((r) => r.before.key === 'HK1')!.after;
		// 08/12/2026 is a Tuesday; 16/12/2026 a Wednesday.
		expect(hk1).toMatchObject({ schoolDeadline: '2026-12-08', districtDeadline: '2026-12-16' });
		const dau = plan.rows.find((r) => r.before.key === 'DAU_NAM')!.after;
		// 25/09/2026 is a Friday, 05/10/2026 a Monday; the label names the new year.
		expect(dau).toMatchObject({
			schoolDeadline: '2026-09-25',
			districtDeadline: '2026-10-05',
			labelVi: 'Thống kê đầu năm học 2026-2027'
		});
		// 05/12/2026 (November's deadline) is a Saturday → 07/12; 10/12 a Thursday.
		expect(plan.rows.find((r) => r.before.key === '2025-11')!.after).toMatchObject({
			key: '2026-11',
			labelVi: 'Tháng 11/2026',
			schoolDeadline: '2026-12-07',
			districtDeadline: '2026-12-10'
		});
		expect(
			await saveCopy(h.db, ACTOR, {
				source: '2025-2026',
				year: plan.year,
				periods: plan.rows.map((r) => r.after)
			})
		).toEqual({
			ok: true
		});
		expect((await listPeriods(h.db, '2026-2027')).length).toBe(11);
		expect((await lastAudit(h, '2026-2027'))?.action).toBe('school_year.copy');
		expect(await proposeCopy(h.db, '2025-2026', '2026-2027')).toEqual({ ok: false, reason: 'exists' });
	});

	it('saves nothing when one period of the copy is wrong', async () => {
		const proposed = await proposeCopy(h.db, '2026-2027', '2027-2028');
		if (!proposed.ok) throw new Error(proposed.reason);
		const periods = proposed.plan.rows.map((r) => r.after);
		periods[1] = { ...periods[1], formCode: 'NO_SUCH_FORM' };
		const result = await saveCopy(h.db, ACTOR, { source: '2026-2027', year: proposed.plan.year, periods });
		expect(result).toEqual({ ok: false, reason: 'unknown_form' });
		expect(await findYear(h.db, '2027-2028')).toBeNull();
	});

	it('deletes a period and a year that nothing was reported for', async () => {
		expect(await deletePeriod(h.db, ACTOR, '2026-2027', 'HK1')).toEqual({ ok: true });
		expect(await deleteYear(h.db, ACTOR, '2026-2027')).toEqual({ ok: true });
		expect(await findYear(h.db, '2026-2027')).toBeNull();
		expect((await lastAudit(h, '2026-2027'))?.action).toBe('school_year.delete');
	});
});

describe('the demo province: copying 2025-2026 and refusals', () => {
	let h: DbHandle;
	beforeAll(async () => {
		h = await createTestDb({ demo: true });
	});
	afterAll(async () => h?.close());

	it('copies 2025-2026 two years on with weekend deadlines on Monday and months kept', async () => {
		expect(await proposeCopy(h.db, '2025-2026', '2026-2027')).toEqual({ ok: false, reason: 'exists' });
		const proposed = await proposeCopy(h.db, '2025-2026', '2027-2028');
		if (!proposed.ok) throw new Error(proposed.reason);
		const after = Object.fromEntries(proposed.plan.rows.map((r) => [r.before.key, r.after]));
		// 25/09/2027 is a Saturday → Monday 27/09; 05/10/2027 a Tuesday.
		expect(after['DAU_NAM']).toMatchObject({ schoolDeadline: '2027-09-27', districtDeadline: '2027-10-05' });
		// 05/12/2027 is a Sunday → Monday 06/12; 15/12/2027 a Wednesday.
		expect(after['HK1']).toMatchObject({ schoolDeadline: '2027-12-06', districtDeadline: '2027-12-15' });
		expect(after['CUOI_NAM']).toMatchObject({ schoolDeadline: '2028-05-10', districtDeadline: '2028-05-15' });
		expect(after['2026-02']).toMatchObject({
			key: '2028-02',
			startDate: '2028-02-01',
			endDate: '2028-02-29'
		});
		const { plan } = proposed;
		expect(
			await saveCopy(h.db, ACTOR, {
				source: '2025-2026',
				year: plan.year,
				periods: plan.rows.map((r) => r.after)
			})
		).toEqual({
			ok: true
		});
		const source = (await listPeriods(h.db, '2025-2026')).length;
		expect((await listPeriods(h.db, '2027-2028')).length).toBe(source);
	});

	it('refuses to delete a period or a year with submissions', async () => {
		expect(await deletePeriod(h.db, ACTOR, '2025-2026', 'CUOI_NAM')).toEqual({
			ok: false,
			reason: 'has_submissions'
		});
		expect(await deleteYear(h.db, ACTOR, '2025-2026')).toEqual({ ok: false, reason: 'has_submissions' });
		expect(await findYear(h.db, '2025-2026')).not.toBeNull();
		const year = (await findYear(h.db, '2025-2026'))!;
		expect(
			(await listYearPeriods(h.db, year.id)).find((p) => p.key === 'CUOI_NAM')?.submissions
		).toBeGreaterThan(0);
	});

	it('refuses a form’s period type change while it has periods', async () => {
		expect(
			await updateForm(h.db, ACTOR, 'THANG', {
				nameVi: 'Báo cáo tháng',
				nameEn: 'Monthly report',
				periodType: 'school_year',
				levels: ['MN']
			})
		).toEqual({ ok: false, reason: 'type_in_use' });
	});

	it('refuses badly ordered dates and codes field by field', () => {
		const bad = newYearSchema.safeParse({ ...YEAR, code: '2025-2027', hk2Start: '2026-01-15' });
		expect(bad.success).toBe(false);
		const fields = Object.fromEntries(bad.error!.issues.map((i) => [String(i.path[0]), i.message]));
		expect(fields).toMatchObject({ code: 'schoolYears.error.code' });
		const order = newYearSchema.safeParse({ ...YEAR, hk2Start: '2026-01-15' });
		expect(order.error?.issues.map((i) => [i.path[0], i.message])).toEqual([
			['hk2Start', 'schoolYears.error.yearOrder']
		]);
		const period = periodFieldsSchema.safeParse({
			labelVi: 'x',
			labelEn: 'x',
			startDate: '2025-09-05',
			endDate: '2025-09-25',
			schoolDeadline: '2025-09-25',
			districtDeadline: '2025-09-24',
			sortOrder: '1'
		});
		expect(period.error?.issues.map((i) => [i.path[0], i.message])).toEqual([
			['districtDeadline', 'schoolYears.error.deadlineOrder']
		]);
	});
});
