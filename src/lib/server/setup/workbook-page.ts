// The setup workbook on /admin/setup: check (the same import rolled back, the file kept for its
// confirmation) and store. The file waits in the school-list import's stash (memory, 30 minutes).
import type { Db } from '../db';
import type { Locale } from '$lib/i18n/types';
import { translate } from '$lib/i18n/translate';
import type { MessageKey } from '$lib/i18n/catalogue';
import { dropUnitFile, stashUnitFile, takeUnitFile } from '../units/import/stash';
import { importSetupWorkbook, type SetupImportOutcome } from './import-workbook';
import { SHEETS } from './workbook-sheets';

const LISTED = 500;

export type SetupBookResult = {
	status: SetupImportOutcome['status'];
	fileName: string;
	/** "157 đơn vị · 1 biểu mẫu · …" in the page's language. */
	summary: string;
	errorCount: number;
	errors: { sheet: string; row: number; column: string; value: string; message: string }[];
	token: string | null;
};

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
	db: Db,
	actorId: string,
	file: { bytes: Uint8Array; fileName: string },
	locale: Locale
): Promise<SetupBookResult> {
	const outcome = await importSetupWorkbook(db, actorId, file, { dryRun: true });
	const token = outcome.status === 'preview' ? stashUnitFile(actorId, file.bytes, file.fileName) : null;
	return toResult(outcome, file.fileName, locale, token);
}

export async function storeSetupBook(
	db: Db,
	actorId: string,
	token: string,
	locale: Locale
): Promise<SetupBookResult | null> {
	const stashed = takeUnitFile(token, actorId);
	if (!stashed) return null;
	const outcome = await importSetupWorkbook(db, actorId, stashed, { dryRun: false });
	dropUnitFile(token);
	return toResult(outcome, stashed.fileName, locale, null);
}
