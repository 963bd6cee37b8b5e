// The setup workbook's sheets: one per kind, in the order they are stored (each may name what the ones
// before it made). Headers are Vietnamese with the field's code in brackets, "Mã biểu mẫu (code)"; a
// header is matched by that code, so the words may be reworded or translated. The units sheet is the
// school-list import's own template (its reader finds the columns by their Vietnamese names).
import { TEMPLATE_HEADERS } from '../units/import/template';
import { TARGET_COLUMNS } from '../plans/transfer-format';

export type SheetKey =
	| 'units'
	| 'forms'
	| 'years'
	| 'periods'
	| 'groups'
	| 'elements'
	| 'indicators'
	| 'rules'
	| 'plans'
	| 'targets';

export type SheetSpec = {
	key: SheetKey;
	name: string;
	columns: [field: string, vi: string][];
	/** Columns added later: a workbook made before them still reads (the field is then left as it is). */
	optional?: string[];
};

const TARGET_HEADERS: Record<(typeof TARGET_COLUMNS)[number], string> = {
	ma_chi_so: 'Mã chỉ số',
	ten_chi_so: 'Tên chỉ số',
	phep_so_sanh: 'Phép so sánh',
	gia_tri: 'Giá trị',
	toi_thieu: 'Tối thiểu',
	toi_da: 'Tối đa',
	pham_vi: 'Phạm vi',
	ky_danh_gia: 'Kỳ đánh giá',
	ky_goc: 'Kỳ gốc',
	nguon: 'Nguồn',
	tu_so_ke_hoach: 'Tử số kế hoạch',
	mau_so_ke_hoach: 'Mẫu số kế hoạch'
};

export const SHEETS: SheetSpec[] = [
	{ key: 'units', name: 'Đơn vị', columns: TEMPLATE_HEADERS.map((h) => [h, h]) },
	{
		key: 'forms',
		name: 'Biểu mẫu',
		columns: [
			['code', 'Mã biểu mẫu'],
			['nameVi', 'Tên tiếng Việt'],
			['nameEn', 'Tên tiếng Anh'],
			['periodType', 'Loại kỳ: school_year / monthly'],
			['levels', 'Cấp học (MN, TH, THCS, THPT)']
		]
	},
	{
		key: 'years',
		name: 'Năm học',
		columns: [
			['code', 'Năm học'],
			['startDate', 'Ngày bắt đầu'],
			['hk1Start', 'Bắt đầu HK I'],
			['hk1End', 'Kết thúc HK I'],
			['hk2Start', 'Bắt đầu HK II'],
			['hk2End', 'Kết thúc HK II'],
			['endDate', 'Ngày kết thúc']
		]
	},
	{
		key: 'periods',
		name: 'Kỳ báo cáo',
		columns: [
			['year', 'Năm học'],
			['form', 'Mã biểu mẫu'],
			['key', 'Mã kỳ'],
			['labelVi', 'Tên kỳ (tiếng Việt)'],
			['labelEn', 'Tên kỳ (tiếng Anh)'],
			['startDate', 'Từ ngày'],
			['endDate', 'Đến ngày'],
			['schoolDeadline', 'Hạn trường → phòng'],
			['districtDeadline', 'Hạn phòng → sở'],
			['sortOrder', 'Thứ tự']
		]
	},
	{
		key: 'groups',
		name: 'Nhóm trường',
		columns: [
			['code', 'Mã nhóm'],
			['nameVi', 'Tên tiếng Việt'],
			['nameEn', 'Tên tiếng Anh'],
			['kind', 'Loại: cluster / commune / custom'],
			['owner', 'Đơn vị quản lý'],
			['year', 'Năm học (trống: mọi năm)'],
			['members', 'Các trường']
		]
	},
	{
		key: 'elements',
		name: 'Số liệu',
		columns: [
			['code', 'Mã số liệu'],
			['nameVi', 'Tên tiếng Việt'],
			['nameEn', 'Tên tiếng Anh'],
			['valueType', 'Kiểu: count / yes_no / level / decimal'],
			['unitScope', 'Đơn vị báo cáo: school / commune'],
			['levels', 'Cấp học'],
			['forms', 'Biểu mẫu'],
			['maxLevel', 'Mức tối đa']
		]
	},
	{
		key: 'indicators',
		name: 'Chỉ số',
		columns: [
			['code', 'Mã chỉ số'],
			['nameVi', 'Tên tiếng Việt'],
			['nameEn', 'Tên tiếng Anh'],
			['group', 'Nhóm'],
			['levels', 'Cấp học'],
			['kind', 'Công thức: rate / sum / share_of_schools / level'],
			['numerator', 'Tử số'],
			['denominator', 'Mẫu số'],
			['element', 'Số liệu (share_of_schools, level)'],
			['atLeast', 'Từ mức'],
			['direction', 'Chiều: higher / lower / band'],
			['unit', 'Đơn vị: percent / count / level'],
			['aboveTarget', 'Vượt chỉ tiêu “=”: fine / warning / miss (trống: mặc định)']
		],
		optional: ['aboveTarget']
	},
	{
		key: 'rules',
		name: 'Quy tắc kiểm tra',
		columns: [
			['groupKey', 'Nhóm'],
			['kind', 'Loại: le (≤) / eq (=)'],
			['left', 'Vế trái'],
			['right', 'Vế phải'],
			['nameVi', 'Tên tiếng Việt'],
			['nameEn', 'Tên tiếng Anh'],
			['active', 'Đang áp dụng (có / không)']
		]
	},
	{
		key: 'plans',
		name: 'Kế hoạch',
		columns: [
			['unit', 'Mã đơn vị'],
			['year', 'Năm học'],
			['titleVi', 'Tên kế hoạch'],
			['titleEn', 'Tên tiếng Anh']
		]
	},
	{
		key: 'targets',
		name: 'Chỉ tiêu',
		columns: [
			['unit', 'Mã đơn vị kế hoạch'],
			['year', 'Năm học'],
			...TARGET_COLUMNS.map((c): [string, string] => [c, TARGET_HEADERS[c]])
		]
	}
];

