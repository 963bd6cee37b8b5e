import type { Db } from '../db';
import * as table from '../db/schema';

export type AuditEntry = {
	actorId: string | null;
	action: string;
	subject: string;
	unitId?: number | null;
	before?: unknown;
	after?: unknown;
};

/** One row in audit_log; call it inside the transaction that makes the change. */
export async function recordAudit(db: Db, entry: AuditEntry): Promise<void> {
	await db.insert(table.auditLog).values({
		actorId: entry.actorId,
		action: entry.action,
		subject: entry.subject,
		unitId: entry.unitId ?? null,
		before: entry.before ?? null,
		after: entry.after ?? null
	});
}
