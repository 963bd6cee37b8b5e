import { describe, expect, it } from 'vitest';
import {
	nextWorkingDay,
	shiftDeadline,
	shiftLabel,
	shiftPeriod,
	shiftYear,
	shiftYears,
	weekday,
	yearsBetween
} from './shift-dates';
import { buildMonthPeriods, monthsOf } from './year-months';

describe('shiftYears', () => {
	it('moves a date by whole years', () => {
		expect(shiftYears('2025-09-05', 1)).toBe('2026-09-05');
		expect(shiftYears('2026-05-31', 2)).toBe('2028-05-31');
	});
	it('turns 29 February into 28 February in a common year, and keeps 28/02 into a leap year', () => {
		expect(shiftYears('2024-02-29', 1)).toBe('2025-02-28');
		expect(shiftYears('2024-02-29', 4)).toBe('2028-02-29');
		expect(shiftYears('2027-02-28', 1)).toBe('2028-02-28');
	});
});

describe('nextWorkingDay', () => {
	it('moves Saturday and Sunday to Monday and leaves weekdays', () => {
		expect(weekday('2026-09-26')).toBe(6);
		expect(nextWorkingDay('2026-09-26')).toBe('2026-09-28');
		expect(nextWorkingDay('2026-09-27')).toBe('2026-09-28');
		expect(nextWorkingDay('2026-09-25')).toBe('2026-09-25');
		expect(nextWorkingDay('2027-01-02')).toBe('2027-01-04');
	});
	it('crosses a month and a year end', () => {
		expect(nextWorkingDay('2026-10-31')).toBe('2026-11-02');
		expect(nextWorkingDay('2022-12-31')).toBe('2023-01-02');
	});
});

describe('shiftDeadline', () => {
	it('shifts by a year, then off the weekend', () => {
		// 25/09/2025 is a Thursday; 25/09/2026 a Friday; 05/12/2026 a Saturday → Monday 07/12.
		expect(shiftDeadline('2025-09-25', 1)).toBe('2026-09-25');
		expect(shiftDeadline('2025-12-05', 1)).toBe('2026-12-07');
		// 10/10/2026 Saturday → 12/10.
		expect(shiftDeadline('2025-10-10', 1)).toBe('2026-10-12');
	});
	it('a 29 February deadline becomes 28 February, and a weekend one the Monday after', () => {
		expect(shiftDeadline('2024-02-29', 1)).toBe('2025-02-28'); // a Friday
		expect(shiftDeadline('2024-02-29', 2)).toBe('2026-03-02'); // 28/02/2026 is a Saturday
	});
});

describe('shiftLabel', () => {
	it('moves the source year’s code and its years only', () => {
		expect(shiftLabel('Cuối năm học 2025-2026', '2025-2026', 1)).toBe('Cuối năm học 2026-2027');
		expect(shiftLabel('Tháng 9/2025', '2025-2026', 1)).toBe('Tháng 9/2026');
		expect(shiftLabel('January 2026', '2025-2026', 1)).toBe('January 2027');
		expect(shiftLabel('Thông tư 2018 (school year 2025-2026)', '2025-2026', 2)).toBe(
			'Thông tư 2018 (school year 2027-2028)'
		);
	});
});

describe('shiftYear and shiftPeriod', () => {
	const year = {
		code: '2025-2026',
		startDate: '2025-09-05',
		endDate: '2026-05-31',
		hk1Start: '2025-09-06',
		hk1End: '2026-01-15',
		hk2Start: '2026-01-16',
		hk2End: '2026-05-25'
	};
	it('moves the year and its semesters without weekend shifting', () => {
		expect(shiftYear(year, 1)).toEqual({
			code: '2026-2027',
			startDate: '2026-09-05', // a Saturday: the start is a date, not a deadline
			endDate: '2027-05-31',
			hk1Start: '2026-09-06',
			hk1End: '2027-01-15',
			hk2Start: '2027-01-16',
			hk2End: '2027-05-25'
		});
	});
	it('a month period keeps its month: key, label, whole-month dates (February in a leap year)', () => {
		const feb = {
			formCode: 'THANG',
			key: '2027-02',
			labelVi: 'Tháng 2/2027',
			labelEn: 'February 2027',
			startDate: '2027-02-01',
			endDate: '2027-02-28',
			schoolDeadline: '2027-03-05',
			districtDeadline: '2027-03-10',
			sortOrder: 7
		};
		expect(shiftPeriod(feb, '2026-2027', 1)).toEqual({
			...feb,
			key: '2028-02',
			labelVi: 'Tháng 2/2028',
			labelEn: 'February 2028',
			startDate: '2028-02-01',
			endDate: '2028-02-29',
			schoolDeadline: '2028-03-06', // 05/03/2028 is a Sunday
			districtDeadline: '2028-03-10'
		});
	});
	it('counts the years between codes', () => {
		expect(yearsBetween('2025-2026', '2027-2028')).toBe(2);
	});
});

describe('month periods of a year', () => {
	it('lists September to May', () => {
		expect(monthsOf('2025-09-05', '2026-05-31')).toEqual([
			'2025-09',
			'2025-10',
			'2025-11',
			'2025-12',
			'2026-01',
			'2026-02',
			'2026-03',
			'2026-04',
			'2026-05'
		]);
	});
	it('are due on given days of the next month, clamped to its length', () => {
		const months = buildMonthPeriods(
			'THANG',
			{ startDate: '2025-12-01', endDate: '2026-01-31' },
			{
				school: 5,
				district: 31
			}
		);
		expect(
			months.map((p) => [p.key, p.labelVi, p.startDate, p.endDate, p.schoolDeadline, p.districtDeadline])
		).toEqual([
			['2025-12', 'Tháng 12/2025', '2025-12-01', '2025-12-31', '2026-01-05', '2026-01-31'],
			['2026-01', 'Tháng 1/2026', '2026-01-01', '2026-01-31', '2026-02-05', '2026-02-28']
		]);
	});
});
