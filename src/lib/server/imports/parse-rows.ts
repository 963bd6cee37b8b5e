// Splitting decoded text into rows of fields, in chunks that let other requests run in between, and
// stopping once the row limit is certainly passed (a million-row file is not split to the end).
// Blank rows are left out; the rows kept carry their row number as Excel shows it.
import { setImmediate as pause } from 'node:timers/promises';
import Papa from 'papaparse';
import { MAX_ROWS } from './types';

export type ParsedRows = {
	rows: string[][];
	/** Row number (1-based, as Excel shows it) of each row kept. */
	rowNumbers: number[];
	/** 0-based record index where a quote opens and never closes, else null. */
	unclosedQuoteRow: number | null;
	/** 0-based record index of a quoted field whose closing quote is followed by more text, else null. */
	strayQuoteRow: number | null;
};

/** Title rows above the header, the header, and one row past the limit to report it. */
const ROWS_KEPT = MAX_ROWS + 32;
/** About 20 ms of splitting per chunk. */
const CHUNK_CHARS = 512 * 1024;

function isBlank(row: readonly string[]): boolean {
	for (const cell of row) if (cell.trim() !== '') return false;
	return true;
}

/** `text` with its line breaks as '\n' only (Excel breaks rows at CR, LF and CRLF alike). */
export function parseRows(text: string, delimiter: string): Promise<ParsedRows> {
	return text.includes('"') ? parseQuoted(text, delimiter) : splitLines(text, delimiter);
}

/**
 * Text without a quote, as papaparse reads it (its "fast mode": lines split at '\n', fields at the
 * delimiter) but line by line, without its chunk machinery: most files are codes and digits, and
 * this is about twice as fast. Stops, like the quoted path, once the row limit is certainly passed.
 */
async function splitLines(text: string, delimiter: string): Promise<ParsedRows> {
	const out: ParsedRows = { rows: [], rowNumbers: [], unclosedQuoteRow: null, strayQuoteRow: null };
	let line = 0;
	let pauseAt = CHUNK_CHARS;
	for (let at = 0; at <= text.length; line++) {
		const cut = text.indexOf('\n', at);
		const end = cut < 0 ? text.length : cut;
		const row = text.slice(at, end).split(delimiter);
		at = end + 1;
		if (isBlank(row)) continue;
		out.rows.push(row);
		out.rowNumbers.push(line + 1);
		if (out.rows.length >= ROWS_KEPT) break;
		if (at > pauseAt) {
			pauseAt = at + CHUNK_CHARS;
			await pause();
		}
	}
	return out;
}

function parseQuoted(text: string, delimiter: string): Promise<ParsedRows> {
	const out: ParsedRows = { rows: [], rowNumbers: [], unclosedQuoteRow: null, strayQuoteRow: null };
	let seen = 0;
	return new Promise((resolve, reject) => {
		Papa.parse<string[]>(text, {
			delimiter,
			newline: '\n',
			skipEmptyLines: false,
			chunkSize: CHUNK_CHARS,
			chunk(results: Papa.ParseResult<string[]>, parser: Papa.Parser) {
				for (const error of results.errors) {
					if (error.code === 'MissingQuotes' && out.unclosedQuoteRow === null) {
						out.unclosedQuoteRow = seen + (error.row ?? 0);
					}
					if (error.code === 'InvalidQuotes' && out.strayQuoteRow === null) {
						out.strayQuoteRow = seen + (error.row ?? 0);
					}
				}
				const data = results.data;
				for (let i = 0; i < data.length; i++) {
					const row = data[i];
					if (isBlank(row)) continue;
					out.rows.push(row);
					out.rowNumbers.push(seen + i + 1);
					if (out.rows.length >= ROWS_KEPT) {
						parser.abort();
						return;
					}
				}
				seen += data.length;
				parser.pause();
				setImmediate(() => parser.resume());
			},
			complete: () => resolve(out),
			error: (error: Error) => reject(error)
		});
	});
}
