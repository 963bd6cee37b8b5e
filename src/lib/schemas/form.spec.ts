import { describe, expect, it } from 'vitest';
import { fieldsOf, isoDateSchema, listOf } from './form';

describe('isoDateSchema', () => {
	const date = isoDateSchema('some.error');

	it('takes a real day, trimmed, as dd/mm/yyyy (day first) or YYYY-MM-DD', () => {
		expect(date.parse(' 2024-02-29 ')).toBe('2024-02-29');
		expect(date.parse('05/09/2025')).toBe('2025-09-05');
		expect(date.parse('12/03/2026')).toBe('2026-03-12');
	});

	it('refuses impossible days and other layouts with its message', () => {
		for (const v of ['2025-02-29', '2025-13-01', '29/02/2025', '09/31/2025', '']) {
			const r = date.safeParse(v);
			expect(r.success).toBe(false);
			expect(r.error?.issues[0].message).toBe('some.error');
		}
	});
});

describe('fieldsOf and listOf', () => {
	const form = new FormData();
	form.append('name', 'Hải An');
	form.append('file', new Blob(['x']), 'x.csv');
	for (const v of ['a', 'b', 'c']) form.append('ids', v);
	form.append('ids', new Blob(['y']), 'y.csv');

	it("reads named fields as text: '' for a missing field or a file", () => {
		expect(fieldsOf(form, ['name', 'file', 'missing'])).toEqual({ name: 'Hải An', file: '', missing: '' });
	});

	it('reads the text values of a repeated field, files left out, at most max', () => {
		expect(listOf(form, 'ids')).toEqual(['a', 'b', 'c']);
		expect(listOf(form, 'ids', 2)).toEqual(['a', 'b']);
		expect(listOf(form, 'missing')).toEqual([]);
	});
});
