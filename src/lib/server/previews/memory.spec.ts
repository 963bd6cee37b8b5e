import { describe, expect, it } from 'vitest';
import { PREVIEW_MAX_MEMORY_BYTES, PREVIEW_MAX_PER_USER, PREVIEW_TTL_MINUTES } from './bounds';
import {
	dropFromMemory,
	memoryPreviewSize,
	readFailedRowsFromMemory,
	saveInMemory,
	setFailedRowsInMemory,
	takeFromMemory
} from './memory';

const MB = 1024 * 1024;
const file = (bytes: number) => ({ bytes: new Uint8Array(bytes), fileName: 'a.csv', mediaType: 'text/csv' });

describe('previews kept in memory (the embedded database)', () => {
	it('give the file and failed rows back to their user and kind only, then forget them', async () => {
		const token = await saveInMemory(
			{ kind: 'figures', userId: 'u1', file: file(10), defaultPeriod: '2024-2025/HK1', failedRows: 'a;b' },
			1_000
		);
		expect(takeFromMemory(token, 'u1', 'figures', 1_000)).toMatchObject({ defaultPeriod: '2024-2025/HK1' });
		expect(await readFailedRowsFromMemory(token, 'u1', 1_000)).toBe('a;b');
		expect(takeFromMemory(token, 'u2', 'figures', 1_000)).toBeNull();
		expect(takeFromMemory(token, 'u1', 'units', 1_000)).toBeNull();
		await setFailedRowsInMemory(token, null);
		expect(await readFailedRowsFromMemory(token, 'u1', 1_000)).toBeNull();
		expect(takeFromMemory(token, 'u1', 'figures', 1_000 + PREVIEW_TTL_MINUTES * 60_000)).toBeNull();
		dropFromMemory(token);
		expect(takeFromMemory(token, 'u1', 'figures', 1_000)).toBeNull();
	});

	it('keep only the latest few of a user, and stay within the total', async () => {
		const now = Date.now();
		const mine: string[] = [];
		for (let i = 0; i < PREVIEW_MAX_PER_USER + 2; i++) {
			mine.push(await saveInMemory({ kind: 'units', userId: 'm', file: file(10) }, now));
		}
		expect(takeFromMemory(mine[0], 'm', 'units', now)).toBeNull();
		expect(takeFromMemory(mine[1], 'm', 'units', now)).toBeNull();
		expect(takeFromMemory(mine.at(-1)!, 'm', 'units', now)).not.toBeNull();
		// Twelve users with a 20 MB file each: 240 MB asked, the oldest dropped.
		const big: string[] = [];
		for (let i = 0; i < 12; i++) {
			big.push(await saveInMemory({ kind: 'figures', userId: `b${i}`, file: file(20 * MB) }, now));
		}
		expect(memoryPreviewSize().bytes).toBeLessThanOrEqual(PREVIEW_MAX_MEMORY_BYTES);
		expect(takeFromMemory(big[0], 'b0', 'figures', now)).toBeNull();
		expect(takeFromMemory(big[11], 'b11', 'figures', now)).not.toBeNull();
	});
});
