// The contract between the file reader (pure, this folder) and the import service.
export type Bilingual = { vi: string; en: string };

export type ProblemCode =
	| 'file_empty'
	| 'file_too_large'
	| 'too_many_rows'
	| 'unsupported_format'
	| 'sheet_too_large'
	| 'column_beyond_limit'
	| 'encoding_unreadable'
	| 'header_missing'
	| 'header_unknown'
	| 'header_duplicate'
	| 'layout_unknown'
	| 'school_missing'
	| 'period_missing'
	| 'period_malformed'
	| 'code_missing'
	| 'value_missing'
	| 'value_not_number'
	| 'value_ambiguous'
	| 'value_not_integer'
	| 'value_negative'
	| 'value_not_yes_no'
	| 'value_out_of_range'
	| 'row_too_long'
	| 'row_too_short'
	| 'too_many_figures'
	| 'too_many_problems'
	| 'too_many_schools'
	// produced by the import service (checks against the database):
	| 'school_unknown'
	| 'school_out_of_scope'
	| 'code_unknown'
	| 'code_not_applicable'
	| 'code_not_on_form'
	| 'period_unknown'
	| 'period_closed'
	| 'duplicate_figure'
	| 'submission_locked'
	| 'rule_violation'
	| 'outlier'
	| 'report_incomplete'
	// impossible figures
	| 'figure_impossible'
	| 'rule_incomplete';

export type FileProblem = {
	/** Row number as the user sees it in Excel (1-based, header row counted); 0 for the whole file. */
	row: number;
	/** The column header as written in the file, or its letter (e.g. 'D') if it has none; '' for the whole file. */
	column: string;
	/** The raw cell text. */
	value: string;
	code: ProblemCode;
	message: Bilingual;
	severity: 'error' | 'warning';
	/** Worksheet name, for .xlsx files. */
	sheet?: string;
};

/** One figure found in the file, not yet checked against the database. */
export type FigureRecord = {
	row: number;
	/** Trimmed, upper-cased. */
	schoolCode: string;
	/** Normalised period key: '2024-2025/CUOI_NAM', '2024-2025/HK1', or a month '2024-10'. */
	period: string;
	/** Figure code, upper-cased, e.g. 'TH_TS_HS'. */
	code: string;
	/** Header of the cell the value came from ('gia_tri' in long layout, the code column in wide). */
	column: string;
	/** Raw value text as in the file (trimmed). */
	raw: string;
	comment: string | null;
	/** Worksheet name, for .xlsx files. */
	sheet?: string;
};

export type ReadResult = {
	fileName: string;
	format: 'csv' | 'xlsx';
	encoding: 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'windows-1258' | 'xlsx';
	delimiter: ',' | ';' | '\t' | null;
	layout: 'long' | 'wide' | null;
	/** Data rows (blank rows excluded). */
	rowCount: number;
	records: FigureRecord[];
	/** Structural problems found while reading. */
	problems: FileProblem[];
};

export const MAX_FILE_BYTES = 20 * 1024 * 1024;
export const MAX_ROWS = 250_000;
/** Figures per file: a wide file of 250,000 rows could otherwise hold millions. */
export const MAX_FIGURES = 500_000;
/** Problems listed per file; the rest are counted in one last problem. */
export const MAX_PROBLEMS = 5_000;
/** Distinct school (unit) codes in one file: a province has a few thousand; more is a wrong file, refused before any lookup. */
export const MAX_SCHOOLS = 10_000;
