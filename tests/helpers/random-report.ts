// Random valid reports for the reader's property tests (src/lib/server/imports/read-roundtrip*.spec.ts):
// schools, periods and figures of every value type, with Vietnamese names and comments.
import fc from 'fast-check';
import { parseFigureValue, type ValueType } from '../../src/lib/server/imports/parse-number';
import { buildElementNames } from '../../src/lib/server/imports/match-headers';
import type { ReadResult } from '../../src/lib/server/imports/types';

export type Element = { code: string; nameVi: string; type: ValueType; maxLevel?: number };

export const ELEMENTS: readonly Element[] = [
	{ code: 'TH_TS_HS', nameVi: 'Tổng số học sinh', type: 'count' },
	{ code: 'GV_TS', nameVi: 'Tổng số giáo viên', type: 'count' },
	{ code: 'TH_HS_2BUOI', nameVi: 'Học sinh học 2 buổi/ngày', type: 'count' },
	{ code: 'CO_CAMERA', nameVi: 'Có hệ thống camera', type: 'yes_no' },
	{ code: 'TU_DANHGIA', nameVi: 'Đã tự đánh giá', type: 'yes_no' },
	{ code: 'CHUAN_QG_MUC', nameVi: 'Mức đạt chuẩn quốc gia', type: 'level', maxLevel: 2 },
	{ code: 'KDCL_CAPDO', nameVi: 'Cấp độ kiểm định chất lượng', type: 'level', maxLevel: 4 },
	{ code: 'MN_TL_CANBT', nameVi: 'Tỉ lệ trẻ cân nặng bình thường', type: 'decimal' },
	{ code: 'TH_TL_HTXS', nameVi: 'Tỉ lệ hoàn thành xuất sắc', type: 'decimal' }
];
export const BY_CODE = new Map(ELEMENTS.map((e) => [e.code, e]));
export const ELEMENT_NAMES = buildElementNames(ELEMENTS);
export const PERIODS = ['2024-2025/CUOI_NAM', '2024-2025/HK1', '2025-2026/DAU_NAM', '2024-10'] as const;
const SCHOOL_NAMES = [
	'Trường TH Thành Tô',
	'Trường MN Cát Bi, Hải An',
	'THCS Đằng Lâm',
	'Trường "Quốc Tuấn"'
];
const COMMENTS = [
	'',
	'',
	'Số liệu đã đối chiếu',
	'Gồm 2 lớp ghép, đã kiểm tra',
	'Tỉ lệ; tính theo %',
	'Công nhận lại "mức 2" năm 2024',
	'Trẻ suy dinh dưỡng thể nhẹ cân'
];

/** A figure as typed: its text in the dialect is chosen when the file is written. */
export type Figure = {
	school: string;
	schoolName: string;
	period: string;
	code: string;
	/** Integer part and decimals as digit strings, so the written text is exact. */
	int: string;
	frac: string;
	/** yes/no written as a word instead of 1/0. */
	word: boolean;
	comment: string;
};
export type Report = Figure[];

export const figureValue = (f: Figure) => Number(f.frac ? `${f.int}.${f.frac}` : f.int);
export const keyOf = (school: string, period: string, code: string) => `${school}|${period}|${code}`;

const figureOf = (element: Element) =>
	fc.record({
		int:
			element.type === 'yes_no'
				? fc.constantFrom('0', '1')
				: element.type === 'level'
					? fc.integer({ min: 0, max: element.maxLevel ?? 4 }).map(String)
					: element.type === 'count'
						? fc.oneof(fc.integer({ min: 0, max: 99 }), fc.integer({ min: 0, max: 250_000 })).map(String)
						: fc.integer({ min: 0, max: 1200 }).map(String),
		// Two decimals at most: three after one separator is ambiguous by design (parse-number.ts).
		frac: element.type === 'decimal' ? fc.constantFrom('', '5', '7', '25', '75', '05') : fc.constant(''),
		word: fc.boolean(),
		comment: fc.constantFrom(...COMMENTS)
	});

/** One to three schools, each reporting one or two periods, each with a few figures. */
export const reportArb: fc.Arbitrary<Report> = fc
	.uniqueArray(fc.integer({ min: 1, max: 999 }), { minLength: 1, maxLength: 3 })
	.chain((numbers) =>
		fc.tuple(
			...numbers.map((n, i) =>
				fc.tuple(
					fc.constant(`HA-TH-S${String(n).padStart(3, '0')}`),
					fc.constant(SCHOOL_NAMES[i % SCHOOL_NAMES.length]),
					fc.uniqueArray(fc.constantFrom(...PERIODS), { minLength: 1, maxLength: 2 }),
					fc.uniqueArray(fc.constantFrom(...ELEMENTS), {
						minLength: 1,
						maxLength: 5,
						selector: (e) => e.code
					})
				)
			)
		)
	)
	.chain((schools) =>
		fc.tuple(
			...schools.flatMap(([school, schoolName, periods, elements]) =>
				periods.flatMap((period) =>
					elements.map((element) =>
						figureOf(element).map((v): Figure => ({ school, schoolName, period, code: element.code, ...v }))
					)
				)
			)
		)
	);

/** The report the service would store from a read file, or the errors it would refuse it with. */
export function reportOf(
	read: ReadResult,
	schools: ReadonlySet<string>
): { errors: string[]; values: Map<string, number> } {
	const errors = read.problems.filter((p) => p.severity === 'error').map((p) => `${p.row}:${p.code}`);
	const values = new Map<string, number>();
	// The checks the import service adds for every file (check-records.ts): unknown schools,
	// figure codes and periods, values not of the figure's type, the same figure twice.
	for (const r of read.records) {
		const element = BY_CODE.get(r.code);
		const key = keyOf(r.schoolCode, r.period, r.code);
		if (!schools.has(r.schoolCode)) errors.push(`${r.row}:school_unknown`);
		else if (!element) errors.push(`${r.row}:code_unknown`);
		else if (!(PERIODS as readonly string[]).includes(r.period)) errors.push(`${r.row}:period_unknown`);
		else if (values.has(key)) errors.push(`${r.row}:duplicate_figure`);
		else {
			const parsed = parseFigureValue(r.raw, element.type, element.maxLevel);
			if (parsed.ok) values.set(key, parsed.value);
			else errors.push(`${r.row}:${parsed.code}`);
		}
	}
	return { errors, values };
}

export function expectedValues(report: Report): Map<string, number> {
	return new Map(report.map((f) => [keyOf(f.school, f.period, f.code), figureValue(f)]));
}
