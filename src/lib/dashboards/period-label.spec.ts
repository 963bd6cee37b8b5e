import { describe, expect, it } from 'vitest';
import { shortPeriodLabel } from './period-label';

describe('shortPeriodLabel', () => {
	it('names plan periods and months briefly in each language', () => {
		expect(shortPeriodLabel('vi', 'DAU_NAM')).toBe('đầu năm');
		expect(shortPeriodLabel('en', 'HK1')).toBe('semester I');
		expect(shortPeriodLabel('vi', 'CAN_DO_2')).toBe('cân đo lần 2');
		expect(shortPeriodLabel('vi', '2024-10')).toBe('tháng 10/2024');
		expect(shortPeriodLabel('en', '2025-03')).toBe('3/2025');
		expect(shortPeriodLabel('en', 'OTHER')).toBe('OTHER');
	});
});
