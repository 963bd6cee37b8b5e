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
	/** Every data row has the same number of fields (a writer that ends each row with a delimiter). */
	uniform: boolean;
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

/** The problem with a data row's fields, or null. `names` are the header texts (or letters). */
export function checkRowShape(
	row: readonly string[],
	shape: RowShape,
	names: readonly string[],
	at: (column: string, value: string) => Where
): FileProblem | null {
	const params = {
		count: row.length,
		expected: shape.width,
		delimiter: DELIMITER_NAMES[shape.delimiter] ?? shape.delimiter
	};
	const key = shape.delimiter === ',' ? 'imports.problem.row_too_long.comma' : 'imports.problem.row_too_long';
	for (let c = shape.width; c < row.length; c++) {
		if (!isBlank(row[c])) {
			return makeProblem(at(columnLetter(c), row[c].trim()), 'row_too_long', { key, params });
		}
	}
	// Blank fields past the header are Excel's empty trailing columns, unless this row alone has them.
	if (row.length > Math.max(shape.width, shape.rawWidth) && !shape.uniform) {
		return makeProblem(at(columnLetter(Math.max(shape.width, shape.rawWidth)), ''), 'row_too_long', {
			key,
			params
		});
	}
	// A writer that leaves out trailing empty fields leaves them all out: a short row ending in an
	// empty field has lost a delimiter somewhere ('5,6,' → '56,').
	const last = row.length > 0 ? row[row.length - 1] : '';
	if (row.length <= shape.lastRequired || (row.length < shape.width && isBlank(last))) {
		return makeProblem(
			at(names[row.length] ?? columnLetter(row.length), (last ?? '').trim()),
			'row_too_short',
			{
				params
			}
		);
	}
	return null;
}
