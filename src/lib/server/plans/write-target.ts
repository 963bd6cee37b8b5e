// One target written inside the caller's transaction, each with its audit row (before and after by
// codes): the plan page's single target and the school grid's many go through the same three steps.
import { and, eq } from 'drizzle-orm';
import type { Db } from '../db';
import * as table from '../db/schema';
import { recordAudit, snapshotTarget } from './audit';
import type { PlanContext, TargetInput, TargetValues } from './types';

type Tx = Pick<Db, 'insert' | 'update' | 'delete'>;
type Writer = { tx: Tx; actorId: string | null; ctx: PlanContext };

/** Only the target of this plan (an id from another plan matches nothing). */
const inPlan = (ctx: PlanContext, id: number) =>
	and(eq(table.targets.id, id), eq(table.targets.planId, ctx.plan.id));

export async function insertTarget(
	{ tx, actorId, ctx }: Writer,
	values: TargetValues,
	sortOrder: number,
	input: TargetInput
): Promise<number> {
	const [row] = await tx
		.insert(table.targets)
		.values({ ...values, planId: ctx.plan.id, sortOrder })
		.returning({ id: table.targets.id });
	await recordAudit(tx, {
		actorId,
		action: 'target.create',
		unitId: ctx.plan.unitId,
		subject: `target:${row.id}`,
		after: snapshotTarget(row.id, input)
	});
	return row.id;
}

export async function replaceTarget(
	{ tx, actorId, ctx }: Writer,
	id: number,
	values: TargetValues,
	before: TargetInput,
	after: TargetInput
): Promise<void> {
	await tx.update(table.targets).set(values).where(inPlan(ctx, id));
	await recordAudit(tx, {
		actorId,
		action: 'target.update',
		unitId: ctx.plan.unitId,
		subject: `target:${id}`,
		before: snapshotTarget(id, before),
		after: snapshotTarget(id, after)
	});
}

export async function removeTarget(
	{ tx, actorId, ctx }: Writer,
	id: number,
	before: TargetInput
): Promise<void> {
	await tx.delete(table.targets).where(inPlan(ctx, id));
	await recordAudit(tx, {
		actorId,
		action: 'target.delete',
		unitId: ctx.plan.unitId,
		subject: `target:${id}`,
		before: snapshotTarget(id, before)
	});
}
