import { describe, expect, it } from 'vitest';
import { describeChanges, findingBaseline, isLaterPeriod } from './follow-up';

const p = (yearCode: string, key: string, schoolDeadline: string) => ({
	yearCode,
	key,
	labelVi: key,
	labelEn: key,
	schoolDeadline
});
const PERIODS = [
	p('2024-2025', 'DAU_NAM', '2024-09-25'),
	p('2024-2025', '2024-10', '2024-11-05'),
	p('2024-2025', 'HK1', '2024-12-05'),
	p('2024-2025', 'CUOI_NAM', '2025-05-10'),
	p('2025-2026', 'DAU_NAM', '2025-09-25')
];

describe('findingBaseline', () => {
	it('is the latest school-year period already due at the visit, months aside', () => {
		expect(findingBaseline(PERIODS, '2024-11-20')?.key).toBe('DAU_NAM');
		expect(findingBaseline(PERIODS, '2024-12-05')?.key).toBe('HK1');
		expect(findingBaseline(PERIODS, '2025-08-01')).toMatchObject({ yearCode: '2024-2025', key: 'CUOI_NAM' });
		expect(findingBaseline(PERIODS, '2024-01-01')).toBeNull();
	});

	it('keeps to the school’s own forms when two periods fall due the same day', () => {
		const growth = { ...p('2024-2025', 'CAN_DO_2', '2024-12-05'), form: { levels: ['MN'] } };
		const hk1 = { ...p('2024-2025', 'HK1', '2024-12-05'), form: { levels: ['MN', 'TH', 'THCS'] } };
		expect(findingBaseline([hk1, growth], '2024-12-20', 'TH')?.key).toBe('HK1');
		expect(findingBaseline([growth, hk1], '2024-12-20', 'TH_THCS')?.key).toBe('HK1');
		expect(findingBaseline([hk1, growth], '2024-12-20', 'MN')?.key).toBe('CAN_DO_2');
	});

	it('does not depend on the order the periods come in', () => {
		expect(findingBaseline([...PERIODS].reverse(), '2025-10-01')).toMatchObject({ yearCode: '2025-2026' });
	});
});

describe('isLaterPeriod', () => {
	it('compares school deadlines, across years', () => {
		expect(isLaterPeriod(PERIODS[2], PERIODS[3])).toBe(true);
		expect(isLaterPeriod(PERIODS[3], PERIODS[3])).toBe(false);
		expect(isLaterPeriod(PERIODS[4], PERIODS[3])).toBe(false);
	});
});

describe('describeChanges', () => {
	const indicators = new Map([
		['A', { code: 'A', nameVi: 'Chỉ số A', nameEn: 'Indicator A', unit: 'percent' as const }],
		['B', { code: 'B', nameVi: 'Chỉ số B', nameEn: 'Indicator B', unit: 'count' as const }]
	]);
	it('gives then and now per named indicator, null where there was no data', () => {
		const rows = describeChanges(
			['B', 'A', 'GONE'],
			indicators,
			new Map([['A', { actual: 90, status: 'off_track' as const }]]),
			new Map([
				['A', { actual: 96.5, status: 'met' as const }],
				['B', { actual: 12, status: 'no_data' as const }]
			])
		);
		expect(rows.map((r) => [r.indicator, r.then, r.now, r.statusThen, r.statusNow])).toEqual([
			['B', null, 12, null, 'no_data'],
			['A', 90, 96.5, 'off_track', 'met']
		]);
		expect(rows[1].name.vi).toBe('Chỉ số A');
	});
});
