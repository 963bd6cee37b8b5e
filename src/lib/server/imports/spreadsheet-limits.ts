// Limits of the spreadsheet readers (.xlsx, .ods). A 20 MB upload may unpack to gigabytes or name cells
// far to the right; these bound memory and time whatever the file says about itself.
import type { MessageKey } from '../../i18n/catalogue';
import type { Params } from '../../i18n/translate';
import type { ProblemCode } from './types';

/** Bytes all parts of one workbook may unpack to together (sheets, shared strings, styles…). */
export const MAX_UNPACKED_BYTES = 100 * 1024 * 1024;
/** Columns a sheet may use: A to ALL. A filled cell further right refuses the file. */
export const MAX_COLUMNS = 1000;
/** Filled cells (and shared strings) one workbook may hold; a 250,000-row long file needs 1.25 million. */
export const MAX_CELLS = 2_000_000;
/**
 * Characters of one row's (or tag's) XML, so that one without an end cannot grow without bound; waiting
 * for its end copies what came so far, so a larger limit would cost time as well as memory.
 */
export const MAX_ROW_CHARS = 2 * 1024 * 1024;
/** Characters of a small part (workbook, relationships, styles) read whole. */
export const MAX_PART_BYTES = 16 * 1024 * 1024;
/** Sheets a workbook may show (hidden ones are not read and do not count). */
export const MAX_SHEETS = 200;
/** Rows read between two pauses that let the server answer other requests. */
export const ROWS_PER_PAUSE = 2000;

export type Refusal = {
	code: Extract<ProblemCode, 'sheet_too_large' | 'column_beyond_limit'>;
	key: MessageKey;
	params: Params;
	row: number;
	column: string;
	sheet?: string;
};

/** Thrown inside the readers only; readSpreadsheet turns it into a FileProblem. */
export class SpreadsheetRefusal extends Error {
	constructor(readonly refusal: Refusal) {
		super(refusal.code);
	}
}

/** Thrown inside the readers only: the bytes are not a workbook (→ unsupported_format). */
export class MalformedSpreadsheet extends Error {}

export type Budget = { bytesLeft: number; cellsLeft: number };

export function newBudget(): Budget {
	return { bytesLeft: MAX_UNPACKED_BYTES, cellsLeft: MAX_CELLS };
}

export function refuseUnpacked(): never {
	throw new SpreadsheetRefusal({
		code: 'sheet_too_large',
		key: 'imports.problem.sheet_too_large',
		params: { limit: MAX_UNPACKED_BYTES / 1024 / 1024 },
		row: 0,
		column: ''
	});
}

export function refuseSheets(): never {
	throw new SpreadsheetRefusal({
		code: 'sheet_too_large',
		key: 'imports.problem.sheet_too_large.sheets',
		params: { limit: MAX_SHEETS },
		row: 0,
		column: ''
	});
}

export function spendCells(budget: Budget, cells: number, sheet: string): void {
	budget.cellsLeft -= cells;
	if (budget.cellsLeft >= 0) return;
	throw new SpreadsheetRefusal({
		code: 'sheet_too_large',
		key: 'imports.problem.sheet_too_large.cells',
		params: { millions: MAX_CELLS / 1_000_000 },
		row: 0,
		column: '',
		sheet
	});
}

export function columnLetters(col: number): string {
	let n = col + 1;
	let letters = '';
	while (n > 0) {
		const rem = (n - 1) % 26;
		letters = String.fromCharCode(65 + rem) + letters;
		n = Math.floor((n - 1) / 26);
	}
	return letters;
}

/** Refuses a filled cell at a 0-based column beyond MAX_COLUMNS, naming the cell as Excel does. */
export function checkColumn(col: number, row: number, sheet: string): void {
	if (col < MAX_COLUMNS) return;
	const letters = columnLetters(col);
	throw new SpreadsheetRefusal({
		code: 'column_beyond_limit',
		key: 'imports.problem.column_beyond_limit',
		params: { cell: `${letters}${row}`, limit: MAX_COLUMNS, last: columnLetters(MAX_COLUMNS - 1) },
		row,
		column: letters,
		sheet
	});
}
