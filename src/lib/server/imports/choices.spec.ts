import { describe, expect, it } from 'vitest';
import { defaultPeriod, offerPeriods, type PeriodChoice } from './choices';

const ALL = ['MN', 'TH', 'THCS', 'THPT'];
const choice = (
	ref: string,
	schoolDeadline: string,
	levels = ALL,
	periodType = 'school_year',
	status = 'open',
	startDate = `${ref.slice(0, 4)}-09-05`
): PeriodChoice => ({
	ref,
	yearCode: ref.slice(0, 9),
	formCode: ref.slice(10),
	levels,
	periodType,
	labelVi: ref,
	labelEn: ref,
	status,
	startDate,
	schoolDeadline,
	monthly: periodType === 'monthly',
	sort: 0
});

// The order listPeriodChoices gives: latest year first, then by deadline and the calendar's order.
const PERIODS = [
	choice('2026-2027/DAU_NAM', '2026-09-25'),
	choice('2026-2027/CAN_DO_1', '2026-09-25', ['MN']),
	choice('2026-2027/2026-10', '2026-11-05', ALL, 'monthly', 'open', '2026-10-01'),
	choice('2026-2027/CAN_DO_2', '2026-12-05', ['MN'], 'school_year', 'open', '2026-11-20'),
	choice('2026-2027/HK1', '2026-12-05'),
	choice('2026-2027/2026-11', '2026-12-05', ALL, 'monthly', 'open', '2026-11-01'),
	choice('2026-2027/CUOI_NAM', '2027-05-10', ALL, 'school_year', 'open', '2027-01-16'),
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
		// nothing fits: the same rule over every period
		expect(defaultPeriod(growth, '2026-11-24', 'TH')?.ref).toBe('2026-2027/CAN_DO_2');
		expect(defaultPeriod([...growth, PERIODS[0]], '2026-11-24', 'TH')?.ref).toBe('2026-2027/DAU_NAM');
		expect(defaultPeriod(growth, '2026-11-24', 'MN')?.ref).toBe('2026-2027/CAN_DO_2');
	});

	it('falls back to the one due last, then to monthly reports, and prefers open periods', () => {
		expect(defaultPeriod(PERIODS, '2027-06-01')?.ref).toBe('2026-2027/CUOI_NAM');
		const closedHk1 = PERIODS.map((p) => (p.ref === '2026-2027/HK1' ? { ...p, status: 'closed' } : p));
		// semester I closed: the open report due last (still accepted late), not one months ahead
		expect(defaultPeriod(closedHk1, '2026-11-24', 'TH')?.ref).toBe('2026-2027/DAU_NAM');
		const allClosed = PERIODS.map((p) => ({ ...p, status: 'closed' }));
		expect(defaultPeriod(allClosed, '2026-11-24', 'TH')?.ref).toBe('2026-2027/HK1');
		const months = PERIODS.filter((p) => p.periodType === 'monthly');
		expect(defaultPeriod(months, '2026-11-24', 'TH')?.ref).toBe('2026-2027/2026-11');
	});
});

describe('offerPeriods', () => {
	const school = (level: string) => ({ code: level, name: level, type: 'school', level });
	it('offers schools only the forms of their levels; an area every form', () => {
		const refs = (units: Parameters<typeof offerPeriods>[1]) =>
			offerPeriods(PERIODS, units).map((p) => p.ref);
		expect(refs([school('TH')])).not.toContain('2026-2027/CAN_DO_2');
		expect(refs([school('TH')])).toContain('2026-2027/HK1');
		expect(refs([school('MN')])).toContain('2026-2027/CAN_DO_2');
		expect(refs([school('TH'), school('MN')])).toContain('2026-2027/CAN_DO_1');
		expect(refs([{ code: 'HAIAN', name: 'HA', type: 'district', level: null }, school('TH')])).toHaveLength(
			PERIODS.length
		);
	});
});
