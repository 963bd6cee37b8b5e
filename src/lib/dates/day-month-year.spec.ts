import { describe, expect, it } from 'vitest';
import { DAY_MONTH_YEAR_PATTERN, formatDayMonthYear, parseDayMonthYear } from './day-month-year';

describe('dates as dd/mm/yyyy', () => {
	it('reads day first: 12/03/2026 is 12 March, whatever the browser', () => {
		expect(parseDayMonthYear('12/03/2026')).toBe('2026-03-12');
		expect(parseDayMonthYear(' 5/9/2025 ')).toBe('2025-09-05');
		expect(parseDayMonthYear('05.09.2025')).toBe('2025-09-05');
		expect(parseDayMonthYear('05-09-2025')).toBe('2025-09-05');
		expect(parseDayMonthYear('2025-09-05')).toBe('2025-09-05');
		expect(parseDayMonthYear('29/02/2024')).toBe('2024-02-29');
	});

	it('refuses days that do not exist and other layouts', () => {
		for (const v of [
			'29/02/2025',
			'31/04/2026',
			'12/13/2026',
			'00/01/2026',
			'2026/03/12',
			'12/03/26',
			'',
			'x'
		])
			expect(parseDayMonthYear(v)).toBeNull();
	});

	it('shows stored days as dd/mm/yyyy and leaves typed text alone', () => {
		expect(formatDayMonthYear('2026-03-12')).toBe('12/03/2026');
		expect(formatDayMonthYear('2026-03-12T00:00:00.000Z')).toBe('12/03/2026');
		expect(formatDayMonthYear('12/3/2026')).toBe('12/3/2026');
		expect(formatDayMonthYear(null)).toBe('');
	});

	it("the input's pattern (anchored by the browser) takes what the parser takes", () => {
		const re = new RegExp(`^(?:${DAY_MONTH_YEAR_PATTERN})$`, 'v');
		for (const v of ['12/03/2026', '5/9/2025', '05.09.2025', '2025-09-05']) expect(re.test(v)).toBe(true);
		for (const v of ['12/03/26', '2026/03/12', 'March 12']) expect(re.test(v)).toBe(false);
	});
});
