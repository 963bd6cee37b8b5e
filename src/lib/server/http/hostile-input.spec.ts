import { describe, expect, it } from 'vitest';
import { containsNul, decodeFileName, isBodyTooLarge, urlHasNul } from './hostile-input';

describe('urlHasNul', () => {
	it('finds %00 in the query or the path, in either case', () => {
		expect(urlHasNul(new URL('http://x/api/figures?school=A%00B'))).toBe(true);
		expect(urlHasNul(new URL('http://x/units/A%00'))).toBe(true);
		expect(urlHasNul(new URL('http://x/a?b=\u0000c'))).toBe(true);
		expect(urlHasNul(new URL('http://x/api/figures?school=A%2500'))).toBe(false);
		expect(urlHasNul(new URL('http://x/api/figures?school=A&period=2024-2025/HK1'))).toBe(false);
	});
});

describe('isBodyTooLarge', () => {
	it("recognises SvelteKit's 413 body error, also wrapped as a cause", () => {
		const kit = Object.assign(new Error('request body size exceeded BODY_SIZE_LIMIT of 100'), {
			status: 413
		});
		expect(isBodyTooLarge(kit)).toBe(true);
		expect(isBodyTooLarge(new TypeError('Failed to parse body', { cause: kit }))).toBe(true);
		expect(isBodyTooLarge(new Error('Content-length of 5 exceeds limit of 4 bytes.'))).toBe(true);
		expect(isBodyTooLarge(new TypeError('Failed to parse body as FormData'))).toBe(false);
		expect(isBodyTooLarge(null)).toBe(false);
	});
});

describe('decodeFileName', () => {
	it('prefers the query, decodes the header, refuses malformed or control characters', () => {
		expect(decodeFileName('a.csv', 'b.csv')).toEqual({ ok: true, name: 'a.csv' });
		expect(decodeFileName(null, 'b%C3%A1o%20c%C3%A1o.csv')).toEqual({ ok: true, name: 'báo cáo.csv' });
		expect(decodeFileName(null, null)).toEqual({ ok: true, name: null });
		expect(decodeFileName(null, '%E0%A4%A')).toEqual({ ok: false });
		expect(decodeFileName(null, 'a%00.csv')).toEqual({ ok: false });
		expect(decodeFileName('a\u0000.csv', null)).toEqual({ ok: false });
		expect(containsNul('a\u0000')).toBe(true);
	});
});
