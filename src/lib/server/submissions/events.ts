import type { Db } from '../db';
import * as table from '../db/schema';

export type AuditInput = {
	actorId: string | null;
	action: string;
	unitId: number | null;
	subject: string;
	before?: unknown;
	after?: unknown;
};

/** One audit_log row; call it inside the transaction that makes the change. */
export async function writeAudit(db: Db, entry: AuditInput): Promise<void> {
	await db.insert(table.auditLog).values({
		actorId: entry.actorId,
		action: entry.action,
		unitId: entry.unitId,
		subject: entry.subject,
		before: entry.before ?? null,
		after: entry.after ?? null
	});
}

export type EventInput = {
	submissionId: number;
	actorId: string | null;
	fromStatus: string | null;
	toStatus: string;
	version: number | null;
	comment?: string | null;
};

/** One step of a submission's timeline (shown on /submissions/[id]). */
export async function writeSubmissionEvent(db: Db, e: EventInput): Promise<void> {
	await db.insert(table.submissionEvents).values({
		submissionId: e.submissionId,
		actorId: e.actorId,
		fromStatus: e.fromStatus,
		toStatus: e.toStatus,
		version: e.version,
		comment: e.comment ?? null
	});
}
