// What the upload page shows of an import outcome (serialisable, bounded). Pure.
import type { SchoolPreview } from './preview';
import type { ImportOutcome } from './service';
import type { FileProblem } from './types';

/** Problems listed on the page per kind; the failed-rows CSV has them all. */
export const PAGE_LISTED = 500;

export type PageResult = {
	status: ImportOutcome['status'];
	fileName: string;
	layout: ImportOutcome['layout'];
	encoding: string;
	rows: number;
	figures: ImportOutcome['figures'];
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

export function toPageResult(outcome: ImportOutcome, token: string | null): PageResult {
	return {
		status: outcome.status,
		fileName: outcome.fileName,
		layout: outcome.layout,
		encoding: outcome.encoding,
		rows: outcome.rows,
		figures: outcome.figures,
		errors: outcome.errors.slice(0, PAGE_LISTED),
		warnings: outcome.warnings.slice(0, PAGE_LISTED),
		errorCount: outcome.errors.length,
		warningCount: outcome.warnings.length,
		schools: outcome.schools,
		uploadId: outcome.uploadId,
		forbidden: outcome.forbidden,
		needsConfirmation: outcome.needsConfirmation,
		token,
		hasFailedRows: outcome.errors.some((e) => e.row > 0) || outcome.warnings.some((w) => w.row > 0)
	};
}
