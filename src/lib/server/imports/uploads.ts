// Stored uploads: the original file back to those who may see every unit it touched.
import { and, desc, eq, sql } from 'drizzle-orm';
import { queryRows, type Db } from '../db';
import * as col from '../db/rows';
import * as table from '../db/schema';
import { can } from '../auth/access';
import type { AuthUser } from '../auth/user';
import { pgArray } from './load-context';
import { toInstant } from '../db/row-values';
import { unpackUploadContent } from './upload-content';

export type StoredUpload = {
	id: string;
	userId: string | null;
	fileName: string;
	mediaType: string | null;
	content: Uint8Array | null;
	units: { path: string; type: string }[];
};

const readSummary = col.orNull(col.json<{ unitIds?: number[] }>);
const readListSummary = col.orNull(col.json<{ figures?: UploadListItem['figures']; units?: string[] }>);

export async function findUpload(db: Db, id: string): Promise<StoredUpload | null> {
	const u = table.uploads;
	const [row] = await db
		.select({
			id: u.id,
			userId: u.userId,
			fileName: u.fileName,
			mediaType: u.mediaType,
			content: u.content,
			contentEncoding: u.contentEncoding,
			summary: u.summary
		})
		.from(u)
		.where(eq(u.id, id));
	if (!row) return null;
	const ids = readSummary(row.summary)?.unitIds ?? [];
	const units = ids.length
		? await queryRows(db, sql`select path, type from units where id = any(${pgArray(ids)}::int[])`, (r) => ({
				path: col.text(r.path),
				type: col.text(r.type)
			}))
		: [];
	return {
		id: row.id,
		userId: row.userId,
		fileName: row.fileName,
		mediaType: row.mediaType,
		content: row.content ? await unpackUploadContent(new Uint8Array(row.content), row.contentEncoding) : null,
		units
	};
}

/** The uploader, or whoever may read every unit the file changed (a district file holds many schools). */
export function canDownload(user: AuthUser, upload: StoredUpload): boolean {
	if (upload.userId === user.id) return true;
	return upload.units.length > 0 && upload.units.every((u) => can(user, 'read', u));
}

export type UploadListItem = {
	id: string;
	fileName: string;
	createdAt: string;
	figures: { new: number; changed: number; unchanged: number } | null;
	units: string[];
};

/** The user's own latest uploads (the upload page's history). */
export async function listOwnUploads(db: Db, userId: string, limit = 10): Promise<UploadListItem[]> {
	const u = table.uploads;
	const rows = await db
		.select({ id: u.id, fileName: u.fileName, createdAt: u.createdAt, summary: u.summary })
		.from(u)
		.where(and(eq(u.userId, userId), eq(u.status, 'stored')))
		.orderBy(desc(u.createdAt))
		.limit(limit);
	return rows.map((r) => {
		const summary = readListSummary(r.summary);
		return {
			id: r.id,
			fileName: r.fileName,
			createdAt: toInstant(r.createdAt),
			figures: summary?.figures ?? null,
			units: summary?.units ?? []
		};
	});
}
