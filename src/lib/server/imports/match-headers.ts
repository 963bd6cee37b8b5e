// Header cells as people type them ('Mã trường', 'ma truong', 'MA_TRUONG', 'school_code') and the
// header row itself, which may sit under a title line or two.
import { foldMarks } from '$lib/text/fold-marks';

export type ColumnRole = 'school' | 'period' | 'code' | 'value' | 'comment' | 'ignore';
export type HeaderCell = { role: ColumnRole } | { role: 'figure'; code: string } | null;

const ALIASES: Record<string, ColumnRole> = {};
function alias(role: ColumnRole, ...names: string[]) {
	for (const name of names) ALIASES[name] = role;
}
alias('school', 'matruong', 'schoolcode', 'school', 'schoolid', 'madonvi', 'unitcode');
alias('period', 'kybaocao', 'kibaocao', 'kybc', 'kibc', 'ky', 'ki', 'period', 'periodkey', 'reportingperiod');
alias('code', 'machiso', 'machitieu', 'masolieu', 'code', 'figurecode', 'elementcode', 'dataelement');
alias('value', 'giatri', 'value', 'solieu', 'sothuchien');
alias('comment', 'ghichu', 'comment', 'comments', 'note', 'notes');
alias(
	'ignore',
	'stt',
	'tt',
	'sothutu',
	'no',
	'tentruong',
	'schoolname',
	'name',
	'ten',
	'tenchiso',
	'tenchitieu',
	'figurename',
	'caphoc',
	'level',
	'xaphuong',
	'huyen',
	'donvi',
	// the reasons column of the failed-rows CSV we hand out ("Lỗi / Error")
	'loierror'
);

const FIGURE_CODE = /^[A-Za-z][A-Za-z0-9]*(?:_[A-Za-z0-9]+)+$/;
const PARENTHESISED = /^([\s\S]*?)\s*\(([^()]*)\)\s*$/;
const BRACKETED_CODE = /\(\s*[A-Za-z][A-Za-z0-9]*(?:_[A-Za-z0-9]+)+\s*\)/;

/** Lower-case ASCII letters and digits only: diacritics, spaces, underscores and punctuation dropped. */
export function foldHeader(text: string): string {
	return foldMarks(text).replace(/[^a-z0-9]/g, '');
}

export function isFigureCode(text: string): boolean {
	return FIGURE_CODE.test(text);
}

/** Folded Vietnamese name of a data element → its code (see buildElementNames). */
export type ElementNames = ReadonlyMap<string, string>;

/** The catalogue's names folded as headers are; a name two elements fold to is left out (no guessing). */
export function buildElementNames(elements: Iterable<{ code: string; nameVi: string }>): ElementNames {
	const names = new Map<string, string>();
	const clashes = new Set<string>();
	for (const { code, nameVi } of elements) {
		const key = foldHeader(nameVi);
		if (key === '' || key in ALIASES) continue;
		const other = names.get(key);
		if (other !== undefined && other !== code) clashes.add(key);
		else names.set(key, code);
	}
	for (const key of clashes) names.delete(key);
	return names;
}

function byName(text: string, names: ElementNames | undefined): HeaderCell {
	const code = names?.get(foldHeader(text));
	return code ? { role: 'figure', code } : null;
}

export function classifyHeader(header: string, names?: ElementNames): HeaderCell {
	const text = header.trim();
	if (text === '') return null;
	const role = ALIASES[foldHeader(text)];
	if (role) return { role };
	const parts = PARENTHESISED.exec(text);
	if (parts) {
		const inner = parts[2].trim();
		const innerRole = ALIASES[foldHeader(inner)];
		if (innerRole) return { role: innerRole };
		// Two codes in one header ('… (A_B)… (C_D)'): two headers run together, not a choice to make.
		if (isFigureCode(inner)) {
			return BRACKETED_CODE.test(parts[1]) ? null : { role: 'figure', code: inner.toUpperCase() };
		}
		const outer = parts[1].trim();
		const outerRole = ALIASES[foldHeader(outer)];
		if (outerRole) return { role: outerRole };
		if (isFigureCode(outer)) return { role: 'figure', code: outer.toUpperCase() };
		const named = byName(outer, names);
		if (named) return named;
	}
	if (isFigureCode(text)) return { role: 'figure', code: text.toUpperCase() };
	return byName(text, names);
}

/** A figure code written as 'Tổng số học sinh (TH_TS_HS)' in a long layout's code column. */
export function extractCode(text: string): string {
	if (text.endsWith(')')) {
		const parts = PARENTHESISED.exec(text);
		if (parts && isFigureCode(parts[2].trim())) return parts[2].trim().toUpperCase();
	}
	return text.toUpperCase();
}

export function columnLetter(index: number): string {
	let n = index + 1;
	let letters = '';
	while (n > 0) {
		const r = (n - 1) % 26;
		letters = String.fromCharCode(65 + r) + letters;
		n = Math.floor((n - 1) / 26);
	}
	return letters;
}

const HEADER_SCAN_ROWS = 30;

export type HeaderRow = {
	/** Index of the header row in the rows given. */
	index: number;
	/** Header text per column, with a blank cell filled from a header typed in the row above it. */
	headers: string[];
	cells: HeaderCell[];
	score: number;
};

function scoreOf(cells: HeaderCell[]): number {
	let score = 0;
	for (const cell of cells) if (cell && cell.role !== 'ignore') score++;
	return score;
}

/**
 * The header row: among the first rows, the one with the most recognised headers (the first of equals),
 * at least two. A blank cell under a recognised header in one of the two rows above takes that header,
 * as when 'Mã trường' is merged over a two-row header.
 */
export function findHeaderRow(rows: readonly (readonly string[])[], names?: ElementNames): HeaderRow | null {
	let best: HeaderRow | null = null;
	const limit = Math.min(rows.length, HEADER_SCAN_ROWS);
	for (let i = 0; i < limit; i++) {
		const row = rows[i];
		const headers: string[] = [];
		const cells: HeaderCell[] = [];
		for (let c = 0; c < row.length; c++) {
			let text = (row[c] ?? '').trim();
			let cell = classifyHeader(text, names);
			for (let up = 1; cell === null && text === '' && up <= 2 && i - up >= 0; up++) {
				const above = (rows[i - up][c] ?? '').trim();
				const aboveCell = classifyHeader(above, names);
				if (aboveCell && aboveCell.role !== 'figure') {
					text = above;
					cell = aboveCell;
				}
			}
			headers.push(text);
			cells.push(cell);
		}
		const score = scoreOf(cells);
		if (score >= 2 && (!best || score > best.score)) best = { index: i, headers, cells, score };
	}
	return best;
}
