import { describe, expect, it } from 'vitest';
import { inlineParams, quoteLiteral } from './unprepared';

describe('inlineParams', () => {
	it('writes each $n as its parameter, $10 not read as $1 followed by 0', () => {
		const params = Array.from({ length: 11 }, (_, i) => i + 1);
		expect(inlineParams('select $1, $10, $11', params)).toBe("select E'1', E'10', E'11'");
	});

	it('quotes strings so they stay one literal: quotes doubled, backslashes escaped', () => {
		expect(quoteLiteral('/1/7/%')).toBe("E'/1/7/%'");
		expect(quoteLiteral("x' or '1'='1")).toBe("E'x'' or ''1''=''1'");
		expect(quoteLiteral('a\\')).toBe("E'a\\\\'");
		expect(quoteLiteral('{1,2}')).toBe("E'{1,2}'");
		expect(quoteLiteral(null)).toBe('null');
	});

	it('refuses what it cannot write safely', () => {
		expect(() => quoteLiteral('a\0b')).toThrow();
		expect(() => quoteLiteral(Number.NaN)).toThrow();
		expect(() => quoteLiteral({})).toThrow();
		expect(() => inlineParams('select $2', [1])).toThrow();
	});
});
