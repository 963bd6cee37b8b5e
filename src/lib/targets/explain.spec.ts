import { describe, expect, it } from 'vitest';
import { describeTarget, explainProjection, formatChange } from './explain';

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
			'Theo đà hiện tại: 94,1% vào kỳ Tháng 5/2025, chỉ tiêu ≥ 97%'
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
			'At the current pace: −1.2 pp by May 2025, target a change of −1.5 pp since round 1'
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
			'từ 55% đến 60%'
		);
		expect(describeTarget('en', 'count', t('gte', 12246))).toBe('≥ 12,246');
		expect(describeTarget('vi', 'count', t('gte', 12246))).toBe('≥ 12.246');
		expect(describeTarget('en', 'percent', t('lte', 0))).toBe('≤ 0%');
		expect(describeTarget('en', 'count', t('eq', 291))).toBe('= 291');
		expect(describeTarget('vi', 'level', t('level_gte', 2))).toBe('đạt mức 2 trở lên');
		expect(formatChange('vi', 'percent', -1.5)).toBe('−1,5 điểm phần trăm');
	});
});
