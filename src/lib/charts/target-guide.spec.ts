import { describe, expect, it } from 'vitest';
import { describeGuide, guideExtent, targetGuide } from './target-guide';

const target = (t: Partial<{ comparator: string; value: number; min: number; max: number }>) =>
	({ comparator: 'gte', value: null, min: null, max: null, ...t }) as Parameters<typeof targetGuide>[0];

describe('targetGuide', () => {
	it('draws a range as a band and a bound as a line', () => {
		expect(targetGuide(target({ comparator: 'range', min: 55, max: 60 }))).toEqual({
			kind: 'band',
			min: 55,
			max: 60
		});
		expect(targetGuide(target({ comparator: 'gte', value: 97 }))).toEqual({
			kind: 'line',
			value: 97,
			comparator: 'gte'
		});
		expect(targetGuide(target({ comparator: 'lte', value: 0.2 }))).toMatchObject({ comparator: 'lte' });
		expect(targetGuide(target({ comparator: 'level_gte', value: 3 }))).toMatchObject({ value: 3 });
	});

	it('places a change target relative to the baseline, and draws nothing without one', () => {
		const change = target({ comparator: 'change', value: -1.5 });
		expect(targetGuide(change, 8)).toEqual({ kind: 'line', value: 6.5, comparator: 'lte' });
		expect(targetGuide(change, null)).toBeNull();
		expect(targetGuide(null)).toBeNull();
	});

	it('describes the guide in each language', () => {
		expect(describeGuide('vi', { kind: 'band', min: 99, max: 99.5 }, 'percent')).toBe('99–99,5\u00a0%');
		expect(describeGuide('en', { kind: 'band', min: 55, max: 60 }, 'percent')).toBe('55–60%');
		expect(describeGuide('vi', { kind: 'line', value: 12246, comparator: 'gte' }, 'count')).toBe('≥ 12.246');
		expect(describeGuide('en', null, 'count')).toBe('—');
		expect(guideExtent({ kind: 'band', min: 1, max: 2 })).toEqual([1, 2]);
	});
});
