import { sql } from 'drizzle-orm';
import type { Db } from '../db';
import * as table from '../db/schema';
import type { TargetInput } from './types';

export type PlanAuditAction =
	'plan.create' | 'plan.copy' | 'target.create' | 'target.update' | 'target.delete' | 'targets.import';

/** How a target is written into audit_log.before/after: by codes, readable without joins. */
export type TargetSnapshot = Omit<TargetInput, 'scope'> & { id: number; scope: string };

export function scopeText(scope: TargetInput['scope']): string {
	return scope.kind === 'area' ? 'area' : `${scope.kind}:${scope.code}`;
}

export function snapshotTarget(id: number, t: TargetInput): TargetSnapshot {
	return {
		id,
		indicator: t.indicator,
		comparator: t.comparator,
		value: t.value,
		min: t.min,
		max: t.max,
		scope: scopeText(t.scope),
		judgedAt: t.judgedAt,
		baseline: t.baseline,
		plannedNumerator: t.plannedNumerator,
		plannedDenominator: t.plannedDenominator,
		source: t.source
	};
}

type Tx = Pick<Db, 'insert'>;

export async function recordAudit(
	tx: Tx,
	entry: {
		actorId: string | null;
		action: PlanAuditAction;
		unitId: number;
		subject: string;
		before?: unknown;
		after?: unknown;
	}
): Promise<void> {
	// jsonb written through ::jsonb so that both drivers store an object, never a JSON string.
	const json = (v: unknown) => (v === undefined ? null : sql`${JSON.stringify(v)}::jsonb`);
	await tx.insert(table.auditLog).values({
		actorId: entry.actorId,
		action: entry.action,
		unitId: entry.unitId,
		subject: entry.subject,
		before: json(entry.before),
		after: json(entry.after)
	});
}
