// Indicators a person adds or edits. Every code a formula reads must be an element of the
// catalogue. An indicator's past evaluations are not kept apart from its formula, so a formula
// change is refused once a plan of a school year that has begun has a target on it: rewriting
// that formula would silently rewrite what those plans achieved.
import { eq, sql } from 'drizzle-orm';
import type { Db } from '../db';
import { queryRows } from '../db';
import * as table from '../db/schema';
import { recordAudit } from '../auth/audit';
import { formulaCodes, type IndicatorInput } from '$lib/schemas/catalogue';
import type { StoreResult } from './store-elements';
import { findUnknownCodes } from './store-rules';
import { todayVn } from '../calendar/dates';

type IndicatorRefusal = 'not_found' | 'exists' | 'unknown_codes' | 'formula_in_use';

async function findIndicator(db: Db, code: string) {
	const [row] = await db.select().from(table.indicators).where(eq(table.indicators.code, code));
	return row ?? null;
}

/** School years (codes) that have begun and whose plans hold a target on the indicator. */
export async function findEvaluatedYears(db: Db, indicatorId: number): Promise<string[]> {
	const rows = await queryRows<{ code: string }>(
		db,
		sql`select distinct y.code from targets t join plans p on p.id = t.plan_id
			join school_years y on y.id = p.school_year_id
			where t.indicator_id = ${indicatorId} and y.start_date <= ${todayVn()}::date order by y.code`
	);
	return rows.map((r) => r.code);
}

/** jsonb gives keys back in its own order. */
const canonical = (f: object) => JSON.stringify(Object.entries(f).sort(([a], [b]) => a.localeCompare(b)));

const columns = (input: IndicatorInput) => ({
	code: input.code,
	nameVi: input.nameVi,
	nameEn: input.nameEn,
	groupKey: input.group,
	levels: input.levels,
	formula: input.formula,
	direction: input.direction,
	unit: input.unit
});

export async function createIndicator(
	db: Db,
	actorId: string,
	input: IndicatorInput
): Promise<StoreResult<IndicatorRefusal> & { codes?: string[] }> {
	return db.transaction(async (tx) => {
		if (await findIndicator(tx, input.code)) return { ok: false, reason: 'exists' };
		const unknown = await findUnknownCodes(tx, formulaCodes(input.formula));
		if (unknown.length) return { ok: false, reason: 'unknown_codes', codes: unknown };
		const [{ next }] = await queryRows<{ next: number }>(
			tx,
			sql`select coalesce(max(sort_order), -1) + 1 as next from indicators`
		);
		await tx.insert(table.indicators).values({ ...columns(input), sortOrder: Number(next) });
		await recordAudit(tx, { actorId, action: 'indicator.create', subject: input.code, after: input });
		return { ok: true };
	});
}

export async function updateIndicator(
	db: Db,
	actorId: string,
	code: string,
	input: IndicatorInput
): Promise<StoreResult<IndicatorRefusal> & { years?: string[]; codes?: string[] }> {
	return db.transaction(async (tx) => {
		const before = await findIndicator(tx, code);
		if (!before) return { ok: false, reason: 'not_found' };
		const unknown = await findUnknownCodes(tx, formulaCodes(input.formula));
		if (unknown.length) return { ok: false, reason: 'unknown_codes', codes: unknown };
		const formulaChanged = canonical(before.formula) !== canonical(input.formula);
		const years = formulaChanged || input.code !== code ? await findEvaluatedYears(tx, before.id) : [];
		if (input.code !== code) {
			if (await findIndicator(tx, input.code)) return { ok: false, reason: 'exists' };
			if (years.length) return { ok: false, reason: 'formula_in_use', years };
		}
		if (formulaChanged && years.length) return { ok: false, reason: 'formula_in_use', years };
		await tx.update(table.indicators).set(columns(input)).where(eq(table.indicators.id, before.id));
		await recordAudit(tx, { actorId, action: 'indicator.update', subject: code, before, after: input });
		return { ok: true };
	});
}
