// The contract between the file reader (pure, this folder) and the import service.
import type { FileProblem } from '../../domain/imports';
export type { FileProblem, ProblemCode } from '../../domain/imports';
export type { Bilingual } from '../../domain/types';

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
