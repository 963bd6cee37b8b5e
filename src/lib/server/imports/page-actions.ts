// The upload page's two steps: check (preview, file kept for a while) and confirm (store).
import type { DbHandle } from '../db';
import type { AuthUser } from '../auth/user';
import type { Locale } from '../../i18n/types';
import { toPageResult, type PageResult } from './page-result';
import { buildFailedRowsCsv } from './preview';
import { importFile, type FileInput, type ImportOutcome } from './service';
import { dropStash, setFailedRows, stashFile, takeStash } from './stash';

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
	const token = stashFile({ userId: user.id, file, defaultPeriod, failedRows: failedRows(outcome, locale) });
	return toPageResult(outcome, token);
}

export async function confirmUpload(
	handle: DbHandle,
	user: AuthUser,
	token: string,
	confirmWarnings: boolean,
	locale: Locale
): Promise<PageResult | null> {
	const stashed = takeStash(token, user.id);
	if (!stashed) return null;
	const outcome = await importFile(handle, user, stashed.file, {
		dryRun: false,
		confirmWarnings,
		defaultPeriod: stashed.defaultPeriod
	});
	if (outcome.status === 'stored' || outcome.status === 'unchanged') {
		dropStash(token);
		return toPageResult(outcome, null);
	}
	setFailedRows(token, failedRows(outcome, locale));
	return toPageResult(outcome, token);
}

/** The failed rows of a checked file, for the user who checked it. */
export function failedRowsOf(token: string, user: AuthUser): string | null {
	return takeStash(token, user.id)?.failedRows ?? null;
}
