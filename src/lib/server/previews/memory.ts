// Checked files kept in this process's memory: for the embedded database, which is one process by
// construction, so nothing needs sharing, and whose WebAssembly heap would keep every megabyte a
// 20 MB file took to store. Same bounds as in the database, and a total the memory bound counts on.
import { randomUUID } from 'node:crypto';
import {
	packFailedRows,
	PREVIEW_MAX_FILE_BYTES,
	PREVIEW_MAX_MEMORY_BYTES,
	PREVIEW_MAX_PER_USER,
	PREVIEW_TTL_MINUTES,
	unpackFailedRows,
	type NewPreview,
	type Preview,
	type PreviewKind
} from './bounds';

type Kept = {
	kind: PreviewKind;
	userId: string;
	file: Preview['file'] | null;
	defaultPeriod: string | undefined;
	failedRows: Uint8Array | null;
	until: number;
};

const entries = new Map<string, Kept>();
const sizeOf = (e: Kept) => (e.file?.bytes.length ?? 0) + (e.failedRows?.length ?? 0);

function sweep(now: number): void {
	for (const [token, e] of entries) if (e.until <= now) entries.delete(token);
	const perUser = new Map<string, number>();
	for (const e of entries.values())
		perUser.set(`${e.userId} ${e.kind}`, (perUser.get(`${e.userId} ${e.kind}`) ?? 0) + 1);
	let total = 0;
	// Oldest first (a Map keeps insertion order): a user's surplus goes, then whatever passes the total.
	for (const [token, e] of entries) {
		const key = `${e.userId} ${e.kind}`;
		const count = perUser.get(key)!;
		if (count > PREVIEW_MAX_PER_USER) {
			perUser.set(key, count - 1);
			entries.delete(token);
		} else total += sizeOf(e);
	}
	for (const [token, e] of entries) {
		if (total <= PREVIEW_MAX_MEMORY_BYTES) break;
		total -= sizeOf(e);
		entries.delete(token);
	}
}

function alive(token: string, userId: string, kind: PreviewKind, now: number): Kept | null {
	const e = entries.get(token);
	return e && e.userId === userId && e.kind === kind && e.until > now ? e : null;
}

export async function saveInMemory(entry: NewPreview, now = Date.now()): Promise<string> {
	const token = randomUUID();
	entries.set(token, {
		kind: entry.kind,
		userId: entry.userId,
		file: entry.file.bytes.length <= PREVIEW_MAX_FILE_BYTES ? entry.file : null,
		defaultPeriod: entry.defaultPeriod,
		failedRows: await packFailedRows(entry.failedRows ?? null),
		until: now + PREVIEW_TTL_MINUTES * 60_000
	});
	sweep(now);
	return token;
}

export function takeFromMemory(
	token: string,
	userId: string,
	kind: PreviewKind,
	now = Date.now()
): Preview | null {
	const e = alive(token, userId, kind, now);
	return e?.file ? { file: e.file, defaultPeriod: e.defaultPeriod } : null;
}

export async function readFailedRowsFromMemory(
	token: string,
	userId: string,
	now = Date.now()
): Promise<string | null> {
	const packed = alive(token, userId, 'figures', now)?.failedRows;
	return packed ? unpackFailedRows(packed) : null;
}

export async function setFailedRowsInMemory(token: string, failedRows: string | null): Promise<void> {
	const packed = await packFailedRows(failedRows);
	const e = entries.get(token);
	if (!e) return;
	e.failedRows = packed;
	sweep(Date.now());
}

export function dropFromMemory(token: string): void {
	entries.delete(token);
}

/** For tests and the memory bound. */
export function memoryPreviewSize(): { entries: number; bytes: number } {
	let bytes = 0;
	for (const e of entries.values()) bytes += sizeOf(e);
	return { entries: entries.size, bytes };
}
