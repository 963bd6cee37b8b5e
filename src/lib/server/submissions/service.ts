// Applies workflow transitions to stored submissions: one transaction each, the row locked,
// the state machine consulted, the change written with its timeline event and audit row.
import { and, eq, sql } from 'drizzle-orm';
import { queryRow, queryRows, type Db } from '../db';
import * as col from '../db/rows';
import * as table from '../db/schema';
import { can } from '../auth/access';
import type { AuthUser } from '../auth/user';
import { findPeriod } from '../calendar/queries';
import { findUnitByCode } from '../units/queries';
import { writeAudit, writeSubmissionEvent } from './events';
import { loadMissingFor } from './missing-figures';
import { listCommentedCodes } from './figure-comments';
import { listUnwritten } from '../explanations/queries';
import { notifyDecision } from '../notifications/events';
import {
	SUBMISSION_STATUSES,
	decideTransition,
	permissionsFor,
	subjectKind,
	type RefusalReason,
	type SubmissionStatus,
	type WorkflowAction
} from './workflow';

export type TransitionOutcome =
	| {
			ok: true;
			submissionId: number;
			from: SubmissionStatus;
			to: SubmissionStatus;
			/** A return: the figures the district commented on. */
			commented?: string[];
	  }
	| {
			ok: false;
			submissionId: number;
			reason: RefusalReason | 'not_found';
			/** Refused as incomplete: the required figures the report lacks. */
			missing?: string[];
			/** Refused as version_changed: the version now stored. */
			version?: number;
			/** Refused as explanation_required: the indicators still to explain. */
			unexplained?: { indicatorCode: string; nameVi: string; nameEn: string }[];
	  };

/** Figures a roll-up carries into the audit row when the province approves it. */
export type RollupSnapshot = (db: Db, districtId: number, periodId: number) => Promise<unknown>;

type Locked = {
	id: number;
	status: SubmissionStatus;
	version: number;
	period_id: number;
	unit_id: number;
	unit_type: string;
	unit_path: string;
	unit_code: string;
	submitted_at: Date | null;
	submitted_by: string | null;
	decided_at: Date | null;
	decided_by: string | null;
	comment: string | null;
};

const readStatus = col.oneOf(SUBMISSION_STATUSES);

async function lockSubmission(tx: Db, id: number): Promise<Locked | null> {
	return queryRow(
		tx,
		sql`select s.id, s.status, s.version, s.period_id, s.unit_id, u.type as unit_type, u.path as unit_path, u.code as unit_code,
		           s.submitted_at, s.submitted_by, s.decided_at, s.decided_by, s.comment
		    from submissions s join units u on u.id = s.unit_id where s.id = ${id} for update of s`,
		(r): Locked => ({
			id: col.int(r.id),
			status: readStatus(r.status),
			version: col.int(r.version),
			period_id: col.int(r.period_id),
			unit_id: col.int(r.unit_id),
			unit_type: col.text(r.unit_type),
			unit_path: col.text(r.unit_path),
			unit_code: col.text(r.unit_code),
			submitted_at: col.dateOrNull(r.submitted_at),
			submitted_by: col.textOrNull(r.submitted_by),
			decided_at: col.dateOrNull(r.decided_at),
			decided_by: col.textOrNull(r.decided_by),
			comment: col.textOrNull(r.comment)
		})
	);
}

/**
 * Reports loaded in bulk (the demo, older data) have no timeline: before their first event, record
 * what the row itself says (submitted, and the last decision) so the history starts where it began.
 */
