// From a grid of cell texts (a CSV file or one worksheet) to figure records: find the header row,
// tell long from wide layout, and check each row's structure. Values stay raw text: their types
// are the catalogue's business (parse-number.ts, called by the service).
import { setImmediate as pause } from 'node:timers/promises';
import { makeProblem, type Where } from './make-problem';
import {
	columnLetter,
	extractCode,
	findHeaderRow,
	type ColumnRole,
	type ElementNames
} from './match-headers';
import { parsePeriod } from './parse-period';
import { checkRowShape, isUniform, type RowShape } from './row-shape';
import {
	MAX_FIGURES,
	MAX_PROBLEMS,
	MAX_ROWS,
	type FigureRecord,
	type FileProblem,
	type ProblemCode,
	type ReadResult
} from './types';

export type Grid = {
	rows: readonly (readonly string[])[];
	/** Row numbers as Excel shows them, when they are not index + 1 (worksheets skip empty rows). */
	rowNumbers?: readonly number[];
	sheet?: string;
	/** Text files: rows are delimited fields, so a row wider or narrower than the header is an error. */
	fields?: { delimiter: string };
};
export type ExtractOptions = {
	/** Period for rows without one (a file without a period column), already normalised. */
	defaultPeriod?: string;
	/** Catalogue names, so that a header 'Tổng số học sinh' reads as its code. */
	elementNames?: ElementNames;
};
export type Extracted = {
	layout: ReadResult['layout'];
	headerFound: boolean;
	rowCount: number;
	records: FigureRecord[];
	/** At most MAX_PROBLEMS; the rest are counted in droppedProblems. */
	problems: FileProblem[];
	droppedProblems: number;
	/** Stopped at the row or figure limit: the records are dropped. */
	tooManyRows: boolean;
};
/** Data rows still allowed, shared by the worksheets of one file. */
export type RowBudget = { left: number; figures?: number };

type Columns = Record<Exclude<ColumnRole, 'ignore'>, number>;
type FigureColumn = { col: number; code: string; header: string };

/** Cells read between two yields of the async reader: a few milliseconds of work. */
const CELLS_PER_STEP = 20_000;

function isBlank(row: readonly string[]): boolean {
	for (let c = 0; c < row.length; c++) {
		const cell = row[c];
		if (cell && cell.trim() !== '') return false;
	}
	return true;
}

function record(
	row: number,
	schoolCode: string,
	period: string,
	code: string,
	column: string,
	raw: string,
	comment: string | null,
	sheet: string | undefined
): FigureRecord {
	return sheet === undefined
		? { row, schoolCode, period, code, column, raw, comment }
		: { row, schoolCode, period, code, column, raw, comment, sheet };
}

function cellAt(row: readonly string[], col: number): string {
	if (col < 0) return '';
	const cell = row[col];
	return cell ? cell.trim() : '';
}

/** Reads the whole grid at once (worksheets, tests). */
export function extractFigures(grid: Grid, options: ExtractOptions = {}, budget?: RowBudget): Extracted {
	const steps = extractSteps(grid, options, budget);
	for (;;) {
		const step = steps.next();
		if (step.done) return step.value;
	}
}

/** The same, letting other requests run every CELLS_PER_STEP cells. */
export async function extractFiguresAsync(
	grid: Grid,
	options: ExtractOptions = {},
	budget?: RowBudget
): Promise<Extracted> {
	const steps = extractSteps(grid, options, budget);
	for (;;) {
		const step = steps.next();
		if (step.done) return step.value;
		await pause();
	}
}

