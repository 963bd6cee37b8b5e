import { describe, expect, it } from 'vitest';
import { baseLevelsOf, pickDefaultPeriod, type PeriodCandidate } from './default-period';

type P = PeriodCandidate & { key: string; open?: boolean };
const ALL = ['MN', 'TH', 'THCS', 'THPT'];
// The demo's 2026-2027 calendar (domain.md §3).
const year: P[] = [
	{
		key: 'DAU_NAM',
		startDate: '2026-09-05',
		schoolDeadline: '2026-09-25',
		levels: ALL,
		monthly: false,
		sort: 1
	},
	{
		key: 'CAN_DO_1',
		startDate: '2026-09-05',
		schoolDeadline: '2026-09-25',
		levels: ['MN'],
		monthly: false,
		sort: 2
	},
	{
		key: 'CAN_DO_2',
		startDate: '2026-11-20',
		schoolDeadline: '2026-12-05',
		levels: ['MN'],
		monthly: false,
		sort: 3
	},
	{ key: 'HK1', startDate: '2026-09-06', schoolDeadline: '2026-12-05', levels: ALL, monthly: false, sort: 4 },
	{
		key: 'CAN_DO_3',
		startDate: '2027-04-20',
		schoolDeadline: '2027-05-05',
		levels: ['MN'],
		monthly: false,
		sort: 5
	},
	{
		key: 'CUOI_NAM',
		startDate: '2027-01-16',
		schoolDeadline: '2027-05-10',
		levels: ALL,
		monthly: false,
		sort: 6
	},
	{
		key: '2026-11',
		startDate: '2026-11-01',
		schoolDeadline: '2026-11-30',
		levels: ALL,
		monthly: true,
		sort: 7
	}
];
const pick = (today: string, options = {}) => pickDefaultPeriod(year, today, options)?.key;

describe('the default period: one rule for home, dashboards, worklist and upload page', () => {
	it('is the report being sent now: started, its deadline nearest ahead; school-year reports before months', () => {
		expect(pick('2026-09-10')).toBe('DAU_NAM');
		expect(pick('2026-09-25')).toBe('DAU_NAM');
		expect(pick('2026-10-01')).toBe('HK1');
		// same deadline: the report every level sends before a preschool growth round
		expect(pick('2026-11-25')).toBe('HK1');
		expect(pick('2027-04-30')).toBe('CAN_DO_3');
		expect(pick('2027-05-06')).toBe('CUOI_NAM');
	});

	it('after the last deadline, the report due last; before the first, the first to come', () => {
		expect(pick('2027-07-01')).toBe('CUOI_NAM');
		expect(pick('2026-08-01')).toBe('DAU_NAM');
	});

	it("a school's levels: a primary school is never sent to a growth round, a preschool may be", () => {
		expect(pick('2027-04-30', { levels: ['TH'] })).toBe('CUOI_NAM');
		expect(pick('2027-04-30', { levels: ['MN'] })).toBe('CAN_DO_3');
		expect(pick('2026-09-20', { levels: baseLevelsOf('TH_THCS') })).toBe('DAU_NAM');
		expect(baseLevelsOf('TH_THCS')).toEqual(['TH', 'THCS']);
		expect(baseLevelsOf(null)).toEqual([]);
	});

	it("a page's preference (periods with figures, open periods) narrows the choice, never empties it", () => {
		// the dashboards on 1 Oct: semester I has no figures yet, the start of year has
		const withData = (p: PeriodCandidate) => (p as P).key === 'DAU_NAM';
		expect(pick('2026-10-01', { prefer: withData })).toBe('DAU_NAM');
		expect(pick('2026-10-01', { prefer: () => false })).toBe('HK1');
	});

	it('months only when there is nothing else; nothing when there are no periods', () => {
		const months = year.filter((p) => p.monthly);
		expect(pickDefaultPeriod(months, '2026-11-15')?.key).toBe('2026-11');
		expect(pickDefaultPeriod([], '2026-11-15')).toBeNull();
	});
});
