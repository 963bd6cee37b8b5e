// Writes a checked plan, set-based, inside the caller's transaction: a new version of each touched
// submission, the figures (new ones by COPY, changed ones by COPY into a temporary table and one
// UPDATE), one audit row per new submission version (COPY), and the original file. Never one statement per figure.
import { sql } from 'drizzle-orm';
import { queryRows, type Db, type DbHandle } from '../db';
import * as col from '../db/rows';
import { SUBMISSION_STATUSES } from '../submissions/workflow';
import * as table from '../db/schema';
import { copyField, copyInto } from './bulk';
import { groupChanges, writeAuditRows, writeFigureRows } from './store-rows';
import { packUploadContent, type PackedContent } from './upload-content';
import { pgArray } from './load-context';
import { pairKey, type FigureState, type PlannedFigure, type References, type SubmissionInfo } from './plan';

/** Two uploads touching more (unit, period) pairs than this lock whole periods instead of pairs. */
export const PAIR_LOCK_LIMIT = 64;

/**
 * Serialises uploads for the same (unit, period): small uploads hold each period's lock shared and
 * each pair's lock exclusively; large ones hold the periods exclusively (bounded lock table use).
 * Always periods first, then pairs, each in ascending order, so two uploads never deadlock.
 */
export async function lockPairs(tx: Db, pairs: [number, number][]): Promise<void> {
	if (pairs.length === 0) return;
	const periods = [...new Set(pairs.map((p) => p[1]))].sort((a, b) => a - b);
	const large = pairs.length > PAIR_LOCK_LIMIT;
	const periodLock = large ? sql.raw('pg_advisory_xact_lock') : sql.raw('pg_advisory_xact_lock_shared');
	await tx.execute(
		sql`select ${periodLock}(-s.p, 0) from (select p from unnest(${pgArray(periods)}::int[]) as t(p) order by p) s`
	);
	if (large) return;
	const units = pairs.map((p) => p[0]);
	const ps = pairs.map((p) => p[1]);
	await tx.execute(
		sql`select pg_advisory_xact_lock(s.u, s.p)
			from (select u, p from unnest(${pgArray(units)}::int[], ${pgArray(ps)}::int[]) as t(u, p) order by u, p) s`
	);
}

const FIGURE_COLUMNS = ['submission_id', 'data_element_id', 'value', 'comment', 'upload_id'];
const AUDIT_COLUMNS = ['actor_id', 'action', 'unit_id', 'subject', 'before', 'after', 'upload_id'];

export type UploadMeta = {
	id: string;
	userId: string | null;
	fileName: string;
	mediaType: string | null;
	sha256: string;
	size: number;
	/** The file as sent: stored gzipped when that is smaller (upload-content.ts). */
	content: Uint8Array | null;
	summary: Record<string, unknown>;
};

/** The new version of each submission the upload touched, as the database returned it. */
export type StoreResult = { submissions: SubmissionInfo[] };

const readStatus = col.oneOf(SUBMISSION_STATUSES);

const readSubmission = (r: col.RawRow): SubmissionInfo => ({
	id: col.int(r.id),
	unitId: col.int(r.unit_id),
	periodId: col.int(r.period_id),
	status: readStatus(r.status),
	version: col.int(r.version)
});

/** A new version of each touched submission (a first one where there is none), as stored. */
async function bumpSubmissions(
	tx: Db,
	pairs: [number, number][],
	state: FigureState,
	userId: string | null
): Promise<StoreResult['submissions']> {
	const existing = pairs.flatMap(([u, p]) => state.submissions.get(pairKey(u, p)) ?? []);
	const missing = pairs.filter(([u, p]) => !state.submissions.has(pairKey(u, p)));
	const out: SubmissionInfo[] = [];
	if (existing.length) {
		out.push(
			...(await queryRows(
				tx,
				sql`update submissions s set version = s.version + 1, status = 'submitted', submitted_at = now(),
					submitted_by = ${userId}, updated_at = now()
					from unnest(${pgArray(existing.map((s) => s.id))}::int[]) as t(id) where s.id = t.id
					returning s.id, s.unit_id, s.period_id, s.status, s.version`,
				readSubmission
			))
		);
	}
	if (missing.length) {
		out.push(
			...(await queryRows(
				tx,
				sql`insert into submissions (unit_id, period_id, status, version, submitted_at, submitted_by, updated_at)
					select u, p, 'submitted', 1, now(), ${userId}, now()
					from unnest(${pgArray(missing.map((m) => m[0]))}::int[], ${pgArray(missing.map((m) => m[1]))}::int[]) as t(u, p)
					returning id, unit_id, period_id, status, version`,
				readSubmission
			))
		);
	}
	return out;
}

