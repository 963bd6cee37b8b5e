import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { parseRows } from './parse-rows';
import { MAX_ROWS } from './types';

/** What papaparse makes of the whole text at once, blank rows left out (the reference). */
function reference(text: string, delimiter: string) {
	const parsed = Papa.parse<string[]>(text, { delimiter, newline: '\n', skipEmptyLines: false });
	const rows: string[][] = [];
	const rowNumbers: number[] = [];
	parsed.data.forEach((row, i) => {
		if (row.some((cell) => cell.trim() !== '')) {
			rows.push(row);
			rowNumbers.push(i + 1);
		}
	});
	return { rows, rowNumbers };
}

const delimiterArb = fc.constantFrom(',', ';', '\t');
const charArb = fc.constantFrom('a', '7', ' ', ',', ';', '\t', '\n', 'ư', '.');

describe('parseRows', () => {
	it('splits text without quotes exactly as papaparse does', async () => {
		await fc.assert(
			fc.asyncProperty(fc.array(charArb, { maxLength: 60 }), delimiterArb, async (chars, delimiter) => {
				const text = chars.join('');
				const parsed = await parseRows(text, delimiter);
				expect({ rows: parsed.rows, rowNumbers: parsed.rowNumbers }).toEqual(reference(text, delimiter));
				expect(parsed.unclosedQuoteRow).toBeNull();
				expect(parsed.strayQuoteRow).toBeNull();
			}),
			{ numRuns: 400 }
		);
	});

	it('reads quoted fields, line breaks inside them included, as papaparse does', async () => {
		const text = 'a,b\n"x,1","line\nbreak"\n\n  ,\n"q""uote",z\n';
		const parsed = await parseRows(text, ',');
		expect({ rows: parsed.rows, rowNumbers: parsed.rowNumbers }).toEqual(reference(text, ','));
		expect(parsed.rows[1]).toEqual(['x,1', 'line\nbreak']);
	});

	it('numbers rows across pieces and stops past the row limit', async () => {
		const lines = ['h1,h2'];
		for (let i = 0; i < MAX_ROWS + 1000; i++) lines.push(i % 1000 === 0 ? '' : `s${i},${i}`);
		const parsed = await parseRows(lines.join('\n'), ',');
		expect(parsed.rows.length).toBe(MAX_ROWS + 32);
		const last = parsed.rows.length - 1;
		expect(lines[parsed.rowNumbers[last] - 1]).toBe(parsed.rows[last].join(','));
	});
});
