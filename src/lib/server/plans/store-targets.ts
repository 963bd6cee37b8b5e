import { eq, sql } from 'drizzle-orm';
import type { Db } from '../db';
import * as table from '../db/schema';
import { insertTarget, removeTarget, replaceTarget } from './write-target';
import { checkTarget } from './check-target';
import { findTarget } from './queries';
import type { FieldProblems, PlanContext, TargetInput } from './types';

export type SaveResult =
	{ ok: true; id: number } | { ok: false; errors: FieldProblems } | { ok: false; notFound: true };

async function nextSortOrder(db: Pick<Db, 'select'>, planId: number): Promise<number> {
	const [row] = await db
		.select({ n: sql<number>`coalesce(max(${table.targets.sortOrder}), -1)::int + 1` })
		.from(table.targets)
		.where(eq(table.targets.planId, planId));
	return Number(row?.n ?? 0);
}

export async function createTarget(
	db: Db,
	actorId: string | null,
	ctx: PlanContext,
	input: TargetInput
): Promise<SaveResult> {
	const checked = checkTarget(ctx, input);
	if (!checked.ok) return checked;
	return db.transaction(async (tx) => {
		const sortOrder = await nextSortOrder(tx, ctx.plan.id);
		const id = await insertTarget({ tx, actorId, ctx }, checked.values, sortOrder, input);
		return { ok: true as const, id };
	});
}

export async function updateTarget(
	db: Db,
	actorId: string | null,
	ctx: PlanContext,
	id: number,
	input: TargetInput
): Promise<SaveResult> {
	const before = await findTarget(db, ctx, id);
	if (!before) return { ok: false, notFound: true };
	const checked = checkTarget(ctx, input);
	if (!checked.ok) return checked;
	await db.transaction((tx) => replaceTarget({ tx, actorId, ctx }, id, checked.values, before, input));
	return { ok: true, id };
}

export async function deleteTarget(
	db: Db,
	actorId: string | null,
	ctx: PlanContext,
	id: number
): Promise<{ ok: boolean }> {
	const before = await findTarget(db, ctx, id);
	if (!before) return { ok: false };
	await db.transaction((tx) => removeTarget({ tx, actorId, ctx }, id, before));
	return { ok: true };
}
