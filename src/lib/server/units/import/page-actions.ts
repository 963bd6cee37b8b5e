// The /admin/units page's two steps: check (preview, file kept for its confirmation) and store.
import type { DbHandle } from '../../db';
import type { AuthUser } from '../../auth/user';
import type { Locale } from '../../../i18n/types';
import { importUnits, type UnitImportOutcome } from './import-units';
import { findPreview, forgetPreview, keepPreview } from '../../previews/keep';
import type { UnitPageResult } from '../../../domain/setup';

export type { UnitPageResult };

const LISTED = 500;

function toPageResult(
	o: UnitImportOutcome,
	fileName: string,
	locale: Locale,
	token: string | null
): UnitPageResult {
	return {
		status: o.status,
		fileName,
		encoding: o.encoding,
		units: o.units,
		errorCount: o.errors.length,
		errors: o.errors
			.slice(0, LISTED)
			.map((e) => ({ row: e.row, column: e.column, value: e.value, message: e.message[locale] })),
		token
	};
}

export async function checkUnitFile(
	handle: DbHandle,
	user: AuthUser,
	file: { bytes: Uint8Array; fileName: string },
	locale: Locale
): Promise<{ result: UnitPageResult; forbidden: boolean }> {
	const outcome = await importUnits(handle.db, user, file, { dryRun: true });
	const changes = outcome.units.new + outcome.units.changed;
	const token =
		outcome.status === 'preview' && changes > 0
			? await keepPreview(handle, { kind: 'units', userId: user.id, file: { ...file, mediaType: null } })
			: null;
	return { result: toPageResult(outcome, file.fileName, locale, token), forbidden: outcome.forbidden };
}

export async function confirmUnitFile(
	handle: DbHandle,
	user: AuthUser,
	token: string,
	locale: Locale
): Promise<{ result: UnitPageResult; forbidden: boolean } | null> {
	const kept = await findPreview(handle, token, user.id, 'units');
	if (!kept) return null;
	const outcome = await importUnits(handle.db, user, kept.file, { dryRun: false });
	if (outcome.status !== 'rejected') await forgetPreview(handle, token);
	return {
		result: toPageResult(outcome, kept.file.fileName, locale, null),
		forbidden: outcome.forbidden
	};
}
