// One entry point for every file a school sends: .xlsx, or text (.csv, .txt) in whatever encoding and
// delimiter Excel produced. Pure: bytes in, figure records and structural problems out.
import Papa from 'papaparse';
import { decodeTextAsync } from './decode-text';
import { extractFiguresAsync, type Extracted, type ExtractOptions, type RowBudget } from './extract-figures';
import { makeProblem } from './make-problem';
import { findHeaderRow, type ElementNames } from './match-headers';
import { parsePeriod } from './parse-period';
import { readSpreadsheet } from './read-xlsx';
import { parseRows } from './parse-rows';
import {
	MAX_FILE_BYTES,
	MAX_PROBLEMS,
	MAX_ROWS,
	MAX_SCHOOLS,
	type FileProblem,
	type ReadResult
} from './types';

export type ReadOptions = {
	/** Period for rows of a file that has no period column (e.g. chosen on the upload page). */
	defaultPeriod?: string;
	/** The catalogue's Vietnamese names (buildElementNames), so a header without its code still reads. */
	elementNames?: ElementNames;
};
type Delimiter = ',' | ';' | '\t';

const DELIMITERS: readonly Delimiter[] = [',', ';', '\t'];
const TEXT_EXTENSIONS = new Set(['csv', 'txt', 'tsv', 'tab', '']);
const SAMPLE_CHARS = 65_536;
const SEPARATOR_LINE = /^sep=([,;\t])[ ]*\r?\n/i;
const WHOLE_FILE = { row: 0, column: '', value: '' };

function startsWith(bytes: Uint8Array, signature: number[]): boolean {
	return signature.every((byte, i) => bytes[i] === byte);
}

/** The delimiter under which a header row is recognised best; else the one splitting the first rows most. */
export function detectDelimiter(text: string, names?: ElementNames): Delimiter {
	let sample = text;
	if (text.length > SAMPLE_CHARS) {
		const end = text.lastIndexOf('\n', SAMPLE_CHARS);
		sample = text.slice(0, end > 0 ? end : SAMPLE_CHARS);
	}
	let best: Delimiter = ',';
	let bestScore = -1;
	for (const delimiter of DELIMITERS) {
		const rows = Papa.parse<string[]>(sample, { delimiter, preview: 40 }).data;
		const header = findHeaderRow(rows, names);
		let splits = 0;
		for (const row of rows) splits += row.length - 1;
		const score = (header ? header.score * 1_000_000 : 0) + splits;
		if (score > bestScore) {
			best = delimiter;
			bestScore = score;
		}
	}
	return best;
}

function fail(base: ReadResult, problem: FileProblem): ReadResult {
	return { ...base, problems: [problem] };
}

/** Problems past MAX_PROBLEMS are counted, and said so in one last problem. */
function addProblems(result: ReadResult, problems: readonly FileProblem[], dropped: number): number {
	for (const problem of problems) {
		if (result.problems.length < MAX_PROBLEMS) result.problems.push(problem);
		else dropped++;
	}
	return dropped;
}

function finish(base: ReadResult, parts: Extracted[], leading: FileProblem[] = []): ReadResult {
	const result: ReadResult = { ...base, problems: [] };
	let dropped = addProblems(result, leading, 0);
	for (const part of parts) {
		result.layout ??= part.layout;
		result.rowCount += part.rowCount;
		dropped = addProblems(result, part.problems, dropped + part.droppedProblems);
		if (part.tooManyRows) {
			result.records = [];
			break;
		}
		if (result.records.length === 0) result.records = part.records;
		else for (const record of part.records) result.records.push(record);
	}
	const schools = new Set<string>();
	for (const r of result.records) {
		schools.add(r.schoolCode);
		if (schools.size > MAX_SCHOOLS) {
			result.records = [];
			result.problems.push(
				makeProblem({ row: r.row, column: '', value: r.schoolCode }, 'too_many_schools', {
					params: { limit: MAX_SCHOOLS }
				})
			);
			break;
		}
	}
	if (dropped > 0) {
		result.problems.push(
			makeProblem(WHOLE_FILE, 'too_many_problems', { params: { shown: MAX_PROBLEMS, more: dropped } })
		);
	}
	const hasError = result.problems.some((p) => p.severity === 'error');
	if (!hasError && result.records.length === 0) result.problems.push(makeProblem(WHOLE_FILE, 'file_empty'));
	return result;
}