async function backfillTimeline(tx: Db, row: Locked): Promise<void> {
	const events = await tx.$count(table.submissionEvents, eq(table.submissionEvents.submissionId, row.id));
	if (events > 0 || !row.submitted_at) return;
	await tx.insert(table.submissionEvents).values({
		submissionId: row.id,
		at: row.submitted_at,
		actorId: row.submitted_by,
		fromStatus: 'draft',
		toStatus: 'submitted',
		version: row.version
	});
	if (row.decided_at && (row.status === 'approved' || row.status === 'returned')) {
		await tx.insert(table.submissionEvents).values({
			submissionId: row.id,
			at: row.decided_at,
			actorId: row.decided_by,
			fromStatus: 'submitted',
			toStatus: row.status,
			version: row.version,
			comment: row.comment
		});
	}
}

async function countFigures(tx: Db, submissionId: number): Promise<number> {
	return tx.$count(table.figures, eq(table.figures.submissionId, submissionId));
}

/** School reports under the district for the period still awaiting a decision. */
async function countPending(tx: Db, districtPath: string, periodId: number): Promise<number> {
	const [r] = await queryRows(
		tx,
		sql`select count(*)::int as n from submissions s join units u on u.id = s.unit_id
		    where s.period_id = ${periodId} and u.type = 'school' and u.path like ${districtPath + '%'}
		      and s.status in ('submitted', 'returned')`,
		(r) => ({ n: col.int(r.n) })
	);
	return r.n;
}

/** Has the province approved the roll-up of a district above this school for the period? */
async function rollupApproved(tx: Db, schoolPath: string, periodId: number): Promise<boolean> {
	const [r] = await queryRows(
		tx,
		sql`select count(*)::int as n from submissions s join units d on d.id = s.unit_id
		    where s.period_id = ${periodId} and d.type = 'district' and ${schoolPath} like d.path || '%'
		      and s.status = 'approved'`,
		(r) => ({ n: col.int(r.n) })
	);
	return r.n > 0;
}

export async function transitionSubmission(
	db: Db,
	input: {
		submissionId: number;
		action: WorkflowAction;
		comment?: string | null;
		actor: AuthUser;
		snapshot?: RollupSnapshot;
		/** Submit or approve a report that lacks required figures, knowingly. */
		confirmIncomplete?: boolean;
		/** The version the reviewer saw: approve and return are refused when the report has moved on. */
		version?: number;
	}
): Promise<TransitionOutcome> {
	const { submissionId, action, actor } = input;
	const comment = input.comment?.trim() || null;
	return db.transaction(async (tx) => {
		const row = await lockSubmission(tx, submissionId);
		const kind = row ? subjectKind(row.unit_type) : null;
		const unit = row ? { path: row.unit_path, type: row.unit_type } : null;
		// Outside what the actor may read, a report is as good as missing (no existence leak).
		if (!row || !kind || !can(actor, 'read', unit)) return { ok: false, submissionId, reason: 'not_found' };
		const missing =
			kind === 'school' && (action === 'submit' || action === 'approve')
				? await loadMissingFor(tx, row.id)
				: [];
		const unexplained = kind === 'school' && action === 'approve' ? await listUnwritten(tx, row.id) : [];
		const decision = decideTransition({
			kind,
			status: row.status,
			action,
			permissions: permissionsFor(actor, kind, unit!),
			comment,
			hasFigures: kind === 'school' && action === 'submit' ? (await countFigures(tx, row.id)) > 0 : undefined,
			pendingSchools:
				kind === 'rollup' && action === 'approve'
					? await countPending(tx, row.unit_path, row.period_id)
					: undefined,
			rollupApproved:
				kind === 'school' && action === 'reopen'
					? await rollupApproved(tx, row.unit_path, row.period_id)
					: undefined,
			missingFigures: missing.length,
			missingExplanations: unexplained.length,
			confirmIncomplete: input.confirmIncomplete,
			version: row.version,
			shownVersion: input.version
		});
		if (!decision.ok) {
			if (decision.reason === 'incomplete')
				return { ok: false, submissionId, reason: decision.reason, missing };
			if (decision.reason === 'version_changed')
				return { ok: false, submissionId, reason: decision.reason, version: row.version };
			if (decision.reason === 'explanation_required')
				return { ok: false, submissionId, reason: decision.reason, unexplained };
			return { ok: false, submissionId, reason: decision.reason };
		}
		await backfillTimeline(tx, row);
		const now = new Date();
		const set: Partial<typeof table.submissions.$inferInsert> =
			action === 'submit'
				? { status: decision.to, submittedAt: now, submittedBy: actor.id, comment: null, updatedAt: now }
				: { status: decision.to, decidedAt: now, decidedBy: actor.id, comment, updatedAt: now };
		await tx.update(table.submissions).set(set).where(eq(table.submissions.id, row.id));
		await writeSubmissionEvent(tx, {
			submissionId: row.id,
			actorId: actor.id,
			fromStatus: row.status,
			toStatus: decision.to,
			version: row.version,
			comment
		});
		// A return names the figures the district commented on: the school knows where to look.
		const commented = kind === 'school' && action === 'return' ? await listCommentedCodes(tx, row.id) : [];
		const rollup =
			kind === 'rollup' && action === 'approve' && input.snapshot
				? await input.snapshot(tx, row.unit_id, row.period_id)
				: undefined;
		await writeAudit(tx, {
			actorId: actor.id,
			action: `submission.${action}`,
			unitId: row.unit_id,
			subject: `submission:${row.id}`,
			before: { status: row.status, version: row.version },
			after: {
				status: decision.to,
				version: row.version,
				comment,
				...(missing.length ? { missingFigures: missing } : {}),
				...(commented.length ? { commentedFigures: commented } : {}),
				...(rollup === undefined ? {} : { rollup })
			}
		});
		if (action !== 'submit')
			await notifyDecision(tx, {
				submissionId: row.id,
				unitId: row.unit_id,
				periodId: row.period_id,
				kind,
				action,
				comment
			});
		return { ok: true, submissionId, from: row.status, to: decision.to, commented };
	});
}

