// Targets from a CSV or .xlsx file laid out like the export: every row checked by the same rules as
// the form (targetFormSchema, then checkTarget), problems by row and column in both languages,
// stored all or nothing.
import { createHash } from 'node:crypto';
import Papa from 'papaparse';
import { eq } from 'drizzle-orm';
import type { Db } from '../db';
import * as table from '../db/schema';
import { decodeText } from '../imports/decode-text';
import { readWorkbook } from '../imports/read-xlsx';
import { bilingual } from '../../i18n/translate';
import type { MessageKey } from '../../i18n/catalogue';
import type { Params } from '../../i18n/translate';
import { targetFormSchema } from '../../schemas/plans';
import { recordAudit, scopeText, snapshotTarget } from './audit';
import { checkTarget } from './check-target';
import { listTargets } from './queries';
import {
	findTargetHeader,
	readComparator,
	readScopeCode,
	unneutralise,
	type TargetColumn
} from './transfer-format';
import type { PlanContext, TargetInput, TargetValues } from './types';

export const MAX_TARGET_FILE_BYTES = 2 * 1024 * 1024;
const MAX_TARGET_ROWS = 5000;

export type ImportProblem = {
	row: number;
	column: string;
	value: string;
	message: { vi: string; en: string };
};
export type ImportRow = { row: number; input: TargetInput; values: TargetValues };
export type ImportMode = 'replace' | 'append';
export type ImportPreview = {
	fileName: string;
	sha256: string;
	rows: ImportRow[];
	problems: ImportProblem[];
	/** Targets the plan has now (replaced in 'replace' mode). */
	existing: number;
};

const FIELD_COLUMN: Record<string, TargetColumn> = {
	indicator: 'ma_chi_so',
	comparator: 'phep_so_sanh',
	value: 'gia_tri',
	min: 'toi_thieu',
	max: 'toi_da',
	scope: 'pham_vi',
	judgedAt: 'ky_danh_gia',
	baseline: 'ky_goc',
	source: 'nguon',
	plannedNumerator: 'tu_so_ke_hoach',
	plannedDenominator: 'mau_so_ke_hoach'
};

type Grid = { rows: string[][]; rowNumbers: number[] };

async function readGrid(bytes: Uint8Array, fileName: string): Promise<Grid | MessageKey> {
	if (bytes.length === 0) return 'plans.import.empty';
	if (bytes.length > MAX_TARGET_FILE_BYTES) return 'plans.import.tooLarge';
	const isZip = bytes[0] === 0x50 && bytes[1] === 0x4b;
	if (isZip || /\.xlsx$/i.test(fileName)) {
		const sheets = await readWorkbook(bytes);
		if (!sheets) return 'plans.import.unreadable';
		const sheet = sheets.find((s) => findTargetHeader(s.rows)) ?? sheets[0];
		return sheet ? { rows: sheet.rows, rowNumbers: sheet.rowNumbers } : 'plans.import.empty';
	}
	if (!/\.(csv|txt|tsv)$/i.test(fileName)) return 'plans.import.format';
	const decoded = decodeText(bytes);
	if (!decoded.ok) return 'plans.import.unreadable';
	let best: string[][] = [];
	for (const delimiter of [',', ';', '\t']) {
		const rows = Papa.parse<string[]>(decoded.text, { delimiter }).data;
		if (findTargetHeader(rows)) {
			best = rows;
			break;
		}
		if (best.length === 0) best = rows;
	}
	return { rows: best, rowNumbers: best.map((_, i) => i + 1) };
}

export function sha256Of(bytes: Uint8Array): string {
	return createHash('sha256').update(bytes).digest('hex');
}

const keyOf = (t: TargetInput) => `${t.indicator}|${scopeText(t.scope)}|${t.judgedAt}`;

