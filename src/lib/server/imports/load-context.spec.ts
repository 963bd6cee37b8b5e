import { describe, expect, it } from 'vitest';
import { eachNumberRow } from './load-context';

const rows = (text: string, fields: number) => {
	const out: number[][] = [];
	eachNumberRow(text, fields, (row) => out.push([...row]));
	return out;
};

describe('eachNumberRow', () => {
	it('reads integers and PostgreSQL float text (decimals, exponents, negatives)', () => {
		expect(rows('1,2,578;1,3,85.7;12,40,1e+06;7,8,-0.5', 3)).toEqual([
			[1, 2, 578],
			[1, 3, 85.7],
			[12, 40, 1000000],
			[7, 8, -0.5]
		]);
	});

	it('reads nothing from an empty text, and the last row without a trailing separator', () => {
		expect(rows('', 3)).toEqual([]);
		expect(rows('5,6,7,8', 4)).toEqual([[5, 6, 7, 8]]);
	});
});
