// The upload page's two steps: check (preview, file kept for a while) and confirm (store).
import type { DbHandle } from '../db';
import type { AuthUser } from '../auth/user';
import type { Locale } from '../../i18n/types';
import { toPageResult, type PageResult } from './page-result';
import { buildFailedRowsCsv } from './preview';
import { importFile, type FileInput, type ImportOutcome } from './service';
import { findFailedRows, findPreview, forgetPreview, keepPreview, replaceFailedRows } from '../previews/keep';

function failedRows(outcome: ImportOutcome, locale: Locale): string | null {
	const problems = [...outcome.errors, ...outcome.warnings].filter((p) => p.row > 0);
	// For people to fix in Excel and upload again: Excel-Vietnamese CSV (';'), which the importer reads.
	return problems.length
		? buildFailedRowsCsv(outcome.layout, outcome.records, problems, locale, 'excel-vi')
		: null;
}

export async function checkUpload(
	handle: DbHandle,
	user: AuthUser,
	file: FileInput,
	defaultPeriod: string | undefined,
	locale: Locale
): Promise<PageResult> {
	const outcome = await importFile(handle, user, file, {
		dryRun: true,
		confirmWarnings: false,
		defaultPeriod
	});
	const token = await keepPreview(handle, {
		kind: 'figures',
		userId: user.id,
		file,
		defaultPeriod,
		failedRows: failedRows(outcome, locale)
	});
	return toPageResult(outcome, token);
}

export async function confirmUpload(
	handle: DbHandle,
	user: AuthUser,
	token: string,
	confirmWarnings: boolean,
	locale: Locale
): Promise<PageResult | null> {
	const kept = await findPreview(handle, token, user.id, 'figures');
	if (!kept) return null;
	const outcome = await importFile(handle, user, kept.file, {
		dryRun: false,
		confirmWarnings,
		defaultPeriod: kept.defaultPeriod
	});
	if (outcome.status === 'stored' || outcome.status === 'unchanged') {
		await forgetPreview(handle, token);
		return toPageResult(outcome, null);
	}
	await replaceFailedRows(handle, token, failedRows(outcome, locale));
	return toPageResult(outcome, token);
}

/** The failed rows of a checked file, for the user who checked it. */
export function failedRowsOf(handle: DbHandle, token: string, user: AuthUser): Promise<string | null> {
	return findFailedRows(handle, token, user.id);
}
