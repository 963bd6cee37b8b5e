// A checked school list kept for its confirmation (the page works without JavaScript, and a file
// input cannot be sent again by the server). In this process's memory, per user, for 30 minutes.
import { generateSecret } from '../../auth/tokens';

type Stashed = { userId: string; bytes: Uint8Array; fileName: string; until: number };

const TTL_MS = 30 * 60 * 1000;
const MAX_ENTRIES = 50;
const stash = new Map<string, Stashed>();

function prune(now: number) {
	for (const [token, s] of stash) if (s.until < now) stash.delete(token);
	while (stash.size >= MAX_ENTRIES) stash.delete(stash.keys().next().value!);
}

export function stashUnitFile(userId: string, bytes: Uint8Array, fileName: string, now = Date.now()): string {
	prune(now);
	const token = generateSecret();
	stash.set(token, { userId, bytes, fileName, until: now + TTL_MS });
	return token;
}

export function takeUnitFile(token: string, userId: string, now = Date.now()): Stashed | null {
	const s = stash.get(token);
	if (!s || s.userId !== userId || s.until < now) return null;
	return s;
}

export function dropUnitFile(token: string): void {
	stash.delete(token);
}
