// The one import path shared by the upload page, the entry form and POST /api/imports:
// read → check against the database → (confirm) store all or nothing.
import { createHash, randomUUID } from 'node:crypto';
import { and, desc, eq } from 'drizzle-orm';
import type { DbHandle } from '../db';
import * as table from '../db/schema';
import type { AuthUser } from '../auth/user';
import { pairKey, type CheckResult } from './plan';
import { attachMissing } from './check-complete';
import { buildPreview, countChanges, ERROR_COLUMN, type SchoolPreview } from './preview';
import { readFigureFile } from './read-file';
import { loadImportCatalogue, type ImportCatalogue } from './catalogue-cache';
import { storePlan } from './store';
import { validateRead, type Validation } from './validate';
import { MAX_FILE_BYTES, type FileProblem, type ReadResult } from './types';
import { makeProblem } from './make-problem';
import type { ImportStatus } from '../../domain/imports';
export type { ImportStatus } from '../../domain/imports';

export type ImportOptions = {
	dryRun: boolean;
	confirmWarnings: boolean;
	/** Period for rows of a file without a period column (chosen on the upload page). */
	defaultPeriod?: string;
	/** Items in the per-school preview (all counts stay exact). */
	previewLimit?: number;
};

export type ImportOutcome = {
	status: ImportStatus;
	fileName: string;
	format: string;
	layout: 'long' | 'wide' | null;
	encoding: string;
	rows: number;
	figures: { new: number; changed: number; unchanged: number };
	errors: FileProblem[];
	warnings: FileProblem[];
	uploadId: string | null;
	/** Some row names a unit outside the uploader's scope (the API answers 403). */
	forbidden: boolean;
	/** Refused only because its warnings were not confirmed. */
	needsConfirmation: boolean;
	schools: SchoolPreview[];
	/** Milliseconds per stage, for the benchmark. */
	timings: { parse: number; validate: number; store: number };
	/** Input to buildFailedRowsCsv. */
	records: ReadResult['records'];
};

export type FileInput = { bytes: Uint8Array; fileName: string; mediaType: string | null };

export function sha256Hex(bytes: Uint8Array): string {
	return createHash('sha256').update(bytes).digest('hex');
}

const now = () => performance.now();

/** Reads a file and imports its figures; `dryRun` only previews. */
export async function importFile(
	handle: DbHandle,
	user: AuthUser,
	file: FileInput,
	options: ImportOptions
): Promise<ImportOutcome> {
	const t0 = now();
	const catalogue = await loadImportCatalogue(handle.db);
	const read: ReadResult =
		file.bytes.length > MAX_FILE_BYTES
			? {
					fileName: file.fileName,
					format: 'csv',
					encoding: 'utf-8',
					delimiter: null,
					layout: null,
					rowCount: 0,
					records: [],
					problems: [
						makeProblem({ row: 0, column: '', value: '' }, 'file_too_large', {
							params: { limit: MAX_FILE_BYTES / 1024 / 1024 }
						})
					]
				}
			: await readFigureFile(file.bytes, file.fileName, {
					defaultPeriod: options.defaultPeriod,
					elementNames: catalogue.names
				});
	return importRead(handle, user, read, file, options, now() - t0, catalogue);
}

