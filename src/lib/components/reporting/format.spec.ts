import { describe, expect, it } from 'vitest';
import { formatDateTime, formatDay } from './format';

describe('formatDateTime and formatDay', () => {
	it('write Vietnam time whatever the zone, in either locale, again and again', () => {
		for (let i = 0; i < 2; i++) {
			expect(formatDateTime('vi', '2024-12-09T03:00:00Z')).toBe('10:00 09/12/2024');
			expect(formatDateTime('en', new Date('2024-12-09T03:00:00Z'))).toBe('09/12/2024, 10:00');
			expect(formatDay('vi', '2024-12-05')).toBe('05/12/2024');
			expect(formatDay('en', '2024-12-31T20:00:00Z')).toBe('01/01/2025');
		}
		expect(formatDateTime('vi', null)).toBe('—');
		expect(formatDay('en', undefined)).toBe('—');
	});
});
