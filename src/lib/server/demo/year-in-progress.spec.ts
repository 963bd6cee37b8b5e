import { describe, expect, it } from 'vitest';
import { DEMO_AS_OF, periodsFor, schoolYears } from './data/calendar';
import type { GeneratedSubmission } from './generate-figures';
import {
	holdBackLate,
	inProgressStatus,
	lastDueKey,
	latestArrivals,
	leaveIncomplete,
	yearEnded
} from './year-in-progress';

const sub = (schoolCode: string, periodKey: string, submittedAt: string | null): GeneratedSubmission => ({
	schoolCode,
	periodKey,
	figures: {},
	submittedAt
});

describe('the demo calendar at its as-of date', () => {
	it('has 2026-2027 in the same frame as the other years, the only one still running', () => {
		expect(schoolYears.find((y) => y.code === '2026-2027')).toEqual({
			code: '2026-2027',
			start: '2026-09-05',
			end: '2027-05-31',
			hk1: ['2026-09-06', '2027-01-15'],
			hk2: ['2027-01-16', '2027-05-25']
		});
		expect(schoolYears.filter((y) => !yearEnded(y, DEMO_AS_OF)).map((y) => y.code)).toEqual(['2026-2027']);
	});

	it('has four 2026-2027 periods due by then, the last the October monthly report; HK1 is due on 5 Dec', () => {
		const periods = periodsFor('2026-2027');
		expect(periods).toHaveLength(15);
		expect(periods.filter((p) => p.schoolDeadline <= DEMO_AS_OF).map((p) => p.key)).toEqual([
			'DAU_NAM',
			'CAN_DO_1',
			'2026-09',
			'2026-10'
		]);
		expect(lastDueKey(periods, DEMO_AS_OF)).toBe('2026-10');
		expect(periods.find((p) => p.key === 'HK1')?.schoolDeadline).toBe('2026-12-05');
		expect(lastDueKey(periods, '2026-09-01')).toBeNull();
	});
});

describe('the year in progress', () => {
	const subs = [
		sub('A', '2026-09', '2026-10-03T02:00:00.000Z'),
		sub('A', '2026-10', '2026-11-03T02:00:00.000Z'),
		sub('LATE', '2026-09', '2026-10-10T02:00:00.000Z'),
		sub('LATE', '2026-10', '2026-11-12T02:00:00.000Z'),
		sub('B', '2026-10', '2026-11-05T03:00:00.000Z'),
		sub('C', '2026-10', '2026-11-04T03:00:00.000Z'),
		sub('D', '2026-10', '2026-11-05T09:00:00.000Z'),
		sub('X', '2026-10', '2026-11-05T10:00:00.000Z'),
		sub('E', '2026-10', null)
	];
	const districtOf = new Map([
		['A', 'D1'],
		['B', 'D1'],
		['C', 'D1'],
		['D', 'D1'],
		['LATE', 'D1'],
		['E', 'D1'],
		['X', 'D2']
	]);

	it('drops only the late schools’ report of the last period due', () => {
		const kept = holdBackLate(subs, ['LATE'], '2026-10');
		expect(kept.map((s) => `${s.schoolCode}/${s.periodKey}`)).toEqual([
			'A/2026-09',
			'A/2026-10',
			'LATE/2026-09',
			'B/2026-10',
			'C/2026-10',
			'D/2026-10',
			'X/2026-10',
			'E/2026-10'
		]);
		expect(holdBackLate(subs, ['LATE'], null)).toEqual(subs);
	});

	it('leaves the latest two arrivals of each district awaiting review, the rest approved', () => {
		const kept = holdBackLate(subs, ['LATE'], '2026-10');
		const awaiting = latestArrivals(kept, '2026-10', districtOf);
		expect([...awaiting].sort()).toEqual(['B/2026-10', 'D/2026-10', 'X/2026-10']);
		const status = inProgressStatus(awaiting);
		expect(kept.map(status)).toEqual([
			'approved',
			'approved',
			'approved',
			'submitted',
			'approved',
			'submitted',
			'submitted',
			'draft'
		]);
	});
});

describe('the deliberately incomplete report', () => {
	const subs: GeneratedSubmission[] = [
		{
			schoolCode: 'A',
			periodKey: 'DAU_NAM',
			figures: { TH_TS_HS: 1, TH_HS_BANTRU: 2, CO_THUVIENSO: 1 },
			submittedAt: null
		},
		{ schoolCode: 'A', periodKey: 'HK1', figures: { TH_TS_HS: 1 }, submittedAt: null },
		{ schoolCode: 'B', periodKey: 'DAU_NAM', figures: { TH_TS_HS: 1, TH_HS_BANTRU: 2 }, submittedAt: null }
	];
	it('leaves the figures out of that school’s report of that period only', () => {
		const out = leaveIncomplete(subs, ['A'], 'DAU_NAM');
		expect(out[0].figures).toEqual({ TH_TS_HS: 1 });
		expect(out[1]).toBe(subs[1]);
		expect(out[2]).toBe(subs[2]);
		expect(subs[0].figures).toHaveProperty('TH_HS_BANTRU'); // the input is not changed
	});
});
