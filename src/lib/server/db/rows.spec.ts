import { describe, expect, it } from 'vitest';
import { bool, date, int, intOrNull, json, num, oneOf, RowTypeError, text, textOrNull, texts } from './rows';

describe('row readers', () => {
	it('read integers the way either driver returns them', () => {
		expect(int(7)).toBe(7);
		expect(int('21733')).toBe(21733);
		expect(int(12n)).toBe(12);
		for (const bad of [null, undefined, '', '1.5', 'abc', 2.5, {}]) {
			expect(() => int(bad), String(bad)).toThrow(RowTypeError);
		}
	});

	it('read numbers from numeric text, and refuse what is not one', () => {
		expect(num('97.5')).toBe(97.5);
		expect(num(0)).toBe(0);
		expect(() => num('')).toThrow(RowTypeError);
		expect(() => num('NaN')).toThrow(RowTypeError);
		expect(() => num(null)).toThrow(RowTypeError);
	});

	it('let null through only where asked', () => {
		expect(intOrNull(null)).toBeNull();
		expect(intOrNull('3')).toBe(3);
		expect(textOrNull(undefined)).toBeNull();
		expect(() => text(null)).toThrow(RowTypeError);
		expect(() => text(3)).toThrow(/where a text was expected/);
		expect(texts(['TH', 'THCS'])).toEqual(['TH', 'THCS']);
		expect(() => texts(['TH', 3])).toThrow(/where a text array was expected/);
		expect(() => texts(null)).toThrow(RowTypeError);
	});

	it('read booleans, timestamps and JSON', () => {
		expect(bool(true)).toBe(true);
		expect(() => bool('t')).toThrow(RowTypeError);
		expect(date('2026-12-05T06:08:54Z').toISOString()).toBe('2026-12-05T06:08:54.000Z');
		const at = new Date(0);
		expect(date(at)).toBe(at);
		expect(() => date('not a date')).toThrow(RowTypeError);
		expect(json<{ a: number }>('{"a":1}')).toEqual({ a: 1 });
		expect(json<number[]>([1, 2])).toEqual([1, 2]);
		expect(() => json(null)).toThrow(RowTypeError);
	});

	it('read one of a closed set', () => {
		const status = oneOf(['draft', 'submitted'] as const);
		expect(status('draft')).toBe('draft');
		expect(() => status('approved')).toThrow(/one of draft, submitted/);
	});
});
