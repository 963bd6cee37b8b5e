import { describe, expect, it } from 'vitest';
import { formatGap, formatValue } from './format';

describe('formatValue', () => {
	it('writes percentages and counts the way each language does', () => {
		expect(formatValue('vi', 85.7, 'percent')).toBe('85,7\u00a0%');
		expect(formatValue('en', 85.7, 'percent')).toBe('85.7%');
		expect(formatValue('vi', 7910, 'count')).toBe('7.910');
		expect(formatValue('en', 7910, 'count')).toBe('7,910');
		expect(formatValue('vi', null, 'count')).toBe('—');
	});

	it('signs gaps, in percentage points for rates', () => {
		expect(formatGap('vi', -2.35, 'percent')).toBe('−2,4 điểm %');
		expect(formatGap('en', 1.2, 'percent')).toBe('+1.2 pp');
		expect(formatGap('en', -3, 'count')).toBe('−3');
		expect(formatGap('en', null, 'count')).toBe('—');
	});
});