/** One `submission_events` row per new version: from its earlier status (or draft) to submitted. */
async function recordSubmitted(
	tx: Db,
	submissions: readonly SubmissionInfo[],
	state: FigureState,
	userId: string | null
): Promise<void> {
	const from = (s: SubmissionInfo) => state.submissions.get(pairKey(s.unitId, s.periodId))?.status ?? 'draft';
	await tx.execute(
		sql`insert into submission_events (submission_id, actor_id, from_status, to_status, version)
			select id, ${userId}, from_status, 'submitted', version
			from unnest(${pgArray(submissions.map((s) => s.id))}::int[], ${pgArray(submissions.map(from))}::text[],
			            ${pgArray(submissions.map((s) => s.version))}::int[]) as t(id, from_status, version)`
	);
}

/** The uploaded file (packed: as upload-content.ts keeps it) and its summary. */
async function insertUpload(tx: Db, upload: UploadMeta, packed: PackedContent | null): Promise<void> {
	await tx.insert(table.uploads).values({
		id: upload.id,
		userId: upload.userId,
		fileName: upload.fileName,
		mediaType: upload.mediaType,
		sha256: upload.sha256,
		size: upload.size,
		content: packed?.content ?? null,
		contentEncoding: packed?.encoding ?? null,
		status: 'stored',
		summary: upload.summary
	});
}

/** Stores the new and changed figures of a checked plan. The caller holds the pairs' locks. */
export async function storePlan(
	tx: Db,
	kind: DbHandle['kind'],
	plan: { figures: PlannedFigure[]; refs: References; state: FigureState },
	upload: UploadMeta
): Promise<StoreResult> {
	const groups = groupChanges(plan.figures, plan);
	// The foreign keys check each new submission and event with one cached query; the connection's
	// force_custom_plan would plan it again for every row (a province's 21,733 reports: 1.3 s instead of 0.45 s).
	await tx.execute(sql`select set_config('plan_cache_mode', 'auto', true)`);
	// One statement at a time on the connection, and the text each needs written while the one
	// before runs: the audit rows (and the file's gzip, on a worker) while the server checks the
	// new versions' keys (half a second for a province), the figure rows while it records the events.
	const tail = `\t${copyField(upload.id)}\n`;
	const [submissions, audit, packed] = await Promise.all([
		bumpSubmissions(
			tx,
			groups.map((g) => [g.unitId, g.periodId]),
			plan.state,
			upload.userId
		),
		writeAuditRows(groups, upload.userId, tail),
		upload.content && packUploadContent(upload.content)
	]);
	const stored = new Map(submissions.map((s) => [pairKey(s.unitId, s.periodId), s]));
	const [, { added, updated }] = await Promise.all([
		recordSubmitted(tx, submissions, plan.state, upload.userId),
		writeFigureRows(groups, stored, tail)
	]);
	await insertUpload(tx, upload, packed);

	// Under the lock, "new" and "changed" are exact: new rows go straight in with COPY, changed ones
	// through a temporary table and one UPDATE.
	if (added) await copyInto(tx, kind, 'figures', FIGURE_COLUMNS, added);
	if (updated) {
		await tx.execute(
			sql`create temp table import_changed (submission_id int, data_element_id int, value float8, comment text) on commit drop`
		);
		await copyInto(
			tx,
			kind,
			'import_changed',
			['submission_id', 'data_element_id', 'value', 'comment'],
			updated
		);
		await tx.execute(sql`analyze import_changed`);
		await tx.execute(
			sql`update figures f set value = c.value, comment = c.comment, upload_id = ${upload.id}, updated_at = now()
				from import_changed c where f.submission_id = c.submission_id and f.data_element_id = c.data_element_id`
		);
	}
	await copyInto(tx, kind, 'audit_log', AUDIT_COLUMNS, audit);
	await tx.insert(table.auditLog).values({
		actorId: upload.userId,
		action: 'upload.store',
		subject: upload.fileName,
		after: { sha256: upload.sha256, size: upload.size, ...upload.summary },
		uploadId: upload.id
	});
	return { submissions };
}
