import { describe, expect, it } from 'vitest';
import { changeTone, computeChange, yearOnYear } from './change';

describe('the change since the same period last year', () => {
	it('is this year minus last year, in points for rates, rounded to a tenth', () => {
		expect(computeChange(85.7, 83.2)).toBe(2.5);
		expect(computeChange(97.04, 97.1)).toBe(-0.1);
		expect(computeChange(291, 285)).toBe(6);
		expect(computeChange(0.1 + 0.2, 0.3)).toBe(0);
	});

	it('is null when either year has no data', () => {
		expect(computeChange(null, 80)).toBeNull();
		expect(computeChange(80, null)).toBeNull();
		expect(computeChange(80, undefined)).toBeNull();
		expect(computeChange(Number.NaN, 1)).toBeNull();
		expect(yearOnYear(80, null)).toEqual({ lastYear: null, change: null });
		expect(yearOnYear(80, 79)).toEqual({ lastYear: 79, change: 1 });
	});

	it('is better or worse by the indicator’s direction; a band is neither', () => {
		expect(changeTone(1.5, 'higher')).toBe('better');
		expect(changeTone(-1.5, 'higher')).toBe('worse');
		expect(changeTone(-0.4, 'lower')).toBe('better');
		expect(changeTone(2, 'lower')).toBe('worse');
		expect(changeTone(2, 'band')).toBe('neutral');
		expect(changeTone(0, 'higher')).toBe('neutral');
		expect(changeTone(null, 'higher')).toBe('neutral');
	});
});
