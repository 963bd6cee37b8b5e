// Creating, changing and removing school years and their periods; every change audited in its own
// transaction. Keys and codes never change once made: uploaded files and links name them.
import { and, eq, sql } from 'drizzle-orm';
import { queryRows, type Db } from '../db';
import * as col from '../db/rows';
import * as table from '../db/schema';
import { recordAudit } from '../auth/audit';
import type { NewYearInput, PeriodFields } from '$lib/schemas/school-years';
import { MONTH_KEY, PERIOD_KEY } from '$lib/schemas/school-years';
import { findForm, findYear } from './queries';
import type { YearDates } from './shift-dates';
import { buildMonthPeriods } from './year-months';

export type StoreResult<R extends string> = { ok: true } | { ok: false; reason: R };

type Dates = Omit<YearDates, 'code'>;

function yearValues(d: Dates) {
	return {
		startDate: d.startDate,
		endDate: d.endDate,
		hk1Start: d.hk1Start,
		hk1End: d.hk1End,
		hk2Start: d.hk2Start,
		hk2End: d.hk2End
	};
}

export async function createYear(
	db: Db,
	actorId: string,
	input: NewYearInput
): Promise<StoreResult<'exists'>> {
	return db.transaction(async (tx) => {
		if (await findYear(tx, input.code)) return { ok: false, reason: 'exists' };
		await tx.insert(table.schoolYears).values({ code: input.code, ...yearValues(input) });
		await recordAudit(tx, { actorId, action: 'school_year.create', subject: input.code, after: input });
		return { ok: true };
	});
}

export async function updateYear(
	db: Db,
	actorId: string,
	code: string,
	dates: Dates
): Promise<StoreResult<'not_found'>> {
	return db.transaction(async (tx) => {
		const before = await findYear(tx, code);
		if (!before) return { ok: false, reason: 'not_found' };
		await tx.update(table.schoolYears).set(yearValues(dates)).where(eq(table.schoolYears.id, before.id));
		const { id: _id, ...old } = before;
		await recordAudit(tx, {
			actorId,
			action: 'school_year.update',
			subject: code,
			before: old,
			after: dates
		});
		return { ok: true };
	});
}

async function countOf(db: Db, query: ReturnType<typeof sql>): Promise<number> {
	const [n] = await queryRows(db, query, (r) => col.int(r.n));
	return n;
}

/**
 * Refused while anything was reported for it or a plan was made for it (both would go with it), or an
 * indicator's formula changes from it.
 */
export async function deleteYear(
	db: Db,
	actorId: string,
	code: string
): Promise<StoreResult<'not_found' | 'has_submissions' | 'has_plans' | 'has_formulas'>> {
	return db.transaction(async (tx) => {
		const year = await findYear(tx, code);
		if (!year) return { ok: false, reason: 'not_found' };
		const submissions = await countOf(
			tx,
			sql`select count(*)::int as n from submissions s join periods p on p.id = s.period_id where p.school_year_id = ${year.id}`
		);
		if (submissions > 0) return { ok: false, reason: 'has_submissions' };
		const plans = await countOf(
			tx,
			sql`select count(*)::int as n from plans where school_year_id = ${year.id}`
		);
		if (plans > 0) return { ok: false, reason: 'has_plans' };
		// An indicator's formula changes from this year on: deleting it would move that change.
		const formulas = await countOf(
			tx,
			sql`select count(*)::int as n from indicator_formulas where from_school_year_id = ${year.id}`
		);
		if (formulas > 0) return { ok: false, reason: 'has_formulas' };
		await tx.delete(table.schoolYears).where(eq(table.schoolYears.id, year.id));
		const { id: _id, ...old } = year;
		await recordAudit(tx, { actorId, action: 'school_year.delete', subject: code, before: old });
		return { ok: true };
	});
}

export type AddPeriodInput = PeriodFields & { form: string; key: string };

/** A monthly form's periods are months ('2025-09'); another form's are names ('HK1'). */
export function keyFitsForm(key: string, periodType: 'school_year' | 'monthly'): boolean {
	return periodType === 'monthly' ? MONTH_KEY.test(key) : PERIOD_KEY.test(key);
}

