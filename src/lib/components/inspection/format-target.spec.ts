import { describe, expect, it } from 'vitest';
import { formatMeasure, formatTarget, namePeriodKey } from './format-target';

const change = { comparator: 'change', value: -1.5, min: null, max: null, baseline: 'CAN_DO_1' };

describe('formatTarget', () => {
	it('names the baseline period of a change target, never its key', () => {
		expect(formatTarget('vi', 'percent', change)).toBe('giảm 1,5 điểm % so với Cân đo lần 1');
		expect(formatTarget('en', 'percent', change)).toBe('down 1.5 pp on Growth check 1');
		expect(formatTarget('vi', 'percent', change, { vi: 'Cân đo đầu năm', en: 'First check' })).toBe(
			'giảm 1,5 điểm % so với Cân đo đầu năm'
		);
		expect(formatTarget('vi', 'percent', change)).not.toMatch(/CAN_DO/);
	});
	it('names month baselines and keeps the other shapes', () => {
		expect(namePeriodKey('vi', '2024-10')).toBe('Tháng 10/2024');
		expect(formatTarget('vi', 'percent', { ...change, comparator: 'gte', value: 97 })).toBe('≥ 97 %');
		expect(formatMeasure('en', 'level', 2)).toBe('level 2');
	});
});
