// What the upload page shows of an import outcome (serialisable, bounded). Pure.
import type { ImportOutcome } from './service';
import type { PageResult } from '../../domain/imports';
export type { PageResult } from '../../domain/imports';

/** Problems listed on the page per kind; the failed-rows CSV has them all. */
export const PAGE_LISTED = 500;

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