async function readXlsx(bytes: Uint8Array, base: ReadResult, options: ExtractOptions): Promise<ReadResult> {
	const read = await readSpreadsheet(bytes, base.fileName);
	if (!read.ok) return fail(base, read.problem);
	const sheets = read.sheets;
	// A help sheet listing codes beside their names looks like a header too; when some sheet has a
	// school column, only such sheets hold figures.
	const headed = sheets.flatMap((sheet) => {
		const header = findHeaderRow(sheet.rows, options.elementNames);
		return header ? [{ sheet, hasSchool: header.cells.some((c) => c?.role === 'school') }] : [];
	});
	const withSchool = headed.filter((h) => h.hasSchool);
	const data = (withSchool.length > 0 ? withSchool : headed).map((h) => h.sheet);
	if (data.length === 0) {
		const firstFilled = sheets.find((sheet) => sheet.rows.length > 0);
		const grid = firstFilled && { rows: firstFilled.rows, rowNumbers: firstFilled.rowNumbers };
		return finish(base, grid ? [await extractFiguresAsync(grid, options)] : []);
	}
	const budget: RowBudget = { left: MAX_ROWS };
	const parts: Extracted[] = [];
	for (const sheet of data) {
		// Sheet names only matter when figures come from more than one sheet.
		const grid = data.length > 1 ? sheet : { rows: sheet.rows, rowNumbers: sheet.rowNumbers };
		const part = await extractFiguresAsync(grid, options, budget);
		parts.push(part);
		if (part.tooManyRows) break;
	}
	return finish(base, parts);
}

async function readText(bytes: Uint8Array, base: ReadResult, options: ExtractOptions): Promise<ReadResult> {
	const decoded = await decodeTextAsync(bytes);
	if (!decoded.ok) return fail(base, makeProblem(WHOLE_FILE, 'encoding_unreadable'));
	base.encoding = decoded.encoding;
	if (decoded.text.trim() === '') return fail(base, makeProblem(WHOLE_FILE, 'file_empty'));
	// Excel honours (and hides) a first line "sep=;", so rows are numbered from the line after it.
	let body = decoded.text;
	const hint = SEPARATOR_LINE.exec(body);
	const delimiter = hint ? (hint[1] as Delimiter) : detectDelimiter(body, options.elementNames);
	if (hint) body = body.slice(hint[0].length);
	base.delimiter = delimiter;
	// A stray LF in a CRLF file breaks the row in Excel too, so every break is one.
	const parsed = await parseRows(body.replace(/\r\n?/g, '\n'), delimiter);
	const leading: FileProblem[] = [];
	if (parsed.unclosedQuoteRow !== null) {
		leading.push(
			makeProblem({ row: parsed.unclosedQuoteRow + 1, column: '', value: '' }, 'unsupported_format', {
				key: 'imports.problem.unsupported_format.quote'
			})
		);
	}
	// A closing quote followed by more text: fields have run together, perhaps over several rows.
	if (parsed.strayQuoteRow !== null) {
		leading.push(
			makeProblem({ row: parsed.strayQuoteRow + 1, column: '', value: '' }, 'unsupported_format', {
				key: 'imports.problem.unsupported_format.stray_quote'
			})
		);
	}
	const grid = { rows: parsed.rows, rowNumbers: parsed.rowNumbers, fields: { delimiter } };
	return finish(base, [await extractFiguresAsync(grid, options)], leading);
}

export async function readFigureFile(
	bytes: Uint8Array,
	fileName: string,
	options: ReadOptions = {}
): Promise<ReadResult> {
	const extension = /\.([a-z0-9]+)$/i.exec(fileName)?.[1].toLowerCase() ?? '';
	const isZip = startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]);
	const base: ReadResult = {
		fileName,
		format: isZip || extension === 'xlsx' ? 'xlsx' : 'csv',
		encoding: isZip || extension === 'xlsx' ? 'xlsx' : 'utf-8',
		delimiter: null,
		layout: null,
		rowCount: 0,
		records: [],
		problems: []
	};
	if (bytes.length > MAX_FILE_BYTES) {
		return fail(
			base,
			makeProblem(WHOLE_FILE, 'file_too_large', { params: { limit: MAX_FILE_BYTES / 1024 / 1024 } })
		);
	}
	if (bytes.length === 0) return fail(base, makeProblem(WHOLE_FILE, 'file_empty'));
	const extract: ExtractOptions = {};
	const defaultPeriod = options.defaultPeriod ? parsePeriod(options.defaultPeriod) : null;
	if (defaultPeriod) extract.defaultPeriod = defaultPeriod;
	if (options.elementNames) extract.elementNames = options.elementNames;

	if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0])) {
		return fail(
			{ ...base, format: 'xlsx', encoding: 'xlsx' },
			makeProblem(WHOLE_FILE, 'unsupported_format', { key: 'imports.problem.unsupported_format.xls' })
		);
	}
	if (isZip) return readXlsx(bytes, base, extract);
	if (base.format === 'xlsx') {
		return fail(
			base,
			makeProblem(WHOLE_FILE, 'unsupported_format', {
				key: 'imports.problem.unsupported_format.xlsx',
				params: { name: fileName }
			})
		);
	}
	if (!TEXT_EXTENSIONS.has(extension)) {
		return fail(base, makeProblem(WHOLE_FILE, 'unsupported_format', { params: { name: fileName } }));
	}
	return readText(bytes, base, extract);
}
