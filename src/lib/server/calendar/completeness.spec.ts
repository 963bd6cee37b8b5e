import { describe, expect, it } from 'vitest';
import { classifyReport, isExpected, summarise, type ReportState } from './completeness';
import { daysLate, endOfVnDay, isOnTime, toVnDate } from './dates';

const DAU_NAM = {
	formLevels: ['MN', 'TH', 'THCS', 'THPT'],
	endDate: '2024-09-25',
	schoolDeadline: '2024-09-25'
};
const HK1 = { formLevels: ['MN', 'TH', 'THCS', 'THPT'], endDate: '2024-12-05', schoolDeadline: '2024-12-05' };
const CUOI_NAM = {
	formLevels: ['MN', 'TH', 'THCS', 'THPT'],
	endDate: '2025-05-10',
	schoolDeadline: '2025-05-10'
};
const SEPT = {
	formLevels: ['MN', 'TH', 'THCS', 'THPT'],
	endDate: '2024-09-30',
	schoolDeadline: '2024-10-05'
};
const CAN_DO = { formLevels: ['MN'], endDate: '2024-12-05', schoolDeadline: '2024-12-05' };
const school = (level: string, activeFrom: string | null = null, activeTo: string | null = null) => ({
	schoolLevel: level as 'TH',
	activeFrom,
	activeTo
});

describe('deadlines in Vietnam time', () => {
	it('a deadline day ends at 17:00 UTC (midnight in Hà Nội)', () => {
		expect(endOfVnDay('2024-09-25').toISOString()).toBe('2024-09-25T17:00:00.000Z');
		expect(isOnTime('2024-09-25T16:59:59Z', '2024-09-25')).toBe(true);
		expect(isOnTime('2024-09-25T17:00:00Z', '2024-09-25')).toBe(false);
		expect(toVnDate('2024-09-25T17:00:00Z')).toBe('2024-09-26');
	});
	it('days late are Vietnamese calendar days after the deadline', () => {
		expect(daysLate('2024-09-25T16:00:00Z', '2024-09-25')).toBe(0);
		expect(daysLate('2024-09-25T17:30:00Z', '2024-09-25')).toBe(1); // 00:30 on the 26th in Hà Nội
		expect(daysLate('2024-10-05T02:00:00Z', '2024-09-25')).toBe(10);
	});
});

describe('who is expected to report', () => {
	it('only schools of the form’s levels; combined schools count for either part', () => {
		expect(isExpected(school('MN'), CAN_DO)).toBe(true);
		expect(isExpected(school('TH'), CAN_DO)).toBe(false);
		expect(isExpected(school('TH_THCS'), { ...CAN_DO, formLevels: ['THCS'] })).toBe(true);
		expect(isExpected({ schoolLevel: null, activeFrom: null, activeTo: null }, HK1)).toBe(false);
	});
	it('a school opened mid-year (1 Oct 2024) owes nothing for periods that ended before it opened', () => {
		const opened = school('MN', '2024-10-01');
		expect(isExpected(opened, DAU_NAM)).toBe(false);
		expect(isExpected(opened, SEPT)).toBe(false); // September ended before it opened, though due 5 Oct
		expect(isExpected(opened, HK1)).toBe(true);
		expect(isExpected(opened, CUOI_NAM)).toBe(true);
		expect(isExpected(school('MN', '2024-09-30'), SEPT)).toBe(true);
	});
	it('a school closed on 31 Dec 2024 owes the semester report but not the year-end one', () => {
		const closed = school('MN', null, '2024-12-31');
		expect(isExpected(closed, HK1)).toBe(true);
		expect(isExpected(closed, CUOI_NAM)).toBe(false);
		expect(isExpected(school('MN', null, '2024-12-05'), HK1)).toBe(true); // closed on the deadline day
		expect(isExpected(school('MN', null, '2024-12-04'), HK1)).toBe(false);
	});
});

describe('classifying one school’s report', () => {
	const deadline = '2024-12-05';
	it('received on time, late, returned, missing', () => {
		expect(
			classifyReport({ status: 'approved', submittedAt: '2024-12-05T10:00:00Z' }, deadline, '2025-01-01')
		).toEqual({
			state: 'on_time',
			daysLate: 0,
			daysLeft: null
		});
		expect(
			classifyReport({ status: 'submitted', submittedAt: '2024-12-09T03:00:00Z' }, deadline, '2025-01-01')
		).toEqual({
			state: 'late',
			daysLate: 4,
			daysLeft: null
		});
		expect(
			classifyReport({ status: 'returned', submittedAt: '2024-12-01T03:00:00Z' }, deadline, '2024-12-07')
		).toEqual({
			state: 'returned',
			daysLate: null,
			daysLeft: -2
		});
		expect(classifyReport({ status: 'draft', submittedAt: null }, deadline, '2024-12-01').state).toBe(
			'missing'
		);
		expect(classifyReport(null, deadline, '2024-12-01')).toEqual({
			state: 'missing',
			daysLate: null,
			daysLeft: 4
		});
	});
	it('a report sent without every required figure is incomplete, whenever it arrived', () => {
		expect(
			classifyReport({ status: 'approved', submittedAt: '2024-12-05T10:00:00Z' }, deadline, '2025-01-01', 3)
		).toEqual({ state: 'incomplete', daysLate: 0, daysLeft: null });
		expect(
			classifyReport({ status: 'submitted', submittedAt: '2024-12-09T03:00:00Z' }, deadline, '2025-01-01', 1)
		).toEqual({ state: 'incomplete', daysLate: 4, daysLeft: null });
		expect(classifyReport(null, deadline, '2024-12-01', 2).state).toBe('missing');
	});
	it('a submitted report without a submission time is not received', () => {
		expect(classifyReport({ status: 'submitted', submittedAt: null }, deadline, '2024-12-01').state).toBe(
			'missing'
		);
	});
});

describe('counts and rates', () => {
	it('Σ over schools: 10 expected, 6 on time, 2 late, 1 returned, 1 missing', () => {
		const states: ReportState[] = [
			...Array<ReportState>(6).fill('on_time'),
			'late',
			'late',
			'returned',
			'missing'
		];
		expect(summarise(states)).toEqual({
			expected: 10,
			received: 8,
			onTime: 6,
			late: 2,
			missing: 2,
			returned: 1,
			incomplete: 0,
			completeness: 80,
			timeliness: 60
		});
	});
	it('an incomplete report is neither received nor on time: 4 expected, 2 on time, 1 incomplete', () => {
		expect(summarise(['on_time', 'on_time', 'incomplete', 'missing'])).toEqual({
			expected: 4,
			received: 2,
			onTime: 2,
			late: 0,
			missing: 2,
			returned: 0,
			incomplete: 1,
			completeness: 50,
			timeliness: 50
		});
	});
	it('nothing expected: rates are unknown, not 0% or 100%', () => {
		expect(summarise([])).toMatchObject({ expected: 0, completeness: null, timeliness: null });
	});
});
