import { describe, expect, it } from 'vitest';
import { formatPercent } from '../i18n/format';
import { describeTarget, explainProjection, explainRow, formatChange } from './explain';

describe('explainProjection', () => {
	const facts = {
		unit: 'percent' as const,
		method: 'trend' as const,
		value: 94.1,
		periodLabel: 'May 2025',
		target: { comparator: 'gte' as const, value: 97, min: null, max: null }
	};

	it('says where the current pace leads, in English and Vietnamese', () => {
		expect(explainProjection('en', facts)).toBe('At the current pace: 94.1% by May 2025, target ≥ 97%');
		expect(explainProjection('vi', { ...facts, periodLabel: 'Tháng 5/2025' })).toBe(
			`Theo đà hiện tại: ${formatPercent('vi', 94.1)} vào kỳ Tháng 5/2025, chỉ tiêu ≥ ${formatPercent('vi', 97)}`
		);
	});

	it('names the method and the target shape', () => {
		expect(explainProjection('en', { ...facts, method: 'last_year_pattern' })).toMatch(
			/^Following last year's pattern/
		);
		expect(explainProjection('vi', { ...facts, method: 'carry_forward' })).toMatch(/^Nếu giữ mức hiện tại/);
		const change = {
			...facts,
			value: -1.2,
			target: { comparator: 'change' as const, value: -1.5, min: null, max: null },
			baselineLabel: 'round 1'
		};
		expect(explainProjection('en', change)).toBe(
			'At the current pace: −1.2 pp by May 2025, target down 1.5 pp on round 1'
		);
		expect(explainProjection('vi', { ...change, baselineLabel: 'Cân đo lần 1' })).toMatch(
			/, chỉ tiêu giảm 1,5 điểm % so với Cân đo lần 1$/
		);
	});

	it('describes every comparator', () => {
		const t = (comparator: 'gte' | 'lte' | 'eq' | 'level_gte', value: number) => ({
			comparator,
			value,
			min: null,
			max: null
		});
		expect(describeTarget('vi', 'percent', { comparator: 'range', value: null, min: 55, max: 60 })).toBe(
			`55–${formatPercent('vi', 60)}`
		);
		expect(describeTarget('vi', 'count', { comparator: 'range', value: null, min: 10, max: 12 })).toBe(
			'10–12'
		);
		expect(describeTarget('en', 'count', t('gte', 12246))).toBe('≥ 12,246');
		expect(describeTarget('vi', 'count', t('gte', 12246))).toBe('≥ 12.246');
		expect(describeTarget('en', 'percent', t('lte', 0))).toBe('≤ 0%');
		expect(describeTarget('en', 'count', t('eq', 291))).toBe('= 291');
		expect(describeTarget('vi', 'level', t('level_gte', 2))).toBe('đạt mức 2');
		expect(describeTarget('en', 'level', t('level_gte', 2))).toBe('reach level 2');
		expect(formatChange('vi', 'percent', -1.5)).toBe('−1,5 điểm phần trăm');
	});

	it('writes a change target as the plan pages do, falling back on the direction for no change', () => {
		const change = (value: number) => ({ comparator: 'change' as const, value, min: null, max: null });
		expect(describeTarget('vi', 'percent', change(-1.5), 'Cân đo lần 1')).toBe(
			'giảm 1,5 điểm % so với Cân đo lần 1'
		);
		expect(describeTarget('en', 'percent', change(2), 'Start of year')).toBe('up 2 pp on Start of year');
		expect(describeTarget('vi', 'count', change(-3), 'Đầu năm học')).toBe('giảm 3 so với Đầu năm học');
		expect(describeTarget('vi', 'percent', change(0), 'Cân đo lần 1', 'lower')).toBe(
			'không tăng so với Cân đo lần 1'
		);
		expect(describeTarget('vi', 'percent', change(0), 'Cân đo lần 1')).toBe('không giảm so với Cân đo lần 1');
		expect(describeTarget('en', 'percent', change(-1.5))).toBe('down 1.5 pp on —');
	});

	it('builds the sentence from an evaluation row', () => {
		const row = {
			indicatorUnit: 'percent' as const,
			target: { comparator: 'range' as const, value: null, min: 55, max: 60 },
			projection: {
				value: 54.94,
				method: 'last_year_pattern' as const,
				atLabel: { vi: 'Cuối năm học 2024-2025', en: 'End of school year 2024-2025' },
				change: null
			},
			baseline: null
		};
		expect(explainRow('en', row)).toBe(
			"Following last year's pattern: 54.9% by End of school year 2024-2025, target 55–60%"
		);
		expect(explainRow('vi', { ...row, projection: null })).toBeNull();
	});
});
