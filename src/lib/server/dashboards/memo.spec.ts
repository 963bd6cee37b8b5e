import { beforeEach, describe, expect, it } from 'vitest';
import { clearMemo, memo } from './memo';

describe('memo', () => {
	beforeEach(clearMemo);

	it('reuses a value for a minute, then computes it again', async () => {
		let calls = 0;
		const compute = async () => ++calls;
		expect(await memo('k', compute, 0)).toBe(1);
		expect(await memo('k', compute, 59_000)).toBe(1);
		expect(await memo('other', compute, 59_000)).toBe(2);
		expect(await memo('k', compute, 61_000)).toBe(3);
	});

	it('forgets failures', async () => {
		await expect(memo('bad', () => Promise.reject(new Error('x')), 0)).rejects.toThrow('x');
		expect(await memo('bad', async () => 'ok', 1)).toBe('ok');
	});
});
