// Checked files kept in PostgreSQL between "check" and "confirm", so that whichever app process the
// next request reaches can confirm them. Per user, short-lived and bounded: in count per user, in size
// per preview, and in total; housekeeping deletes the expired ones.
import { randomUUID } from 'node:crypto';
import { and, eq, gt, sql } from 'drizzle-orm';
import type { Db } from '../db';
import * as table from '../db/schema';
import {
	packFailedRows,
	PREVIEW_MAX_FILE_BYTES,
	PREVIEW_MAX_PER_USER,
	PREVIEW_MAX_TOTAL_BYTES,
	PREVIEW_TTL_MINUTES,
	unpackFailedRows,
	type NewPreview,
	type Preview,
	type PreviewKind
} from './bounds';

/** Keeps the file (and its failed rows) for the user; the token names it in the confirm form. */
export async function savePreview(
	db: Db,
	entry: NewPreview,
	maxTotalBytes = PREVIEW_MAX_TOTAL_BYTES
): Promise<string> {
	const id = randomUUID();
	const content = entry.file.bytes.length <= PREVIEW_MAX_FILE_BYTES ? entry.file.bytes : null;
	const failedRows = await packFailedRows(entry.failedRows ?? null);
	await db.transaction(async (tx) => {
		await tx.insert(table.uploadPreviews).values({
			id,
			kind: entry.kind,
			userId: entry.userId,
			fileName: entry.file.fileName,
			mediaType: entry.file.mediaType,
			defaultPeriod: entry.defaultPeriod ?? null,
			content,
			failedRows,
			size: (content?.length ?? 0) + (failedRows?.length ?? 0),
			createdAt: sql`clock_timestamp()`,
			expiresAt: sql`now() + make_interval(mins => ${PREVIEW_TTL_MINUTES})`
		});
		await trimPreviews(tx, entry.userId, entry.kind, maxTotalBytes);
	});
	return id;
}

/** The user's surplus, then whatever passes the total, oldest first. */
async function trimPreviews(db: Db, userId: string, kind: PreviewKind, maxTotalBytes: number): Promise<void> {
	await db.execute(sql`
		delete from upload_previews where user_id = ${userId} and kind = ${kind} and id not in (
			select id from upload_previews where user_id = ${userId} and kind = ${kind}
			order by created_at desc, id limit ${PREVIEW_MAX_PER_USER})`);
	await db.execute(sql`
		delete from upload_previews where id in (
			select id from (
				select id, sum(size) over (order by created_at desc, id) as running from upload_previews
			) t where running > ${maxTotalBytes})`);
}

function alive(token: string, userId: string, kind: PreviewKind) {
	return and(
		eq(table.uploadPreviews.id, token),
		eq(table.uploadPreviews.userId, userId),
		eq(table.uploadPreviews.kind, kind),
		gt(table.uploadPreviews.expiresAt, sql`now()`)
	);
}

/** The kept file, only for the user who checked it, while it has not expired. */
export async function takePreview(
	db: Db,
	token: string,
	userId: string,
	kind: PreviewKind
): Promise<Preview | null> {
	if (!token) return null;
	const [row] = await db
		.select({
			content: table.uploadPreviews.content,
			fileName: table.uploadPreviews.fileName,
			mediaType: table.uploadPreviews.mediaType,
			defaultPeriod: table.uploadPreviews.defaultPeriod
		})
		.from(table.uploadPreviews)
		.where(alive(token, userId, kind));
	if (!row?.content) return null;
	return {
		file: { bytes: new Uint8Array(row.content), fileName: row.fileName, mediaType: row.mediaType },
		defaultPeriod: row.defaultPeriod ?? undefined
	};
}

/** The failed rows of a kept file as CSV, for the user who checked it. */
export async function readFailedRows(db: Db, token: string, userId: string): Promise<string | null> {
	if (!token) return null;
	const [row] = await db
		.select({ failedRows: table.uploadPreviews.failedRows })
		.from(table.uploadPreviews)
		.where(alive(token, userId, 'figures'));
	if (!row?.failedRows) return null;
	return unpackFailedRows(row.failedRows);
}

/** Replaces the failed rows (after a refused "confirm"). */
export async function setFailedRows(db: Db, token: string, failedRows: string | null): Promise<void> {
	const packed = await packFailedRows(failedRows);
	await db
		.update(table.uploadPreviews)
		.set({
			failedRows: packed,
			size: sql`coalesce(octet_length(${table.uploadPreviews.content}), 0) + ${packed?.length ?? 0}`
		})
		.where(eq(table.uploadPreviews.id, token));
}

export async function dropPreview(db: Db, token: string): Promise<void> {
	await db.delete(table.uploadPreviews).where(eq(table.uploadPreviews.id, token));
}

/** Housekeeping: expired previews go. Returns how many. */
export async function deleteExpiredPreviews(db: Db): Promise<number> {
	const gone = await db
		.delete(table.uploadPreviews)
		.where(sql`${table.uploadPreviews.expiresAt} <= now()`)
		.returning({ id: table.uploadPreviews.id });
	return gone.length;
}

/** For tests and the memory bound: how many previews and bytes are kept. */
export async function countPreviews(db: Db): Promise<{ entries: number; bytes: number }> {
	const [row] = await db
		.select({ entries: sql<number>`count(*)::int`, bytes: sql<number>`coalesce(sum(size), 0)::bigint` })
		.from(table.uploadPreviews);
	return { entries: Number(row.entries), bytes: Number(row.bytes) };
}