/** Batch approval from the completeness board: each report on its own; returns what happened to each. */
export async function approveSubmissions(
	db: Db,
	input: { submissions: { id: number; version?: number }[]; actor: AuthUser }
): Promise<TransitionOutcome[]> {
	const out: TransitionOutcome[] = [];
	const seen = new Set<number>();
	for (const { id, version } of input.submissions) {
		if (seen.has(id)) continue;
		seen.add(id);
		out.push(
			await transitionSubmission(db, { submissionId: id, action: 'approve', actor: input.actor, version })
		);
	}
	return out;
}

/** The district's roll-up row for a period (created as a draft the first time). */
export async function ensureRollup(
	db: Db,
	input: { districtCode: string; yearCode: string; periodKey: string }
): Promise<number | null> {
	const [district, period] = await Promise.all([
		findUnitByCode(db, input.districtCode),
		findPeriod(db, input.yearCode, input.periodKey)
	]);
	if (!district || district.type !== 'district' || !period) return null;
	await db
		.insert(table.submissions)
		.values({ unitId: district.id, periodId: period.id })
		.onConflictDoNothing();
	const [row] = await db
		.select({ id: table.submissions.id })
		.from(table.submissions)
		.where(and(eq(table.submissions.unitId, district.id), eq(table.submissions.periodId, period.id)));
	return row?.id ?? null;
}

/** The district sends its roll-up for a period to the province (creating the row if needed). */
export async function sendRollup(
	db: Db,
	input: { districtCode: string; yearCode: string; periodKey: string; actor: AuthUser }
): Promise<TransitionOutcome | 'not_found'> {
	const district = await findUnitByCode(db, input.districtCode);
	if (!district || district.type !== 'district') return 'not_found';
	if (!can(input.actor, 'submit_figures', district))
		return { ok: false, submissionId: 0, reason: 'forbidden' };
	const id = await ensureRollup(db, input);
	if (id === null) return 'not_found';
	return transitionSubmission(db, { submissionId: id, action: 'submit', actor: input.actor });
}
