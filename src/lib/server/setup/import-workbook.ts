// A setup workbook into an EMPTY database: every sheet stored in one transaction, in the order of
// SHEETS, by the same functions as the pages. A check (dry run) is the same work rolled back, so the
// preview counts exactly what storing would make and finds every problem a later sheet has with an
// earlier one. Any problem stores nothing. A database that already holds units, forms, years,
// catalogue or plans is refused whole: the workbook sets a province up, it does not merge into one.
import { createHash } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { queryRows, type Db } from '../db';
import * as col from '../db/rows';
import { recordAudit } from '../auth/audit';
import { readWorkbook } from '../imports/read-xlsx';
import { foldHeader } from '../imports/match-headers';
import * as store from './store-sheets';
import { storeGroups } from './store-groups';
import { bilingual, SheetProblems, type WorkbookProblem } from './workbook-problems';
import { readSheetRecords, SHEETS, type SheetKey } from './workbook-sheets';

export type SetupImportStatus = 'preview' | 'stored' | 'rejected';
export type SetupImportOutcome = {
	status: SetupImportStatus;
	counts: Partial<Record<SheetKey, number>>;
	errors: WorkbookProblem[];
};

export const MAX_SETUP_BYTES = 20 * 1024 * 1024;
const SETUP_IMPORT_LOCK = 727213;

const EXISTING = sql`select
	(select count(*) from units)::int as "units",
	(select count(*) from report_forms)::int as "forms",
	(select count(*) from school_years)::int as "years",
	(select count(*) from unit_groups)::int as "groups",
	(select count(*) from data_elements)::int as "elements",
	(select count(*) from indicators)::int as "indicators",
	(select count(*) from validation_rules)::int as "rules",
	(select count(*) from plans)::int as "plans"`;

/** What the database already holds of what a workbook sets up (kinds with rows only). */
export async function readExisting(db: Db): Promise<Partial<Record<SheetKey, number>>> {
	const [row] = await queryRows(db, EXISTING, (r) => ({
		units: col.int(r.units),
		forms: col.int(r.forms),
		years: col.int(r.years),
		groups: col.int(r.groups),
		elements: col.int(r.elements),
		indicators: col.int(r.indicators),
		rules: col.int(r.rules),
		plans: col.int(r.plans)
	}));
	return Object.fromEntries(Object.entries(row).filter(([, n]) => n > 0)) as Partial<
		Record<SheetKey, number>
	>;
}

class Rollback extends Error {
	constructor(readonly outcome: SetupImportOutcome) {
		super('rollback');
	}
}

const rejected = (sheet: string, key: Parameters<typeof bilingual>[0], params?: Record<string, string>) => ({
	status: 'rejected' as const,
	counts: {},
	errors: [{ sheet, row: 0, column: '', value: '', message: bilingual(key, params) }]
});

export async function importSetupWorkbook(
	db: Db,
	actorId: string,
	file: { bytes: Uint8Array; fileName: string },
	options: { dryRun: boolean }
): Promise<SetupImportOutcome> {
	if (file.bytes.length > MAX_SETUP_BYTES) return rejected('', 'setupBook.error.tooLarge');
	const isZip = file.bytes[0] === 0x50 && file.bytes[1] === 0x4b;
	const sheets = isZip ? await readWorkbook(file.bytes) : null;
	if (!sheets) return rejected('', 'setupBook.error.unreadable');
	const byName = new Map(sheets.map((s) => [foldHeader(s.sheet), s]));
	const present = SHEETS.filter((spec) => byName.has(foldHeader(spec.name)));
	if (present.length === 0) return rejected('', 'setupBook.error.noSheets');

	try {
		return await db.transaction(async (tx) => {
			await tx.execute(sql`select pg_advisory_xact_lock(${SETUP_IMPORT_LOCK})`);
			const existing = await readExisting(tx);
			if (Object.keys(existing).length) {
				const kinds = Object.entries(existing)
					.map(([k, n]) => `${k}: ${n}`)
					.join(', ');
				throw new Rollback(rejected('', 'setupBook.error.notEmpty', { kinds }));
			}
			const errors: WorkbookProblem[] = [];
			const counts: SetupImportOutcome['counts'] = {};
			const c: store.StoreContext = { tx, actorId, fileName: file.fileName };
			for (const spec of present) {
				const grid = byName.get(foldHeader(spec.name))!;
				const p = new SheetProblems(spec, errors);
				if (spec.key === 'units') {
					counts.units = await store.storeUnits(c, grid, p);
					continue;
				}
				const { records, missing, headerRow } = readSheetRecords(spec, grid.rows, grid.rowNumbers);
				if (records.length === 0 && headerRow === 0) continue;
				for (const field of missing) {
					p.add(headerRow, field, '', bilingual('setupBook.error.missingColumn'));
				}
				if (missing.length) continue;
				counts[spec.key] = await STORE[spec.key](c, records, p);
			}
			const outcome: SetupImportOutcome = {
				status: errors.length ? 'rejected' : options.dryRun ? 'preview' : 'stored',
				counts: errors.length ? {} : counts,
				errors
			};
			if (errors.length || options.dryRun) throw new Rollback(outcome);
			await recordAudit(tx, {
				actorId,
				action: 'setup.import',
				subject: file.fileName,
				after: { counts, sha256: createHash('sha256').update(file.bytes).digest('hex') }
			});
			return outcome;
		});
	} catch (e) {
		if (e instanceof Rollback) return e.outcome;
		throw e;
	}
}

const STORE: Record<
	Exclude<SheetKey, 'units'>,
	(
		c: store.StoreContext,
		records: ReturnType<typeof readSheetRecords>['records'],
		p: SheetProblems
	) => Promise<number>
> = {
	forms: store.storeForms,
	years: store.storeYears,
	periods: store.storePeriods,
	groups: storeGroups,
	elements: store.storeElements,
	indicators: store.storeIndicators,
	rules: store.storeRules,
	plans: store.storePlans,
	targets: store.storeTargets
};
