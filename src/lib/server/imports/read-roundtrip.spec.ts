// Property tests of the text reader: any valid report, written in any layout, dialect and encoding a
// school's machine produces, reads back exactly; and a one-character slip in the file's structure
// either changes nothing or is reported — never a different figure stored without a word.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readFigureFile } from './read-file';
import {
	ELEMENT_NAMES,
	expectedValues,
	reportArb,
	reportOf,
	type Report
} from '../../../../tests/helpers/random-report';
import {
	encodeText,
	writeReport,
	type Dialect,
	type Encoding,
	type HeaderStyle,
	type Layout,
	type Written
} from '../../../../tests/helpers/write-report';

const layoutArb = fc.constantFrom<Layout>('long', 'wide');
const dialectArb = fc.constantFrom<Dialect>('comma', 'semicolon', 'tab', 'quoted');
const encodingArb = fc.constantFrom<Encoding>('utf-8', 'utf-8-bom', 'utf-16le', 'utf-16be', 'windows-1258');
const headerArb = fc.constantFrom<HeaderStyle>('code', 'name-code', 'name');
const STRUCTURAL = [',', ';', '\t', '"', '.', '\n', ' '] as const;

const schoolsOf = (report: Report) => new Set(report.map((f) => f.school));
const read = (text: string, encoding: Encoding) =>
	readFigureFile(encodeText(text, encoding), 'bao-cao.csv', { elementNames: ELEMENT_NAMES });

describe('reading back what was written', () => {
	it('gives back exactly the report, in every layout × encoding × dialect', async () => {
		await fc.assert(
			fc.asyncProperty(
				reportArb,
				layoutArb,
				dialectArb,
				encodingArb,
				headerArb,
				fc.boolean(),
				async (report, layout, dialect, encoding, headers, comment) => {
					const { text, delimiter } = writeReport(report, layout, dialect, headers, comment);
					const result = await read(text, encoding);
					expect(result.problems).toEqual([]);
					expect(result.layout).toBe(layout);
					expect(result.delimiter).toBe(delimiter);
					// Plain ASCII in Windows-1258 is valid UTF-8, and read as such.
					const ascii = !/[^\x00-\x7f]/.test(text); // eslint-disable-line no-control-regex
					expect(result.encoding).toBe(encoding === 'windows-1258' && ascii ? 'utf-8' : encoding);
					const { errors, values } = reportOf(result, schoolsOf(report));
					expect(errors).toEqual([]);
					expect(values).toEqual(expectedValues(report));
					if (layout === 'long') {
						expect(result.records.map((r) => r.comment ?? '')).toEqual(report.map((f) => f.comment));
					}
				}
			),
			{ numRuns: 300 }
		);
	});
});

type Corruption = { op: 'insert' | 'delete' | 'replace'; at: number; char: string };

function corrupt(text: string, c: Corruption): string {
	if (c.op === 'insert') return text.slice(0, c.at) + c.char + text.slice(c.at);
	if (c.op === 'delete') return text.slice(0, c.at) + text.slice(c.at + 1);
	return text.slice(0, c.at) + c.char + text.slice(c.at + 1);
}

/**
 * Slips inside a number that leave a number, which no reader can tell from what was meant. Excluded
 * here, on purpose; they are the value checks' business (types, ranges, outliers against last year):
 * - deleting or typing a '.' (or a ',', space or tab that is not the delimiter) in or beside a value:
 *   '85.7' → '857', '1000' → '1.00', '97' → '.97', '100' → '10 ' (trimmed);
 * - inside quotes the delimiter and a line break are text too: '"0,5"' → '"05"', '"10"' → '"\n0"';
 * - replacing a value's last digit with a line break: '…,10,\r\n' → '…,1\n,\r\n' is '…,1' and a
 *   line of empty fields, which is a blank row; and, when the value ends its row, replacing that
 *   digit with the delimiter ('…,10' → '…,1,' on a file whose rows all end so).
 * Either way a digit is lost with nothing left to show for it.
 */
function isSlipInNumber(written: Written, c: Corruption, text: string): boolean {
	const { delimiter, valueSpans } = written;
	const char = c.op === 'delete' ? text[c.at] : c.char;
	for (const { start, end, quoted } of valueSpans) {
		if (start === end) continue;
		const inNumber = ['.', ' ', ',', '\t', '\n'].filter((ch) => quoted || (ch !== delimiter && ch !== '\n'));
		const inside = c.op === 'insert' ? c.at >= start && c.at <= end : c.at >= start && c.at < end;
		if (!inside) continue;
		if (inNumber.includes(char)) return true;
		const endsRow = text[end] === '\r' || text[end] === '\n' || text[end] === undefined;
		if (c.op === 'replace' && c.at === end - 1 && (char === '\n' || (endsRow && char === delimiter))) {
			return true;
		}
	}
	return false;
}

describe('one structural slip in the file', () => {
	it('changes nothing, or is reported: never a different figure silently', async () => {
		let checked = 0;
		await fc.assert(
			fc.asyncProperty(
				reportArb,
				layoutArb,
				dialectArb,
				encodingArb,
				headerArb,
				fc.boolean(),
				fc.constantFrom<Corruption['op']>('insert', 'delete', 'replace'),
				fc.nat(),
				fc.constantFrom(...STRUCTURAL),
				async (report, layout, dialect, encoding, headers, comment, op, n, char) => {
					const written = writeReport(report, layout, dialect, headers, comment);
					const { text } = written;
					let at = n % (text.length + (op === 'insert' ? 1 : 0));
					if (op === 'delete') {
						// Deleting a digit or a letter changes a figure by design; only structure is deleted.
						const positions = [...text].flatMap((ch, i) =>
							(STRUCTURAL as readonly string[]).includes(ch) ? [i] : []
						);
						if (positions.length === 0) return;
						at = positions[n % positions.length];
					}
					const corruption: Corruption = { op, at, char };
					if (isSlipInNumber(written, corruption, text)) return;
					const bad = corrupt(text, corruption);
					const result = await read(bad, encoding);
					const { errors, values } = reportOf(result, schoolsOf(report));
					// A column left out is said in a warning, which an upload must confirm.
					const ignored = result.problems.some((p) => p.code === 'header_unknown');
					checked++;
					if (errors.length > 0 || ignored) return;
					try {
						expect(values).toEqual(expectedValues(report));
					} catch (e) {
						if (process.env.SHOW_BAD)
							console.log(JSON.stringify({ text, bad, corruption, problems: result.problems }));
						throw e;
					}
				}
			),
			{ numRuns: Number(process.env.FC_RUNS ?? 3000) }
		);
		expect(checked).toBeGreaterThan(1500);
	}, 120_000);
});
