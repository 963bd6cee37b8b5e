// The targets file: one row per target, the same columns for CSV and .xlsx, for export and import.
import { foldHeader } from '../imports/match-headers';
import { formatStoredNumber } from '../imports/read-xlsx';
import type { TargetView } from './types';
import { foldMarks } from '$lib/text/fold-marks';

export const TARGET_COLUMNS = [
	'ma_chi_so',
	'ten_chi_so',
	'phep_so_sanh',
	'gia_tri',
	'toi_thieu',
	'toi_da',
	'pham_vi',
	'ky_danh_gia',
	'ky_goc',
	'nguon',
	'tu_so_ke_hoach',
	'mau_so_ke_hoach'
] as const;
export type TargetColumn = (typeof TARGET_COLUMNS)[number];
export type Cell = string | number | null;

/** 'pham_vi' of the whole area. */
export const AREA = 'area';

export function targetToRow(t: TargetView): Record<TargetColumn, Cell> {
	return {
		ma_chi_so: t.indicator,
		ten_chi_so: t.indicatorInfo.nameVi,
		phep_so_sanh: t.comparator,
		gia_tri: t.value,
		toi_thieu: t.min,
		toi_da: t.max,
		pham_vi: t.scope.kind === 'area' ? AREA : t.scope.code,
		ky_danh_gia: t.judgedAt,
		ky_goc: t.baseline,
		nguon: t.source,
		tu_so_ke_hoach: t.plannedNumerator,
		mau_so_ke_hoach: t.plannedDenominator
	};
}

/** A number as CSV text that the import reads back exactly ('1.1250', never the ambiguous '1.125'). */
export function numberText(n: number | null): string {
	return n === null ? '' : formatStoredNumber(n);
}

const HEADER_ALIASES: Record<string, TargetColumn | 'ignore'> = {};
function alias(column: TargetColumn | 'ignore', ...names: string[]) {
	for (const name of names) HEADER_ALIASES[foldHeader(name)] = column;
}
alias('ma_chi_so', 'ma_chi_so', 'ma chi tieu', 'chi so', 'indicator', 'indicator_code', 'code');
alias('ten_chi_so', 'ten_chi_so', 'ten chi tieu', 'indicator_name', 'name');
alias('phep_so_sanh', 'phep_so_sanh', 'so sanh', 'comparator', 'comparison');
alias('gia_tri', 'gia_tri', 'chi tieu', 'value', 'target');
alias('toi_thieu', 'toi_thieu', 'tu', 'min', 'minimum');
alias('toi_da', 'toi_da', 'den', 'max', 'maximum');
alias('pham_vi', 'pham_vi', 'ap dung', 'scope', 'ma_truong', 'ma_nhom');
alias('ky_danh_gia', 'ky_danh_gia', 'ki_danh_gia', 'judged_at', 'period');
alias('ky_goc', 'ky_goc', 'ki_goc', 'baseline');
alias('nguon', 'nguon', 'trich dan', 'source', 'quote');
alias('tu_so_ke_hoach', 'tu_so_ke_hoach', 'tu_so', 'planned_numerator', 'numerator');
alias('mau_so_ke_hoach', 'mau_so_ke_hoach', 'mau_so', 'planned_denominator', 'denominator');
alias('ignore', 'stt', 'tt', 'no', 'ghi_chu', 'note');

export function columnOf(header: string): TargetColumn | 'ignore' | null {
	return HEADER_ALIASES[foldHeader(header)] ?? null;
}

export type TargetHeader = { index: number; columns: (TargetColumn | 'ignore' | null)[] };

/** The header row among the first ten: the one naming the indicator and comparator columns. */
export function findTargetHeader(rows: readonly (readonly string[])[]): TargetHeader | null {
	for (let i = 0; i < Math.min(rows.length, 10); i++) {
		const columns = rows[i].map((cell) => columnOf(cell ?? ''));
		if (columns.includes('ma_chi_so') && columns.includes('phep_so_sanh')) return { index: i, columns };
	}
	return null;
}

function fold(text: string): string {
	return foldMarks(text)
		.replace(/[\s_]+/g, ' ')
		.trim();
}

const COMPARATOR_WORDS: Record<string, string> = {
	gte: 'gte',
	'>=': 'gte',
	'=>': 'gte',
	'≥': 'gte',
	'toi thieu': 'gte',
	'it nhat': 'gte',
	lte: 'lte',
	'<=': 'lte',
	'=<': 'lte',
	'≤': 'lte',
	'toi da': 'lte',
	'khong qua': 'lte',
	eq: 'eq',
	'=': 'eq',
	'==': 'eq',
	bang: 'eq',
	range: 'range',
	khoang: 'range',
	'tu den': 'range',
	change: 'change',
	'thay doi': 'change',
	'so voi ky goc': 'change',
	'level gte': 'level_gte',
	level: 'level_gte',
	muc: 'level_gte',
	'dat muc': 'level_gte'
};

/** A comparator as people write it ('≥', '>=', 'khoảng', 'đạt mức') → its code, or the text unchanged. */
export function readComparator(text: string): string {
	const folded = fold(text);
	return COMPARATOR_WORDS[folded] ?? COMPARATOR_WORDS[folded.replace(/\s/g, '')] ?? folded;
}

const AREA_WORDS = new Set([
	'',
	'area',
	'toan dia ban',
	'dia ban',
	'toan quan',
	'toan huyen',
	'toan tinh',
	'all'
]);

/** 'pham_vi': the area, or the code of a school or of a group (told apart by the plan's context). */
export function readScopeCode(text: string): string | null {
	return AREA_WORDS.has(fold(text)) ? null : text.trim().toUpperCase();
}

/** Undoes the apostrophe an export put before text a spreadsheet would run as a formula. */
export function unneutralise(text: string): string {
	return /^'[=+\-@\t\r]/.test(text) ? text.slice(1) : text;
}
