// A short-lived memo for what changes rarely and costs a full evaluation: earlier school years'
// values (sparklines, last year's trend) and the default period. The selected year and period
// are never memoised, so what a leader judges by is always live. Storing figures clears it (see
// imports/service.ts); only another app process's uploads can lag here, by at most TTL.
const TTL_MS = 60_000;
const MAX_ENTRIES = 500;
const entries = new Map<string, { at: number; value: Promise<unknown> }>();

export function memo<T>(key: string, compute: () => Promise<T>, now = Date.now()): Promise<T> {
	const hit = entries.get(key);
	if (hit && now - hit.at < TTL_MS) return hit.value as Promise<T>;
	const value = compute();
	entries.set(key, { at: now, value });
	value.catch(() => entries.delete(key));
	if (entries.size > MAX_ENTRIES) entries.delete(entries.keys().next().value!);
	return value;
}

/** After figures are stored, and for tests that start from nothing. */
export function clearMemo(): void {
	entries.clear();
}
