// A plan document read for a plan: stored with its text, read again on every view (deterministic and
// fast), each proposal accepted into the plan as a target (the one domain function, audited) or rejected.
import { and, desc, eq } from 'drizzle-orm';
import type { Db } from '../db';
import * as table from '../db/schema';
import { createTarget, type SaveResult } from '../plans/store-targets';
import type { PlanContext, TargetInput } from '../plans/types';
import { loadReaderCatalogue } from './catalogue-from-db';
import { readPlanText, type PlanReading } from './read-plan';

export type ReadingRow = typeof table.planReadings.$inferSelect;
export type ReadingFormat = ReadingRow['format'];

export async function createReading(
	db: Db,
	userId: string,
	ctx: PlanContext,
	doc: { fileName: string; format: ReadingFormat; text: string }
): Promise<number> {
	const [row] = await db
		.insert(table.planReadings)
		.values({ planId: ctx.plan.id, userId, ...doc })
		.returning({ id: table.planReadings.id });
	return row.id;
}

export async function findReading(db: Db, ctx: PlanContext, id: number): Promise<ReadingRow | null> {
	const [row] = await db
		.select()
		.from(table.planReadings)
		.where(and(eq(table.planReadings.id, id), eq(table.planReadings.planId, ctx.plan.id)));
	return row ?? null;
}

export async function listReadings(db: Db, ctx: PlanContext) {
	return db
		.select({
			id: table.planReadings.id,
			fileName: table.planReadings.fileName,
			createdAt: table.planReadings.createdAt
		})
		.from(table.planReadings)
		.where(eq(table.planReadings.planId, ctx.plan.id))
		.orderBy(desc(table.planReadings.createdAt))
		.limit(10);
}

export async function readStoredReading(db: Db, row: ReadingRow): Promise<PlanReading> {
	return readPlanText(row.text, await loadReaderCatalogue(db));
}

async function decide(
	db: Db,
	row: ReadingRow,
	proposalId: string,
	decision: ReadingRow['decisions'][string]
) {
	const [current] = await db
		.select({ decisions: table.planReadings.decisions })
		.from(table.planReadings)
		.where(eq(table.planReadings.id, row.id));
	await db
		.update(table.planReadings)
		.set({ decisions: { ...(current?.decisions ?? {}), [proposalId]: decision } })
		.where(eq(table.planReadings.id, row.id));
}

/** Accept (perhaps edited): stored exactly like a hand-entered target, the clause kept as its source. */
export async function acceptProposal(
	db: Db,
	actorId: string,
	ctx: PlanContext,
	row: ReadingRow,
	proposalId: string,
	input: TargetInput
): Promise<SaveResult> {
	const result = await createTarget(db, actorId, ctx, input);
	if (result.ok) await decide(db, row, proposalId, { state: 'accepted', targetId: result.id });
	return result;
}

export async function rejectProposal(db: Db, row: ReadingRow, proposalId: string): Promise<void> {
	await decide(db, row, proposalId, { state: 'rejected' });
}
