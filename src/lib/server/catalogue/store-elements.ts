// Data elements a person adds or edits. The code is the contract with schools' files: once figures
// exist for it (or a formula or rule reads it) it stays; everything else may change.
import { eq, sql } from 'drizzle-orm';
import { queryRow, queryRows, type Db } from '../db';
import * as col from '../db/rows';
import * as table from '../db/schema';
import { recordAudit } from '../auth/audit';
import type { ElementInput } from '$lib/schemas/catalogue';

export type StoreResult<R extends string> = { ok: true } | { ok: false; reason: R };

async function findElement(db: Db, code: string) {
	const [row] = await db.select().from(table.dataElements).where(eq(table.dataElements.code, code));
	return row ?? null;
}

/** Whether a figure, an indicator's formula or a rule names the element. */
export async function isElementInUse(db: Db, id: number, code: string): Promise<boolean> {
	const row = await queryRow(
		db,
		sql`select exists (select 1 from figures where data_element_id = ${id})
			or exists (select 1 from indicators where strpos(formula::text, ${'"' + code + '"'}) > 0)
			or exists (select 1 from validation_rules where ${code} = any(left_codes) or ${code} = any(right_codes))
			as used`,
		(r) => ({ used: col.bool(r.used) })
	);
	return row?.used ?? false;
}

export async function createElement(
	db: Db,
	actorId: string,
	input: ElementInput
): Promise<StoreResult<'exists'>> {
	return db.transaction(async (tx) => {
		if (await findElement(tx, input.code)) return { ok: false, reason: 'exists' };
		const [{ next }] = await queryRows(
			tx,
			sql`select coalesce(max(sort_order), -1) + 1 as next from data_elements`,
			(r) => ({ next: col.int(r.next) })
		);
		await tx.insert(table.dataElements).values({ ...input, sortOrder: next });
		await recordAudit(tx, { actorId, action: 'data_element.create', subject: input.code, after: input });
		return { ok: true };
	});
}

export async function updateElement(
	db: Db,
	actorId: string,
	code: string,
	input: ElementInput
): Promise<StoreResult<'not_found' | 'exists' | 'code_in_use'>> {
	return db.transaction(async (tx) => {
		const before = await findElement(tx, code);
		if (!before) return { ok: false, reason: 'not_found' };
		if (input.code !== code) {
			if (await findElement(tx, input.code)) return { ok: false, reason: 'exists' };
			if (await isElementInUse(tx, before.id, code)) return { ok: false, reason: 'code_in_use' };
		}
		await tx.update(table.dataElements).set(input).where(eq(table.dataElements.id, before.id));
		await recordAudit(tx, { actorId, action: 'data_element.update', subject: code, before, after: input });
		return { ok: true };
	});
}
