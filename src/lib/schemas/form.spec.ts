import { describe, expect, it } from 'vitest';
import { isoDateSchema } from './form';

describe('isoDateSchema', () => {
	const date = isoDateSchema('some.error');

	it('takes a real day, trimmed, as dd/mm/yyyy (day first) or YYYY-MM-DD', () => {
		expect(date.parse(' 2024-02-29 ')).toBe('2024-02-29');
		expect(date.parse('05/09/2025')).toBe('2025-09-05');
		expect(date.parse('12/03/2026')).toBe('2026-03-12');
	});

	it('refuses impossible days and other layouts with its message', () => {
		for (const v of ['2025-02-29', '2025-13-01', '29/02/2025', '09/31/2025', '']) {
			const r = date.safeParse(v);
			expect(r.success).toBe(false);
			expect(r.error?.issues[0].message).toBe('some.error');
		}
	});
});
