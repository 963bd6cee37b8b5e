// Consistency rules a person adds or edits: every code must be an element of the catalogue, and
// the same comparison is stated once.
import { and, eq, inArray, ne, sql } from 'drizzle-orm';
import type { Db } from '../db';
import { pgArray } from '../db/arrays';
import * as table from '../db/schema';
import { recordAudit } from '../auth/audit';
import type { RuleInput } from '$lib/schemas/catalogue';

type RuleRefusal = 'not_found' | 'exists' | 'unknown_left' | 'unknown_right';

/** The codes of `codes` that are no data element. */
export async function findUnknownCodes(db: Db, codes: readonly string[]): Promise<string[]> {
	if (codes.length === 0) return [];
	const rows = await db
		.select({ code: table.dataElements.code })
		.from(table.dataElements)
		.where(inArray(table.dataElements.code, [...codes]));
	const known = new Set(rows.map((r) => r.code));
	return codes.filter((c) => !known.has(c));
}

type Refused = { ok: false; reason: RuleRefusal; codes?: string[] };

async function checkRule(db: Db, input: RuleInput, exceptId: number | null): Promise<Refused | null> {
	const left = await findUnknownCodes(db, input.left);
	if (left.length) return { ok: false, reason: 'unknown_left', codes: left };
	const right = await findUnknownCodes(db, input.right);
	if (right.length) return { ok: false, reason: 'unknown_right', codes: right };
	const same = and(
		eq(table.validationRules.kind, input.kind),
		sql`${table.validationRules.left} = ${pgArray(input.left)}::text[]`,
		sql`${table.validationRules.right} = ${pgArray(input.right)}::text[]`,
		exceptId === null ? undefined : ne(table.validationRules.id, exceptId)
	);
	const [dup] = await db.select({ id: table.validationRules.id }).from(table.validationRules).where(same);
	return dup ? { ok: false, reason: 'exists' } : null;
}

const columns = (input: RuleInput) => ({
	groupKey: input.groupKey,
	kind: input.kind,
	left: input.left,
	right: input.right,
	nameVi: input.nameVi || null,
	nameEn: input.nameEn || null,
	active: input.active
});

export async function createRule(
	db: Db,
	actorId: string,
	input: RuleInput
): Promise<{ ok: true; id: number } | Refused> {
	return db.transaction(async (tx) => {
		const refused = await checkRule(tx, input, null);
		if (refused) return refused;
		const [{ next }] = await tx
			.select({ next: sql<number>`coalesce(max(${table.validationRules.sortOrder}), -1) + 1` })
			.from(table.validationRules);
		const [row] = await tx
			.insert(table.validationRules)
			.values({ ...columns(input), sortOrder: Number(next) })
			.returning({ id: table.validationRules.id });
		await recordAudit(tx, {
			actorId,
			action: 'validation_rule.create',
			subject: String(row.id),
			after: input
		});
		return { ok: true, id: row.id };
	});
}

export async function updateRule(
	db: Db,
	actorId: string,
	id: number,
	input: RuleInput
): Promise<{ ok: true } | Refused> {
	return db.transaction(async (tx) => {
		const [before] = await tx.select().from(table.validationRules).where(eq(table.validationRules.id, id));
		if (!before) return { ok: false, reason: 'not_found' };
		const refused = await checkRule(tx, input, id);
		if (refused) return refused;
		await tx.update(table.validationRules).set(columns(input)).where(eq(table.validationRules.id, id));
		await recordAudit(tx, {
			actorId,
			action: 'validation_rule.update',
			subject: String(id),
			before,
			after: input
		});
		return { ok: true };
	});
}
