// A checked file kept in memory between "check" and "confirm" on the upload page, so confirming does
// not send 20 MB again (and works without JavaScript). Per user, short-lived, bounded in size; when
// it is gone (restart, expiry) the page asks for the file again.
import { randomUUID } from 'node:crypto';
import type { FileInput } from './service';

export const STASH_TTL_MS = 30 * 60 * 1000;
/** All users' entries together: files plus failed-rows text (the server's memory bound counts on it). */
export const STASH_MAX_BYTES = 200 * 1024 * 1024;
/** One user checking file after file keeps only the latest few. */
export const STASH_MAX_PER_USER = 3;

export type Stashed = {
	userId: string;
	file: FileInput;
	defaultPeriod: string | undefined;
	/** The failed rows as CSV, when the check found problems. */
	failedRows: string | null;
	at: number;
};

const entries = new Map<string, Stashed>();

/** What an entry holds in memory: the file, and the failed rows as a JS string (UTF-16, 2 bytes a char). */
export function sizeOf(entry: Pick<Stashed, 'file' | 'failedRows'>): number {
	return entry.file.bytes.length + 2 * (entry.failedRows?.length ?? 0);
}

function sweep(now: number): void {
	for (const [token, entry] of entries) if (now - entry.at > STASH_TTL_MS) entries.delete(token);
	const perUser = new Map<string, number>();
	for (const entry of entries.values()) perUser.set(entry.userId, (perUser.get(entry.userId) ?? 0) + 1);
	let total = 0;
	// Oldest first (Map keeps insertion order): a user's surplus goes, then whatever passes the total.
	for (const [token, entry] of entries) {
		const count = perUser.get(entry.userId)!;
		if (count > STASH_MAX_PER_USER) {
			perUser.set(entry.userId, count - 1);
			entries.delete(token);
		} else total += sizeOf(entry);
	}
	for (const [token, entry] of entries) {
		if (total <= STASH_MAX_BYTES) break;
		total -= sizeOf(entry);
		entries.delete(token);
	}
}

/** The stash's current size in bytes (for tests and the memory bound). */
export function stashSize(): { entries: number; bytes: number } {
	let bytes = 0;
	for (const entry of entries.values()) bytes += sizeOf(entry);
	return { entries: entries.size, bytes };
}

/** Replaces an entry's failed rows (after a refused "confirm"), within the same bounds. */
export function setFailedRows(token: string, failedRows: string | null, now = Date.now()): void {
	const entry = entries.get(token);
	if (!entry) return;
	entry.failedRows = failedRows;
	sweep(now);
}

export function stashFile(entry: Omit<Stashed, 'at'>, now = Date.now()): string {
	const token = randomUUID();
	entries.set(token, { ...entry, at: now });
	sweep(now);
	return token;
}

/** The entry, only for the user who stashed it. */
export function takeStash(token: string, userId: string, now = Date.now()): Stashed | null {
	sweep(now);
	const entry = entries.get(token);
	return entry && entry.userId === userId ? entry : null;
}

export function dropStash(token: string): void {
	entries.delete(token);
}
