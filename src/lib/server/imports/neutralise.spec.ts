import { describe, expect, it } from 'vitest';
import { neutraliseCell } from './neutralise';

describe('neutraliseCell', () => {
	it.each([
		['=HYPERLINK("http://x.example/","Bấm vào đây")', `'=HYPERLINK("http://x.example/","Bấm vào đây")`],
		['+cmd|/C calc!A0', `'+cmd|/C calc!A0`],
		['-2+3', `'-2+3`],
		['@SUM(1+1)', `'@SUM(1+1)`],
		['\t=1', `'\t=1`],
		['\r=1', `'\r=1`]
	])('%j → %j', (text, safe) => {
		expect(neutraliseCell(text)).toBe(safe);
	});

	it.each(['Số liệu đã đối chiếu', '', '980', '-5', '+12', '7.910', '85,7%', 'a=b', ' =1'])(
		'%j is left as it is',
		(text) => {
			expect(neutraliseCell(text)).toBe(text);
		}
	);
});
