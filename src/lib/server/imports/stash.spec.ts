import { afterEach, describe, expect, it } from 'vitest';
import {
	dropStash,
	setFailedRows,
	sizeOf,
	stashFile,
	stashSize,
	STASH_MAX_BYTES,
	STASH_MAX_PER_USER,
	STASH_TTL_MS,
	takeStash
} from './stash';

const MB = 1024 * 1024;
const tokens: string[] = [];

function stash(userId: string, fileBytes: number, failedChars = 0, at = 1_000) {
	const token = stashFile(
		{
			userId,
			file: { bytes: new Uint8Array(fileBytes), fileName: 'a.csv', mediaType: 'text/csv' },
			defaultPeriod: undefined,
			failedRows: failedChars ? 'x'.repeat(failedChars) : null
		},
		at
	);
	tokens.push(token);
	return token;
}

afterEach(() => {
	for (const t of tokens.splice(0)) dropStash(t);
});

describe('the preview stash', () => {
	it('counts the failed-rows text at two bytes a character beside the file', () => {
		const token = stash('u1', 1000, 500);
		expect(sizeOf(takeStash(token, 'u1', 1_000)!)).toBe(2000);
		expect(stashSize()).toEqual({ entries: 1, bytes: 2000 });
	});

	it('keeps only the latest entries of one user, not the other users', () => {
		const other = stash('u2', 10);
		const mine = Array.from({ length: STASH_MAX_PER_USER + 2 }, (_, i) => stash('u1', 10, 0, 1_000 + i));
		expect(takeStash(mine[0], 'u1', 2_000)).toBeNull();
		expect(takeStash(mine[1], 'u1', 2_000)).toBeNull();
		for (const t of mine.slice(2)) expect(takeStash(t, 'u1', 2_000)).not.toBeNull();
		expect(takeStash(other, 'u2', 2_000)).not.toBeNull();
		expect(takeStash(other, 'u1', 2_000)).toBeNull();
	});

	it('drops the oldest entries once files and failed rows together pass the total', () => {
		const quarter = STASH_MAX_BYTES / 4;
		// Each: a 20 MB file and failed rows of (quarter - 20 MB) bytes: about a quarter of the bound.
		const made = ['a', 'b', 'c', 'd', 'e', 'f'].map((u, i) =>
			stash(u, 20 * MB, (quarter - 20 * MB) / 2 + 1, 1_000 + i)
		);
		expect(stashSize().bytes).toBeLessThanOrEqual(STASH_MAX_BYTES);
		expect(takeStash(made[0], 'a', 2_000)).toBeNull();
		expect(takeStash(made[5], 'f', 2_000)).not.toBeNull();
	});

	it('counts failed rows set after a refused confirm, and forgets entries after the time limit', () => {
		const first = stash('a', 10, 0, 1_000);
		const second = stash('b', 10, 0, 1_000);
		// Second alone: 6 bytes under the bound; with first's 10, over it.
		setFailedRows(second, 'x'.repeat(STASH_MAX_BYTES / 2 - 8), 1_000);
		expect(takeStash(first, 'a', 1_000)).toBeNull();
		expect(takeStash(second, 'b', 1_000)).not.toBeNull();
		expect(takeStash(second, 'b', 1_000 + STASH_TTL_MS + 1)).toBeNull();
	});
});
