// What the upload page and the import API show of an upload: plain data, no server code.
import type { Bilingual } from './types';

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

export type Change = 'new' | 'changed' | 'unchanged';

export type ImportStatus = 'preview' | 'stored' | 'unchanged' | 'rejected';

export type PreviewItem = {
	row: number;
	code: string;
	name: Bilingual;
	value: number;
	current: number | null;
	change: Change;
	/** The comment that will be stored, and the one stored now. */
	comment: string | null;
	currentComment: string | null;
};

export type SchoolPreview = {
	schoolCode: string;
	schoolName: string;
	period: string;
	periodLabel: Bilingual;
	/**
	 * The submission's state: before this upload in a preview, as stored once the file is stored
	 * (null: nothing reported yet).
	 */
	status: string | null;
	version: number;
	counts: Record<Change, number>;
	items: PreviewItem[];
	/** Items left out to keep the preview small (counts include them). */
	more: number;
	/** Required figures of the form still missing after the upload (file over stored). */
	missing: string[];
};

export type PageResult = {
	status: ImportStatus;
	fileName: string;
	layout: 'long' | 'wide' | null;
	encoding: string;
	rows: number;
	figures: Record<Change, number>;
	errors: FileProblem[];
	warnings: FileProblem[];
	errorCount: number;
	warningCount: number;
	schools: SchoolPreview[];
	uploadId: string | null;
	forbidden: boolean;
	needsConfirmation: boolean;
	/** For "confirm" and the failed-rows download; null once stored. */
	token: string | null;
	hasFailedRows: boolean;
};
