// A checked file kept in memory between "check" and "confirm" on the upload page, so confirming does
// not send 20 MB again (and works without JavaScript). Per user, short-lived, bounded in size; when
// it is gone (restart, expiry) the page asks for the file again.
import { randomUUID } from 'node:crypto';
import type { FileInput } from './service';

export const STASH_TTL_MS = 30 * 60 * 1000;
export const STASH_MAX_BYTES = 200 * 1024 * 1024;

export type Stashed = {
	userId: string;
	file: FileInput;
	defaultPeriod: string | undefined;
	/** The failed rows as CSV, when the check found problems. */
	failedRows: string | null;
	at: number;
};

const entries = new Map<string, Stashed>();

function sweep(now: number): void {
	for (const [token, entry] of entries) if (now - entry.at > STASH_TTL_MS) entries.delete(token);
	let total = 0;
	for (const entry of entries.values()) total += entry.file.bytes.length;
	// Oldest first (Map keeps insertion order).
	for (const [token, entry] of entries) {
		if (total <= STASH_MAX_BYTES) break;
		total -= entry.file.bytes.length;
		entries.delete(token);
	}
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
