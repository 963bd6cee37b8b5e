// Stored uploads: the original file back to those who may see every unit it touched.
import { sql } from 'drizzle-orm';
import { queryRowsUntyped, type Db } from '../db';
import { can } from '../auth/access';
import type { AuthUser } from '../auth/user';
import { pgArray } from './load-context';
import { toInstant } from '../db/row-values';

export type StoredUpload = {
	id: string;
	userId: string | null;
	fileName: string;
	mediaType: string | null;
	content: Uint8Array | null;
	units: { path: string; type: string }[];
};

type Summary = { unitIds?: number[] } | null;

export async function findUpload(db: Db, id: string): Promise<StoredUpload | null> {
	const [row] = await queryRowsUntyped<{
		id: string;
		user_id: string | null;
		file_name: string;
		media_type: string | null;
		content: Uint8Array | null;
		summary: Summary;
	}>(db, sql`select id, user_id, file_name, media_type, content, summary from uploads where id = ${id}`);
	if (!row) return null;
	const ids = row.summary?.unitIds ?? [];
	const units = ids.length
		? await queryRowsUntyped<{ path: string; type: string }>(
				db,
				sql`select path, type from units where id = any(${pgArray(ids)}::int[])`
			)
		: [];
	return {
		id: row.id,
		userId: row.user_id,
		fileName: row.file_name,
		mediaType: row.media_type,
		content: row.content ? new Uint8Array(row.content) : null,
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
	const rows = await queryRowsUntyped<{
		id: string;
		file_name: string;
		created_at: string | Date;
		summary: { figures?: UploadListItem['figures']; units?: string[] } | null;
	}>(
		db,
		sql`select id, file_name, created_at, summary from uploads where user_id = ${userId} and status = 'stored'
			order by created_at desc limit ${limit}`
	);
	return rows.map((r) => ({
		id: r.id,
		fileName: r.file_name,
		createdAt: toInstant(r.created_at),
		figures: r.summary?.figures ?? null,
		units: r.summary?.units ?? []
	}));
}