/** Imports figures already read (from a file, or built from the entry form). */
export async function importRead(
	handle: DbHandle,
	user: AuthUser,
	read: ReadResult,
	file: FileInput,
	options: ImportOptions,
	parseMs = 0,
	given?: ImportCatalogue
): Promise<ImportOutcome> {
	// Read outside the transaction (a cache is per connection object, a transaction a new one); the
	// catalogue was read before the pairs' locks all the same.
	const catalogue = given ?? (await loadImportCatalogue(handle.db));
	const timings = { parse: parseMs, validate: 0, store: 0 };
	const readErrors = read.problems.filter((p) => p.severity === 'error');
	// The failed-rows CSV we hand out carries its own reasons column: ignored without a warning.
	const readWarnings = read.problems.filter(
		(p) => p.severity !== 'error' && !(p.code === 'header_unknown' && p.column === ERROR_COLUMN)
	);
	const outcome = (
		status: ImportStatus,
		{ checked, refs, state, incomplete }: Validation,
		uploadId: string | null
	): ImportOutcome => {
		const errors = [...readErrors, ...checked.errors].sort((a, b) => a.row - b.row);
		const warnings = [...readWarnings, ...checked.warnings].sort((a, b) => a.row - b.row);
		return {
			status,
			fileName: read.fileName,
			format: read.format,
			layout: read.layout,
			encoding: read.encoding,
			rows: read.rowCount,
			figures: countChanges(checked.figures),
			errors,
			warnings,
			uploadId,
			forbidden: errors.some((e) => e.code === 'school_out_of_scope'),
			needsConfirmation: status === 'rejected' && errors.length === 0 && warnings.length > 0,
			schools: attachMissing(buildPreview(checked.figures, refs, state, options.previewLimit), incomplete),
			timings,
			records: read.records
		};
	};
	const verdict = (checked: CheckResult): ImportStatus | null => {
		if (readErrors.length || checked.errors.length) return 'rejected';
		if (options.dryRun) return 'preview';
		if (!checked.figures.some((f) => f.change !== 'unchanged')) return 'unchanged';
		if ((readWarnings.length || checked.warnings.length) && !options.confirmWarnings) return 'rejected';
		return null;
	};

	const db = handle.db;
	if (options.dryRun || readErrors.length) {
		const t = now();
		const validation = await validateRead(db, user, read, { lock: false, catalogue });
		timings.validate = now() - t;
		return outcome(verdict(validation.checked) ?? 'preview', validation, null);
	}

	const sha256 = sha256Hex(file.bytes);
	let storeStart = 0;
	const result = await db.transaction(async (tx) => {
		const t = now();
		const validation = await validateRead(tx, user, read, { lock: true, catalogue });
		const { checked, refs, state } = validation;
		timings.validate = now() - t;
		const status = verdict(checked);
		if (status === 'unchanged') {
			const [earlier] = await tx
				.select({ id: table.uploads.id })
				.from(table.uploads)
				.where(and(eq(table.uploads.sha256, sha256), eq(table.uploads.status, 'stored')))
				.orderBy(desc(table.uploads.createdAt))
				.limit(1);
			return outcome('unchanged', validation, earlier?.id ?? null);
		}
		if (status) return outcome(status, validation, null);

		storeStart = now();
		const uploadId = randomUUID();
		const counts = countChanges(checked.figures);
		const touched = checked.figures.filter((f) => f.change !== 'unchanged');
		const unitIds = [...new Set(touched.map((f) => f.unitId))];
		const unitCodes = new Map([...refs.units.values()].map((u) => [u.id, u.code]));
		const periodRefs = [...new Set(touched.map((f) => refs.periodsById.get(f.periodId)!.ref))];
		const stored = await storePlan(
			tx,
			handle.kind,
			{ figures: checked.figures, refs, state },
			{
				id: uploadId,
				userId: user.id,
				fileName: read.fileName,
				mediaType: file.mediaType,
				sha256,
				size: file.bytes.length,
				content: file.bytes,
				summary: {
					format: read.format,
					layout: read.layout,
					encoding: read.encoding,
					rows: read.rowCount,
					figures: counts,
					warningsConfirmed: readWarnings.length + checked.warnings.length,
					unitIds,
					units: unitIds.map((id) => unitCodes.get(id)),
					periods: periodRefs
				}
			}
		);
		// The panel shows each touched report as now stored (status and version from RETURNING).
		const submissions = new Map(state.submissions);
		for (const sub of stored.submissions) submissions.set(pairKey(sub.unitId, sub.periodId), sub);
		return outcome('stored', { ...validation, state: { ...state, submissions } }, uploadId);
	});
	// Includes the commit.
	if (storeStart) timings.store = now() - storeStart;
	return result;
}