function* extractSteps(grid: Grid, options: ExtractOptions, budget?: RowBudget): Generator<void, Extracted> {
	const { rows, rowNumbers, sheet } = grid;
	const rowNumber = (i: number) => (rowNumbers ? rowNumbers[i] : i + 1);
	const out: Extracted = {
		layout: null,
		headerFound: false,
		rowCount: 0,
		records: [],
		problems: [],
		droppedProblems: 0,
		tooManyRows: false
	};
	// Past the cap a problem is only counted: building its bilingual message for every row of a
	// million-row file is most of the reading time and garbage.
	const listing = () => {
		if (out.problems.length < MAX_PROBLEMS) return true;
		out.droppedProblems++;
		return false;
	};
	const report = (problem: FileProblem) => {
		if (listing()) out.problems.push(problem);
	};
	const at = (row: number, column: string, value: string): Where =>
		sheet === undefined ? { row, column, value } : { row, column, value, sheet };
	// Per row, without a closure made for each: they cost most of this loop's time and garbage.
	const fault = (row: number, column: string, value: string, code: ProblemCode) => {
		if (listing()) out.problems.push(makeProblem(at(row, column, value), code));
	};

	const header = findHeaderRow(rows, options.elementNames);
	if (!header) {
		const first = rows.findIndex((row) => !isBlank(row));
		if (first < 0) return out;
		report(makeProblem(at(rowNumber(first), '', cellAt(rows[first], 0)), 'header_missing'));
		return out;
	}
	out.headerFound = true;
	const headerRow = rowNumber(header.index);
	const names = header.headers.map((text, c) => text || columnLetter(c));
	const columns: Columns = { school: -1, period: -1, code: -1, value: -1, comment: -1 };
	const figures: FigureColumn[] = [];
	const figureColumn = new Map<string, number>();
	const unknown: number[] = [];
	const duplicate = (c: number, first: number) =>
		report(
			makeProblem(at(headerRow, names[c], header.headers[c]), 'header_duplicate', {
				params: { other: columnLetter(first), otherHeader: names[first] }
			})
		);
	header.cells.forEach((cell, c) => {
		if (cell === null) {
			if (header.headers[c] !== '') unknown.push(c);
		} else if (cell.role === 'figure') {
			const first = figureColumn.get(cell.code);
			if (first !== undefined) duplicate(c, first);
			else {
				figureColumn.set(cell.code, c);
				figures.push({ col: c, code: cell.code, header: names[c] });
			}
		} else if (cell.role !== 'ignore') {
			if (columns[cell.role] >= 0) duplicate(c, columns[cell.role]);
			else columns[cell.role] = c;
		}
	});

	const long = columns.code >= 0 || columns.value >= 0;
	const missing = (key: 'school' | 'period' | 'code' | 'value') =>
		report(
			makeProblem(at(headerRow, '', ''), 'header_missing', { key: `imports.problem.header_missing.${key}` })
		);
	if (columns.school < 0) missing('school');
	if (columns.period < 0 && !options.defaultPeriod) missing('period');
	if (long) {
		out.layout = 'long';
		if (columns.code < 0) missing('code');
		if (columns.value < 0) missing('value');
		for (const f of figures) unknown.push(f.col);
	} else if (figures.length > 0) {
		out.layout = 'wide';
	} else {
		report(makeProblem(at(headerRow, '', ''), 'layout_unknown'));
	}
	if (unknown.length > 0 && out.layout) {
		unknown.sort((a, b) => a - b);
		const letters = unknown.map(columnLetter).join(', ');
		const texts = unknown.map((c) => header.headers[c]).join(' | ');
		const list = unknown.map((c) => `${columnLetter(c)}: “${header.headers[c]}”`).join('; ');
		report(
			makeProblem(at(headerRow, letters, texts), 'header_unknown', {
				key: 'imports.problem.header_unknown.list',
				params: { columns: list },
				severity: 'warning'
			})
		);
	}
	const structural = out.problems.some((p) => p.severity === 'error');

	let shape: RowShape | null = null;
	if (grid.fields && !structural) {
		let width = 0;
		header.headers.forEach((text, c) => {
			if (text !== '' || header.cells[c] !== null) width = c + 1;
		});
		let lastRequired = Math.max(columns.school, columns.period, columns.code, columns.value);
		for (const f of figures) if (f.col > lastRequired) lastRequired = f.col;
		let uniform: boolean | undefined;
		shape = {
			width,
			rawWidth: rows[header.index].length,
			uniform: () => (uniform ??= isUniform(rows, header.index + 1)),
			lastRequired,
			delimiter: grid.fields.delimiter
		};
	}

	const periods = new Map<string, string | null>();
	const readPeriod = (raw: string) => {
		let key = periods.get(raw);
		if (key === undefined) {
			key = parsePeriod(raw);
			periods.set(raw, key);
		}
		return key;
	};
	const left = budget ?? { left: MAX_ROWS };
	left.figures ??= MAX_FIGURES;
	const valueHeader = names[columns.value];
	const stop = (problem: FileProblem) => {
		out.tooManyRows = true;
		report(problem);
		out.records = [];
		return out;
	};

	let work = 0;
	for (let i = header.index + 1; i < rows.length; i++) {
		const row = rows[i];
		work += row.length;
		if (work > CELLS_PER_STEP) {
			work = 0;
			yield;
		}
		if (isBlank(row)) continue;
		out.rowCount++;
		const r = rowNumber(i);
		if (--left.left < 0) {
			return stop(makeProblem(at(r, '', ''), 'too_many_rows', { params: { limit: MAX_ROWS } }));
		}
		if (structural) continue;
		if (shape) {
			const problem = checkRowShape(row, shape, names, r, sheet);
			if (problem) {
				report(problem);
				continue;
			}
		}

		const school = cellAt(row, columns.school);
		const periodRaw = cellAt(row, columns.period);
		const comment = cellAt(row, columns.comment) || null;
		let hasFigure: boolean;
		let code = '';
		let raw = '';
		if (out.layout === 'long') {
			code = cellAt(row, columns.code);
			raw = cellAt(row, columns.value);
			hasFigure = code !== '' || raw !== '';
		} else {
			hasFigure = false;
			for (const f of figures) {
				if (cellAt(row, f.col) !== '') {
					hasFigure = true;
					break;
				}
			}
		}
		if (!hasFigure) continue;

		let rowErrors = 0;
		if (school === '') {
			rowErrors++;
			fault(r, names[columns.school], '', 'school_missing');
		}
		let period: string | null | undefined = options.defaultPeriod;
		if (periodRaw !== '') {
			period = readPeriod(periodRaw);
			if (period === null) {
				rowErrors++;
				fault(r, names[columns.period], periodRaw, 'period_malformed');
			}
		} else if (!period) {
			rowErrors++;
			fault(r, names[columns.period], '', 'period_missing');
		}
		if (out.layout === 'long') {
			if (code === '') {
				rowErrors++;
				fault(r, names[columns.code], '', 'code_missing');
			}
			if (raw === '') {
				rowErrors++;
				fault(r, names[columns.value], '', 'value_missing');
			}
		}
		if (rowErrors > 0 || !period) continue;

		const schoolCode = school.toUpperCase();
		if (out.layout === 'long') {
			out.records.push(record(r, schoolCode, period, extractCode(code), valueHeader, raw, comment, sheet));
		} else {
			for (const f of figures) {
				const value = cellAt(row, f.col);
				if (value !== '')
					out.records.push(record(r, schoolCode, period, f.code, f.header, value, comment, sheet));
			}
		}
		if (out.records.length > left.figures) {
			return stop(makeProblem(at(r, '', ''), 'too_many_figures', { params: { limit: MAX_FIGURES } }));
		}
	}
	left.figures -= out.records.length;
	return out;
}