export async function previewTargetImport(
	db: Db,
	ctx: PlanContext,
	bytes: Uint8Array,
	fileName: string,
	mode: ImportMode
): Promise<ImportPreview> {
	const existingTargets = await listTargets(db, ctx);
	const preview: ImportPreview = {
		fileName,
		sha256: sha256Of(bytes),
		rows: [],
		problems: [],
		existing: existingTargets.length
	};
	const fileProblem = (key: MessageKey, params?: Params) => {
		preview.problems.push({ row: 0, column: '', value: '', message: bilingual(key, params) });
		return preview;
	};
	const grid = await readGrid(bytes, fileName);
	if (typeof grid === 'string') return fileProblem(grid, { name: fileName });
	const header = findTargetHeader(grid.rows);
	if (!header) return fileProblem('plans.import.noHeader');

	const headerText = grid.rows[header.index];
	const columnIndex = new Map<TargetColumn, number>();
	header.columns.forEach((c, i) => {
		if (c && c !== 'ignore' && !columnIndex.has(c)) columnIndex.set(c, i);
	});
	const seen = new Map<string, number>();
	if (mode === 'append') for (const t of existingTargets) seen.set(keyOf(t), 0);

	const body = grid.rows.slice(header.index + 1);
	if (body.length > MAX_TARGET_ROWS) return fileProblem('plans.import.tooManyRows', { max: MAX_TARGET_ROWS });
	body.forEach((cells, i) => {
		const row = grid.rowNumbers[header.index + 1 + i];
		if (cells.every((c) => (c ?? '').trim() === '')) return;
		const cell = (c: TargetColumn) => {
			const index = columnIndex.get(c);
			return index === undefined ? '' : (cells[index] ?? '').trim();
		};
		const where = (field: string) => {
			const column = FIELD_COLUMN[field] ?? 'ma_chi_so';
			const index = columnIndex.get(column);
			return { row, column: index === undefined ? column : headerText[index] || column, value: cell(column) };
		};
		const problem = (field: string, key: MessageKey, params?: Params) =>
			preview.problems.push({ ...where(field), message: bilingual(key, { ...params, row }) });

		const scopeCode = readScopeCode(cell('pham_vi'));
		let scope = 'area';
		if (scopeCode !== null) {
			if (ctx.schools.has(scopeCode)) scope = `school:${scopeCode}`;
			else if (ctx.groups.has(scopeCode)) scope = `group:${scopeCode}`;
			else return problem('scope', 'plans.import.scopeUnknown', { code: scopeCode });
		}
		const parsed = targetFormSchema.safeParse({
			indicator: cell('ma_chi_so'),
			comparator: readComparator(cell('phep_so_sanh')),
			value: cell('gia_tri'),
			min: cell('toi_thieu'),
			max: cell('toi_da'),
			scope,
			judgedAt: cell('ky_danh_gia'),
			baseline: cell('ky_goc'),
			source: unneutralise(cell('nguon')),
			plannedNumerator: cell('tu_so_ke_hoach'),
			plannedDenominator: cell('mau_so_ke_hoach')
		});
		if (!parsed.success) {
			const fields = new Set<string>();
			for (const issue of parsed.error.issues) {
				const field = String(issue.path[0] ?? 'indicator');
				if (fields.has(field)) continue;
				fields.add(field);
				problem(field, issue.message as MessageKey);
			}
			return;
		}
		const checked = checkTarget(ctx, parsed.data);
		if (!checked.ok) {
			for (const [field, p] of Object.entries(checked.errors)) if (p) problem(field, p.key, p.params);
			return;
		}
		const key = keyOf(parsed.data);
		const first = seen.get(key);
		if (first !== undefined) {
			return problem(
				'indicator',
				first === 0 ? 'plans.import.duplicateExisting' : 'plans.import.duplicateRow',
				{
					first
				}
			);
		}
		seen.set(key, row);
		preview.rows.push({ row, input: parsed.data, values: checked.values });
	});
	if (preview.rows.length === 0 && preview.problems.length === 0) return fileProblem('plans.import.noRows');
	return preview;
}

export type ApplyResult =
	{ ok: true; created: number; deleted: number } | { ok: false; preview: ImportPreview };

/** Checks the file again and stores its targets in one transaction (replacing the plan's, or added to them). */
export async function applyTargetImport(
	db: Db,
	actorId: string | null,
	ctx: PlanContext,
	bytes: Uint8Array,
	fileName: string,
	mode: ImportMode
): Promise<ApplyResult> {
	const preview = await previewTargetImport(db, ctx, bytes, fileName, mode);
	if (preview.problems.length > 0) return { ok: false, preview };
	const before = mode === 'replace' ? await listTargets(db, ctx) : [];
	const start =
		mode === 'replace'
			? 0
			: preview.existing > 0
				? Math.max(...(await listTargets(db, ctx)).map((t) => t.sortOrder)) + 1
				: 0;
	await db.transaction(async (tx) => {
		if (mode === 'replace') await tx.delete(table.targets).where(eq(table.targets.planId, ctx.plan.id));
		const ids: number[] = [];
		for (const [i, r] of preview.rows.entries()) {
			const [row] = await tx
				.insert(table.targets)
				.values({ ...r.values, planId: ctx.plan.id, sortOrder: start + i })
				.returning({ id: table.targets.id });
			ids.push(row.id);
		}
		await recordAudit(tx, {
			actorId,
			action: 'targets.import',
			unitId: ctx.plan.unitId,
			subject: `plan:${ctx.plan.id}`,
			before: before.map((t) => snapshotTarget(t.id, t)),
			after: {
				file: fileName,
				sha256: preview.sha256,
				mode,
				targets: preview.rows.map((r, i) => snapshotTarget(ids[i], r.input))
			}
		});
	});
	return { ok: true, created: preview.rows.length, deleted: before.length };
}
