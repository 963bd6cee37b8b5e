import { describe, expect, it } from 'vitest';
import { copyField, copyLine } from './bulk';

describe('COPY text format', () => {
	it('escapes backslashes, tabs and line breaks, writes NULL as \\N and drops NUL', () => {
		expect(copyField(null)).toBe('\\N');
		expect(copyField(85.7)).toBe('85.7');
		expect(copyField('a\\b\tc\nd\re')).toBe('a\\\\b\\tc\\nd\\re');
		expect(copyField('x\0y')).toBe('xy');
		expect(copyField('=HYPERLINK("http://x", "y")')).toBe('=HYPERLINK("http://x", "y")');
	});

	it('joins fields with tabs, one line per row', () => {
		expect(copyLine([1, 'a b', null])).toBe('1\ta b\t\\N\n');
	});
});
