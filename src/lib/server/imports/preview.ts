// What the uploader sees before confirming: per school and period, each figure with the value it
// replaces; and the failed rows as a CSV to fix and upload again. Pure.
import { bilingual } from '../../i18n/translate';
import { delimiterOf, type CsvDialect } from '../exports/csv-dialect';
import { neutraliseCell } from './neutralise';
import { pairKey, type Change, type FigureState, type PlannedFigure, type References } from './plan';
import type { FigureRecord, FileProblem } from './types';
import type { SchoolPreview } from '../../domain/imports';
export type { PreviewItem, SchoolPreview } from '../../domain/imports';

export function countChanges(figures: readonly PlannedFigure[]): Record<Change, number> {
	const counts: Record<Change, number> = { new: 0, changed: 0, unchanged: 0 };
	for (const f of figures) counts[f.change]++;
	return counts;
}

const CHANGE_ORDER: Record<Change, number> = { changed: 0, new: 1, unchanged: 2 };

/** Groups the planned figures by school and period; at most `limit` items in all, changes first. */
export function buildPreview(
	figures: readonly PlannedFigure[],
	refs: References,
	state: FigureState,
	limit = 2000
): SchoolPreview[] {
	const units = new Map([...refs.units.values()].map((u) => [u.id, u]));
	const elements = new Map([...refs.elements.values()].map((e) => [e.id, e]));
	const groups = new Map<string, PlannedFigure[]>();
	let group: PlannedFigure[] | undefined;
	for (const f of figures) {
		// Figures come by report: the key is built only when the report changes.
		if (!group || group[0].unitId !== f.unitId || group[0].periodId !== f.periodId) {
			const key = pairKey(f.unitId, f.periodId);
			group = groups.get(key);
			if (!group) groups.set(key, (group = []));
		}
		group.push(f);
	}
	const out: SchoolPreview[] = [];
	let budget = limit;
	const ordered = [...groups.values()]
		.map((list) => ({ list, unit: units.get(list[0].unitId)!, periodId: list[0].periodId }))
		.sort((a, b) =>
			a.unit.code < b.unit.code ? -1 : a.unit.code > b.unit.code ? 1 : a.periodId - b.periodId
		);
	for (const { list, unit, periodId } of ordered) {
		const period = refs.periodsById.get(periodId)!;
		const sub = state.submissions.get(pairKey(unit.id, periodId));
		// Only the groups that still show items are sorted (a 120,000-figure file shows a few thousand).
		const shown =
			budget > 0
				? [...list]
						.sort(
							(a, b) =>
								CHANGE_ORDER[a.change] - CHANGE_ORDER[b.change] ||
								(elements.get(a.elementId)?.sortOrder ?? 0) - (elements.get(b.elementId)?.sortOrder ?? 0)
						)
						.slice(0, budget)
				: [];
		budget -= shown.length;
		out.push({
			schoolCode: unit.code,
			schoolName: unit.name,
			period: period.ref,
			periodLabel: { vi: period.labelVi, en: period.labelEn },
			status: sub?.status ?? null,
			version: sub?.version ?? 0,
			counts: countChanges(list),
			items: shown.map((f) => {
				const e = elements.get(f.elementId)!;
				return {
					row: f.row,
					code: f.code,
					name: { vi: e.nameVi, en: e.nameEn },
					value: f.value,
					current: f.before?.value ?? null,
					change: f.change,
					comment: f.comment,
					currentComment: f.before?.comment ?? null
				};
			}),
			more: list.length - shown.length,
			missing: []
		});
	}
	return out;
}

export const ERROR_COLUMN = 'Lỗi / Error';
/** The failed-rows CSV is kept in memory beside a checked file: 50,000 rows are plenty to fix a file by. */
export const FAILED_ROWS_MAX = 50_000;
const LONG_HEADER = ['ma_truong', 'ky_bao_cao', 'ma_chi_so', 'gia_tri', 'ghi_chu'];

function csvCell(text: string): string {
	const safe = neutraliseCell(text);
	return /[",\r\n;]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/**
 * The rows that have a problem, in the file's own layout, with a last column saying what is wrong
 * (UTF-8 with a BOM, so Excel shows the Vietnamese). Rows the reader could not split into figures
 * keep what is known: the problem names the column and the value.
 */
export function buildFailedRowsCsv(
	layout: 'long' | 'wide' | null,
	records: readonly FigureRecord[],
	problems: readonly FileProblem[],
	locale: 'vi' | 'en' = 'vi',
	dialect: CsvDialect = 'plain',
	maxRows = FAILED_ROWS_MAX
): string {
	const sep = delimiterOf(dialect);
	const allRows = new Map<number, FileProblem[]>();
	for (const p of problems) {
		if (p.row <= 0) continue;
		const list = allRows.get(p.row);
		if (list) list.push(p);
		else allRows.set(p.row, [p]);
	}
	const kept = [...allRows.keys()].sort((a, b) => a - b);
	const leftOut = Math.max(0, kept.length - maxRows);
	kept.length = Math.min(kept.length, maxRows);
	const byRow = new Map(kept.map((row) => [row, allRows.get(row)!]));
	const recordsByRow = new Map<number, FigureRecord[]>();
	for (const r of records) {
		if (!byRow.has(r.row)) continue;
		const list = recordsByRow.get(r.row);
		if (list) list.push(r);
		else recordsByRow.set(r.row, [r]);
	}
	const wide = layout === 'wide';
	const figureColumns: string[] = [];
	if (wide) {
		const seen = new Set<string>();
		for (const list of recordsByRow.values())
			for (const r of list)
				if (!seen.has(r.column)) {
					seen.add(r.column);
					figureColumns.push(r.column);
				}
	}
	const header = wide ? ['ma_truong', 'ky_bao_cao', ...figureColumns] : LONG_HEADER;
	const lines = [[...header, ERROR_COLUMN].map(csvCell).join(sep)];
	for (const row of kept) {
		const list = recordsByRow.get(row) ?? [];
		const first = list[0];
		let cells: string[];
		if (wide) {
			const raw = new Map(list.map((r) => [r.column, r.raw]));
			cells = [first?.schoolCode ?? '', first?.period ?? '', ...figureColumns.map((c) => raw.get(c) ?? '')];
		} else {
			cells = first
				? [first.schoolCode, first.period, first.code, first.raw, first.comment ?? '']
				: ['', '', '', '', ''];
		}
		const reasons = byRow.get(row)!.map((p) => {
			const where = p.column ? `${p.column}: ` : '';
			const text = p.message[locale];
			return p.severity === 'warning' ? `${where}(!) ${text}` : `${where}${text}`;
		});
		const prefix = locale === 'vi' ? `Dòng ${row}` : `Row ${row}`;
		lines.push([...cells, `${prefix} – ${reasons.join(' | ')}`].map(csvCell).join(sep));
	}
	if (leftOut > 0) {
		const note = bilingual('imports.failedRows.truncated', { count: leftOut, kept: maxRows });
		lines.push(csvCell(`${note.vi} / ${note.en}`));
	}
	return '\uFEFF' + lines.join('\r\n') + '\r\n';
}
