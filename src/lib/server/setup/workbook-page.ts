// The setup workbook on /admin/setup: check (the same import rolled back, the file kept for its
// confirmation) and store. The file waits where every checked file does (src/lib/server/previews).
import type { DbHandle } from '../db';
import type { Locale } from '$lib/i18n/types';
import { translate } from '$lib/i18n/translate';
import type { MessageKey } from '$lib/i18n/catalogue';
import { findPreview, forgetPreview, keepPreview } from '../previews/keep';
import { importSetupWorkbook, type SetupImportOutcome } from './import-workbook';
import { SHEETS } from './workbook-sheets';
import type { SetupBookResult } from '../../domain/setup';

export type { SetupBookResult };

const LISTED = 500;

export function describeCounts(counts: SetupImportOutcome['counts'], locale: Locale): string {
	return SHEETS.filter((s) => (counts[s.key] ?? 0) > 0)
		.map((s) => translate(locale, `setupBook.count.${s.key}` as MessageKey, { n: counts[s.key] ?? 0 }))
		.join(' · ');
}

function toResult(o: SetupImportOutcome, fileName: string, locale: Locale, token: string | null) {
	return {
		status: o.status,
		fileName,
		summary: describeCounts(o.counts, locale),
		errorCount: o.errors.length,
		errors: o.errors.slice(0, LISTED).map((e) => ({ ...e, message: e.message[locale] })),
		token
	} satisfies SetupBookResult;
}

export async function checkSetupBook(
	handle: DbHandle,
	actorId: string,
	file: { bytes: Uint8Array; fileName: string },
	locale: Locale
): Promise<SetupBookResult> {
	const outcome = await importSetupWorkbook(handle.db, actorId, file, { dryRun: true });
	const token =
		outcome.status === 'preview'
			? await keepPreview(handle, { kind: 'setup', userId: actorId, file: { ...file, mediaType: null } })
			: null;
	return toResult(outcome, file.fileName, locale, token);
}

export async function storeSetupBook(
	handle: DbHandle,
	actorId: string,
	token: string,
	locale: Locale
): Promise<SetupBookResult | null> {
	const kept = await findPreview(handle, token, actorId, 'setup');
	if (!kept) return null;
	const outcome = await importSetupWorkbook(handle.db, actorId, kept.file, { dryRun: false });
	if (outcome.status !== 'rejected') await forgetPreview(handle, token);
	return toResult(outcome, kept.file.fileName, locale, null);
}
