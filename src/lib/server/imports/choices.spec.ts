import { describe, expect, it } from 'vitest';
import { defaultPeriod, type PeriodChoice } from './choices';

const ALL = ['MN', 'TH', 'THCS', 'THPT'];
const choice = (
	ref: string,
	schoolDeadline: string,
	levels = ALL,
	periodType = 'school_year',
	status = 'open'
): PeriodChoice => ({
	ref,
	yearCode: ref.slice(0, 9),
	formCode: ref.slice(10),
	levels,
	periodType,
	labelVi: ref,
	labelEn: ref,
	status,
	schoolDeadline
});

// The order listPeriodChoices gives: latest year first, then by deadline and the calendar's order.
const PERIODS = [
	choice('2026-2027/DAU_NAM', '2026-09-25'),
	choice('2026-2027/CAN_DO_1', '2026-09-25', ['MN']),
	choice('2026-2027/2026-10', '2026-11-05', ALL, 'monthly'),
	choice('2026-2027/CAN_DO_2', '2026-12-05', ['MN']),
	choice('2026-2027/HK1', '2026-12-05'),
	choice('2026-2027/2026-11', '2026-12-05', ALL, 'monthly'),
	choice('2026-2027/CUOI_NAM', '2027-05-10'),
	choice('2025-2026/CUOI_NAM', '2026-05-10')
];

describe('defaultPeriod', () => {
	it('picks the school-year report due next, semester I before a preschool growth round on the same day', () => {
		expect(defaultPeriod(PERIODS, '2026-11-24')?.ref).toBe('2026-2027/HK1');
		expect(defaultPeriod(PERIODS, '2026-11-24', 'MN')?.ref).toBe('2026-2027/HK1');
		expect(defaultPeriod(PERIODS, '2026-09-10')?.ref).toBe('2026-2027/DAU_NAM');
	});

	it('offers a school only the forms its level reports', () => {
		const growth = PERIODS.filter((p) => p.levels.length === 1);
		expect(defaultPeriod(growth, '2026-11-24', 'TH')?.ref).toBe(growth[0].ref); // nothing fits: any period
		expect(defaultPeriod([...growth, PERIODS[0]], '2026-11-24', 'TH')?.ref).toBe('2026-2027/DAU_NAM');
		expect(defaultPeriod(growth, '2026-11-24', 'MN')?.ref).toBe('2026-2027/CAN_DO_2');
	});

	it('falls back to the one due last, then to monthly reports, and skips closed periods', () => {
		expect(defaultPeriod(PERIODS, '2027-06-01')?.ref).toBe('2026-2027/CUOI_NAM');
		const closedHk1 = PERIODS.map((p) => (p.ref === '2026-2027/HK1' ? { ...p, status: 'closed' } : p));
		expect(defaultPeriod(closedHk1, '2026-11-24', 'TH')?.ref).toBe('2026-2027/CUOI_NAM');
		const months = PERIODS.filter((p) => p.periodType === 'monthly');
		expect(defaultPeriod(months, '2026-11-24', 'TH')?.ref).toBe('2026-2027/2026-11');
	});
});