export const sheetOf = (key: SheetKey) => SHEETS.find((s) => s.key === key)!;

/** "Mã biểu mẫu (code)"; the units sheet keeps the school-list template's own headers. */
export function headerText(spec: SheetSpec, [field, vi]: [string, string]): string {
	return spec.key === 'units' ? vi : `${vi} (${field})`;
}

/** The field a header names: the code in the last brackets, or the header itself. */
export function fieldOfHeader(spec: SheetSpec, header: string): string | null {
	const text = header.trim();
	const code = /\(([A-Za-z0-9_]+)\)\s*$/.exec(text)?.[1] ?? text;
	return spec.columns.find(([field]) => field === code)?.[0] ?? null;
}

export type SheetRecord = { row: number; values: Record<string, string> };

/**
 * A sheet's rows as records by field. The header is the first row naming at least one field; blank
 * rows are skipped; `missing` lists the fields no header names.
 */
export function readSheetRecords(
	spec: SheetSpec,
	rows: string[][],
	rowNumbers: number[]
): { records: SheetRecord[]; missing: string[]; headerRow: number } {
	const at = rows.findIndex((r) => r.some((c) => fieldOfHeader(spec, c ?? '')));
	if (at < 0) return { records: [], missing: spec.columns.map(([f]) => f), headerRow: 0 };
	const fields = rows[at].map((c) => fieldOfHeader(spec, c ?? ''));
	const records: SheetRecord[] = [];
	for (let i = at + 1; i < rows.length; i++) {
		const cells = rows[i];
		if (cells.every((c) => (c ?? '').trim() === '')) continue;
		const values: Record<string, string> = {};
		fields.forEach((f, j) => {
			if (f && values[f] === undefined) values[f] = (cells[j] ?? '').trim();
		});
		records.push({ row: rowNumbers[i] ?? i + 1, values });
	}
	const missing = spec.columns
		.map(([f]) => f)
		.filter((f) => !fields.includes(f) && !spec.optional?.includes(f));
	return { records, missing, headerRow: rowNumbers[at] ?? at + 1 };
}

/** "TH, THCS" or "TH;THCS" → ['TH', 'THCS']. */
export function splitList(text: string | undefined): string[] {
	return (text ?? '')
		.split(/[\s,;+]+/)
		.map((s) => s.trim())
		.filter(Boolean);
}

/** A yes/no cell: "có", "x", "1", "true", "yes" → true; anything else (empty included) → false. */
export function readYes(text: string | undefined): boolean {
	const t = (text ?? '').trim().toLowerCase();
	return ['có', 'co', 'x', '1', 'true', 'yes', 'đúng'].includes(t);
}

/** A date as the forms take it: ISO already, or dd/mm/yyyy as people type it. */
export function readDate(text: string | undefined): string {
	const t = (text ?? '').trim();
	const m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(t);
	return m ? `${m[3]}-${m[2].padStart(2, '0')}-${m[1].padStart(2, '0')}` : t;
}
