import { describe, expect, it } from 'vitest';
import { capProblems, checkRecords, planComment } from './check-records';
import { standardRuleSet } from '../catalogue/standard';
import type { FigureState, References } from './plan';
import { elementInfo } from '../../../../tests/helpers/plan-fixtures';
import type { FigureRecord } from './types';

const period = {
	id: 1,
	ref: '2025-2026/CUOI_NAM',
	yearCode: '2025-2026',
	key: 'CUOI_NAM',
	formCode: 'CUOI_NAM',
	status: 'open' as const,
	labelVi: 'Cuối năm 2025-2026',
	labelEn: 'Year end 2025-2026',
	previousId: null
};

function fixtureRefs(): References {
	const codes = ['TH_TS_HS', 'TH_HS_HTXS', 'TH_HS_HTT', 'TH_HS_HT', 'TH_HS_CHT', 'GV_TS', 'GV_TRENCHUAN'];
	return {
		elements: new Map(codes.map((c, i) => [c, elementInfo(i + 1, c)])),
		units: new Map([
			['S1', { id: 7, code: 'S1', name: 'TH Một', type: 'school', path: '/1/2/7/', schoolLevel: 'TH' }]
		]),
		periods: new Map([[period.ref, period]]),
		periodsById: new Map([[period.id, period]]),
		closures: new Map(),
		exceptions: new Map(),
		rates: [{ numerator: ['GV_TRENCHUAN'], denominator: ['GV_TS'] }]
	};
}

const emptyState = (): FigureState => ({ submissions: new Map(), current: new Map(), previous: new Map() });
const record = (row: number, code: string, raw: string): FigureRecord => ({
	row,
	schoolCode: 'S1',
	period: period.ref,
	code,
	column: 'gia_tri',
	raw,
	comment: null
});
const options = { canSubmit: () => true, layout: 'long' as const, rules: standardRuleSet };

describe('checkRecords', () => {
	it('names a few rows of a figure repeated 20,000 times, in bounded messages', () => {
		const records = Array.from({ length: 20_000 }, (_, i) => record(i + 2, 'TH_TS_HS', '10'));
		const out = checkRecords(records, fixtureRefs(), emptyState(), options);
		// 5,000 listed, the other 15,000 counted in one closing line.
		expect(out.errors).toHaveLength(5_001);
		expect(out.errors.slice(0, 5_000).every((e) => e.code === 'duplicate_figure')).toBe(true);
		expect(out.errors[5_000].code).toBe('too_many_problems');
		const longest = Math.max(...out.errors.map((e) => e.message.vi.length + e.message.en.length));
		expect(longest).toBeLessThan(600);
		expect(out.errors[0].message.vi).toContain('2, 3, 4, 5, 6 và 19.995 dòng khác');
		expect(out.errors[0].message.en).toContain('2, 3, 4, 5, 6 and 19,995 more rows');
	});

	it('lists 5,000 unknown schools and only counts the rest', () => {
		const records = Array.from({ length: 12_000 }, (_, i) => ({
			...record(i + 2, 'GV_TS', '1'),
			schoolCode: `KHONG-CO-${i}`
		}));
		const out = checkRecords(records, fixtureRefs(), emptyState(), options);
		expect(out.errors).toHaveLength(5_001);
		expect(out.errors.slice(0, 5_000).every((e) => e.code === 'school_unknown')).toBe(true);
		expect(out.errors[5_000].message.en).toContain('7000 more');
	});

	it('still names every row of a figure repeated a few times', () => {
		const out = checkRecords(
			[record(2, 'GV_TS', '1'), record(4, 'GV_TS', '1')],
			fixtureRefs(),
			emptyState(),
			options
		);
		expect(out.errors.map((e) => e.row)).toEqual([2, 4]);
		expect(out.errors[0].message.vi).toContain('(2, 4)');
	});

	it('makes a category above its total and a rate above 100 % errors, at the offending cell', () => {
		const out = checkRecords(
			[
				record(2, 'TH_TS_HS', '1025'),
				record(3, 'TH_HS_HTXS', '1200'),
				record(4, 'GV_TS', '30'),
				record(5, 'GV_TRENCHUAN', '31')
			],
			fixtureRefs(),
			emptyState(),
			options
		);
		expect(out.errors.map((e) => [e.row, e.code])).toEqual([
			[3, 'figure_impossible'],
			[5, 'figure_impossible']
		]);
		expect(out.errors[0].message.en).toContain('TH_HS_HTXS = 1200 is more than TH_TS_HS = 1025');
		expect(out.errors[1].message.vi).toContain('GV_TRENCHUAN = 31 lớn hơn GV_TS = 30');
		// The other categories are neither in the file nor stored: the sum is not judged, but named.
		expect(out.warnings.map((w) => [w.row, w.code])).toEqual([[2, 'rule_incomplete']]);
		expect(out.warnings[0].message.en).toContain('TH_HS_HTT, TH_HS_HT, TH_HS_CHT missing');
	});
});

describe('planComment', () => {
	const stored = { value: 10, comment: 'cũ' };
	it('gives a wide row’s comment only to its new or changed values', () => {
		expect(planComment(stored, 10, 'ghi chú hàng', true)).toEqual({ comment: 'cũ', change: 'unchanged' });
		expect(planComment(stored, 11, 'ghi chú hàng', true)).toEqual({
			comment: 'ghi chú hàng',
			change: 'changed'
		});
		expect(planComment(null, 11, ' ghi chú hàng ', true)).toEqual({ comment: 'ghi chú hàng', change: 'new' });
		expect(planComment(stored, 11, null, true)).toEqual({ comment: 'cũ', change: 'changed' });
	});

	it('keeps a long file’s comment per figure: a new comment on the same value is a change', () => {
		expect(planComment(stored, 10, 'mới', false)).toEqual({ comment: 'mới', change: 'changed' });
		expect(planComment(stored, 10, 'cũ', false)).toEqual({ comment: 'cũ', change: 'unchanged' });
		expect(planComment(stored, 10, '', false)).toEqual({ comment: 'cũ', change: 'unchanged' });
	});
});

describe('capProblems', () => {
	const problem = (row: number) => ({
		row,
		column: 'A',
		value: '',
		code: 'school_unknown' as const,
		message: { vi: 'x', en: 'x' },
		severity: 'error' as const
	});
	it('keeps the first 5,000 and counts the rest in one line of the same severity', () => {
		const capped = capProblems(Array.from({ length: 12_000 }, (_, i) => problem(i + 1)));
		expect(capped).toHaveLength(5_001);
		expect(capped[4_999].row).toBe(5_000);
		expect(capped[5_000]).toMatchObject({ row: 0, code: 'too_many_problems', severity: 'error' });
		expect(capped[5_000].message.en).toContain('7000');
		expect(capProblems([problem(1)], 'warning')).toHaveLength(1);
		const counted = capProblems([problem(1)], 'error', 3);
		expect(counted.map((p) => p.code)).toEqual(['school_unknown', 'too_many_problems']);
		expect(counted[1].message.en).toContain('3 more');
	});
});
