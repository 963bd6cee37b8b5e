import { describe, expect, it } from 'vitest';
import { describeComparator, describePeriod, describeScope, type Describable } from './describe-target';

const base: Describable = {
	comparator: 'gte',
	value: null,
	min: null,
	max: null,
	baseline: null,
	plannedNumerator: null,
	plannedDenominator: null
};
const percent = { unit: 'percent', direction: 'higher' } as const;
const count = { unit: 'count', direction: 'higher' } as const;
const level = { unit: 'level', direction: 'higher' } as const;
// Intl may or may not put a (no-break) space before '%'; the words around it are ours.
const norm = (s: string) => s.replace(/[\u00a0\u202f ]%/g, '%');

describe('describeComparator', () => {
	it('writes "at least" rates and counts the Vietnamese way', () => {
		expect(norm(describeComparator('vi', { ...base, value: 97 }, percent))).toBe('≥ 97%');
		expect(norm(describeComparator('vi', { ...base, value: 85.7 }, percent))).toBe('≥ 85,7%');
		expect(norm(describeComparator('en', { ...base, value: 85.7 }, percent))).toBe('≥ 85.7%');
		expect(describeComparator('vi', { ...base, value: 12246 }, count)).toBe('≥ 12.246');
		expect(describeComparator('en', { ...base, value: 12246 }, count)).toBe('≥ 12,246');
	});

	it('adds the planned counts when the plan states both', () => {
		const t = { ...base, value: 85.7, plannedNumerator: 7910, plannedDenominator: 9232 };
		expect(norm(describeComparator('vi', t, percent))).toBe('≥ 85,7% (7.910/9.232)');
		expect(norm(describeComparator('en', t, percent))).toBe('≥ 85.7% (7,910/9,232)');
	});

	it('writes at most, equal and ranges', () => {
		expect(norm(describeComparator('vi', { ...base, comparator: 'lte', value: 0.5 }, percent))).toBe(
			'≤ 0,5%'
		);
		expect(describeComparator('vi', { ...base, comparator: 'eq', value: 291 }, count)).toBe('= 291');
		const band = { ...base, comparator: 'range' as const, min: 55, max: 60 };
		expect(norm(describeComparator('vi', band, percent))).toBe('55–60%');
		const small = { ...base, comparator: 'range' as const, min: 0.1, max: 0.2 };
		expect(norm(describeComparator('vi', small, percent))).toBe('0,1–0,2%');
		expect(describeComparator('vi', { ...band, min: 10, max: 12 }, count)).toBe('10–12');
	});

	it('writes a change against its baseline in percentage points', () => {
		const t = { ...base, comparator: 'change' as const, value: -1.5, baseline: 'CAN_DO_1' };
		expect(describeComparator('vi', t, { unit: 'percent', direction: 'lower' })).toBe(
			'giảm 1,5 điểm % so với Cân đo lần 1'
		);
		expect(describeComparator('en', t, { unit: 'percent', direction: 'lower' })).toBe(
			'down 1.5 pp on Growth check 1'
		);
		expect(describeComparator('vi', { ...t, value: 2, baseline: 'DAU_NAM' }, percent)).toBe(
			'tăng 2 điểm % so với Đầu năm học'
		);
		expect(describeComparator('vi', { ...t, value: 0 }, { unit: 'percent', direction: 'lower' })).toBe(
			'không tăng so với Cân đo lần 1'
		);
		expect(describeComparator('vi', { ...t, value: 0 }, percent)).toBe('không giảm so với Cân đo lần 1');
		expect(describeComparator('vi', { ...t, value: -3 }, count)).toBe('giảm 3 so với Cân đo lần 1');
	});

	it('writes a level', () => {
		expect(describeComparator('vi', { ...base, comparator: 'level_gte', value: 2 }, level)).toBe('đạt mức 2');
		expect(describeComparator('en', { ...base, comparator: 'level_gte', value: 3 }, level)).toBe(
			'reach level 3'
		);
	});
});

describe('describePeriod and describeScope', () => {
	it('names periods briefly, months included', () => {
		expect(describePeriod('vi', 'CUOI_NAM')).toBe('Cuối năm học');
		expect(describePeriod('vi', 'THANG')).toBe('Hằng tháng');
		expect(describePeriod('vi', '2024-10')).toBe('Tháng 10/2024');
		const known = new Map([
			['X', { key: 'X', labelVi: 'Kỳ X', labelEn: 'Period X', sortOrder: 1, monthly: false }]
		]);
		expect(describePeriod('en', 'X', known)).toBe('Period X');
		expect(describePeriod('vi', 'UNKNOWN')).toBe('UNKNOWN');
	});

	it('names the scope', () => {
		expect(describeScope('vi', { kind: 'area' }, null)).toBe('Toàn địa bàn');
		expect(describeScope('vi', { kind: 'school', code: 'A' }, { vi: 'Trường A', en: 'School A' })).toBe(
			'Trường A'
		);
		expect(describeScope('en', { kind: 'group', code: 'G' }, { vi: 'Nhóm', en: 'Group G' })).toBe(
			'Group: Group G'
		);
	});
});
