// Text files only: a row is a list of delimited fields, so a row with more or fewer fields than the
// header means values have shifted — most often a decimal comma in a comma-separated file
// ("…,97,5" read as 97 and a stray 5). Worksheets have cells, not fields, and skip this.
import type { FileProblem } from './types';
import { makeProblem, type Where } from './make-problem';
import { columnLetter } from './match-headers';

export type RowShape = {
	/** Columns up to the last one with a header. */
	width: number;
	/** Fields of the header row itself, blank trailing ones included. */
	rawWidth: number;
	/**
	 * Every data row has the same number of fields (a writer that ends each row with a delimiter).
	 * Asked only of a row wider than the header with blank fields past it, so most files never scan.
	 */
	uniform: () => boolean;
	/** Columns a row must reach: school, period, code, value and figure columns. */
	lastRequired: number;
	delimiter: string;
};

const DELIMITER_NAMES: Record<string, string> = { ',': ',', ';': ';', '\t': 'Tab' };

function isBlank(cell: string | undefined): boolean {
	return !cell || cell.trim() === '';
}

/**
 * True when the non-blank rows from `from` on are several and all have the same number of fields:
 * one row alone cannot tell a writer's trailing delimiter from a value split in two.
 */
export function isUniform(rows: readonly (readonly string[])[], from: number): boolean {
	let width = -1;
	let count = 0;
	for (let i = from; i < rows.length; i++) {
		const row = rows[i];
		if (row.every(isBlank)) continue;
		count++;
		if (width < 0) width = row.length;
		else if (row.length !== width) return false;
	}
	return count > 1;
}

function shapeProblem(
	row: readonly string[],
	shape: RowShape,
	at: { rowNumber: number; sheet: string | undefined; column: string; value: string },
	tooLong: boolean
): FileProblem {
	const { rowNumber, sheet, column, value } = at;
	const where: Where =
		sheet === undefined ? { row: rowNumber, column, value } : { row: rowNumber, column, value, sheet };
	const params = {
		count: row.length,
		expected: shape.width,
		delimiter: DELIMITER_NAMES[shape.delimiter] ?? shape.delimiter
	};
	if (!tooLong) return makeProblem(where, 'row_too_short', { params });
	const key = shape.delimiter === ',' ? 'imports.problem.row_too_long.comma' : 'imports.problem.row_too_long';
	return makeProblem(where, 'row_too_long', { key, params });
}

/**
 * The problem with a data row's fields, or null. `names` are the header texts (or letters). Runs on
 * every row of a text file: a row that fits should cost next to nothing.
 */
export function checkRowShape(
	row: readonly string[],
	shape: RowShape,
	names: readonly string[],
	rowNumber: number,
	sheet: string | undefined
): FileProblem | null {
	for (let c = shape.width; c < row.length; c++) {
		if (!isBlank(row[c]))
			return shapeProblem(
				row,
				shape,
				{ rowNumber, sheet, column: columnLetter(c), value: row[c].trim() },
				true
			);
	}
	// Blank fields past the header are Excel's empty trailing columns, unless this row alone has them.
	const headerWidth = Math.max(shape.width, shape.rawWidth);
	if (row.length > headerWidth && !shape.uniform()) {
		return shapeProblem(row, shape, { rowNumber, sheet, column: columnLetter(headerWidth), value: '' }, true);
	}
	// A writer that leaves out trailing empty fields leaves them all out: a short row ending in an
	// empty field has lost a delimiter somewhere ('5,6,' → '56,').
	const last = row.length > 0 ? row[row.length - 1] : '';
	if (row.length <= shape.lastRequired || (row.length < shape.width && isBlank(last))) {
		const column = names[row.length] ?? columnLetter(row.length);
		return shapeProblem(row, shape, { rowNumber, sheet, column, value: (last ?? '').trim() }, false);
	}
	return null;
}
