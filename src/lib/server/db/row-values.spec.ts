import { describe, expect, it } from 'vitest';
import { toDateOrNull, toInstant, toInstantOrNull } from './row-values';

describe('row values', () => {
	it('reads a timestamp the same whether a driver gives a Date or PostgreSQL text', () => {
		const at = new Date('2025-10-05T03:00:00Z');
		expect(toInstant(at)).toBe('2025-10-05T03:00:00.000Z');
		expect(toInstant('2025-10-05 10:00:00+07')).toBe('2025-10-05T03:00:00.000Z');
		expect(toInstantOrNull(null)).toBeNull();
		expect(toDateOrNull('2025-10-05 10:00:00+07')?.getTime()).toBe(at.getTime());
		expect(toDateOrNull(null)).toBeNull();
	});
});