export async function addPeriod(
	db: Db,
	actorId: string,
	yearCode: string,
	input: AddPeriodInput
): Promise<StoreResult<'not_found' | 'unknown_form' | 'key_form' | 'exists'>> {
	return db.transaction(async (tx) => {
		const year = await findYear(tx, yearCode);
		if (!year) return { ok: false, reason: 'not_found' };
		const form = await findForm(tx, input.form);
		if (!form) return { ok: false, reason: 'unknown_form' };
		if (!keyFitsForm(input.key, form.periodType)) return { ok: false, reason: 'key_form' };
		const [existing] = await tx
			.select({ id: table.periods.id })
			.from(table.periods)
			.where(and(eq(table.periods.schoolYearId, year.id), eq(table.periods.key, input.key)));
		if (existing) return { ok: false, reason: 'exists' };
		const { form: _form, ...fields } = input;
		await tx.insert(table.periods).values({ schoolYearId: year.id, formId: form.id, ...fields });
		await recordAudit(tx, {
			actorId,
			action: 'period.create',
			subject: `${yearCode}/${input.key}`,
			after: input
		});
		return { ok: true };
	});
}

async function findPeriodRow(db: Db, yearCode: string, key: string) {
	const [row] = await db
		.select({ period: table.periods })
		.from(table.periods)
		.innerJoin(table.schoolYears, eq(table.schoolYears.id, table.periods.schoolYearId))
		.where(and(eq(table.schoolYears.code, yearCode), eq(table.periods.key, key)));
	return row?.period ?? null;
}

export async function updatePeriod(
	db: Db,
	actorId: string,
	yearCode: string,
	key: string,
	fields: PeriodFields
): Promise<StoreResult<'not_found'>> {
	return db.transaction(async (tx) => {
		const before = await findPeriodRow(tx, yearCode, key);
		if (!before) return { ok: false, reason: 'not_found' };
		await tx.update(table.periods).set(fields).where(eq(table.periods.id, before.id));
		const subject = `${yearCode}/${key}`;
		await recordAudit(tx, { actorId, action: 'period.update', subject, before, after: fields });
		return { ok: true };
	});
}

export async function deletePeriod(
	db: Db,
	actorId: string,
	yearCode: string,
	key: string
): Promise<StoreResult<'not_found' | 'has_submissions'>> {
	return db.transaction(async (tx) => {
		const period = await findPeriodRow(tx, yearCode, key);
		if (!period) return { ok: false, reason: 'not_found' };
		const n = await countOf(
			tx,
			sql`select count(*)::int as n from submissions where period_id = ${period.id}`
		);
		if (n > 0) return { ok: false, reason: 'has_submissions' };
		await tx.delete(table.periods).where(eq(table.periods.id, period.id));
		await recordAudit(tx, {
			actorId,
			action: 'period.delete',
			subject: `${yearCode}/${key}`,
			before: period
		});
		return { ok: true };
	});
}

/** Adds the year's missing months to a monthly form; months it already has stay as they are. */
export async function addMonths(
	db: Db,
	actorId: string,
	yearCode: string,
	input: { form: string; schoolDay: number; districtDay: number }
): Promise<
	{ ok: true; added: number } | { ok: false; reason: 'not_found' | 'unknown_form' | 'not_monthly' }
> {
	return db.transaction(async (tx) => {
		const year = await findYear(tx, yearCode);
		if (!year) return { ok: false, reason: 'not_found' };
		const form = await findForm(tx, input.form);
		if (!form) return { ok: false, reason: 'unknown_form' };
		if (form.periodType !== 'monthly') return { ok: false, reason: 'not_monthly' };
		const existing = await tx
			.select({ key: table.periods.key, sortOrder: table.periods.sortOrder })
			.from(table.periods)
			.where(eq(table.periods.schoolYearId, year.id));
		const taken = new Set(existing.map((p) => p.key));
		const next = Math.max(-1, ...existing.map((p) => p.sortOrder)) + 1;
		const months = buildMonthPeriods(
			form.code,
			year,
			{ school: input.schoolDay, district: input.districtDay },
			next
		).filter((p) => !taken.has(p.key));
		if (months.length > 0)
			await tx
				.insert(table.periods)
				.values(months.map(({ formCode: _f, ...p }) => ({ schoolYearId: year.id, formId: form.id, ...p })));
		await recordAudit(tx, {
			actorId,
			action: 'period.create_months',
			subject: yearCode,
			after: { ...input, keys: months.map((m) => m.key) }
		});
		return { ok: true, added: months.length };
	});
}
