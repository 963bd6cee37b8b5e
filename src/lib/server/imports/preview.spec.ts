import { describe, expect, it } from 'vitest';
import { buildFailedRowsCsv, ERROR_COLUMN } from './preview';
import type { FigureRecord, FileProblem } from './types';

const record = (
	row: number,
	code: string,
	raw: string,
	comment: string | null = null,
	column = 'gia_tri'
): FigureRecord => ({
	row,
	schoolCode: 'HA-TH-THANHTO',
	period: '2025-2026/CUOI_NAM',
	code,
	column,
	raw,
	comment
});
const problem = (
	row: number,
	column: string,
	value: string,
	vi: string,
	severity: 'error' | 'warning' = 'error'
): FileProblem => ({
	row,
	column,
	value,
	code: severity === 'error' ? 'value_not_number' : 'outlier',
	message: { vi, en: `EN ${vi}` },
	severity
});

const lines = (csv: string) =>
	csv
		.replace(/^\uFEFF/, '')
		.trimEnd()
		.split('\r\n');

describe('buildFailedRowsCsv', () => {
	it('keeps the long layout, one line per failed row, with a BOM and the reasons column', () => {
		const csv = buildFailedRowsCsv(
			'long',
			[record(2, 'TH_TS_HS', '972'), record(3, 'TH_HS_HT', 'abc')],
			[problem(3, 'gia_tri', 'abc', '“abc” không phải là số.')]
		);
		expect(csv.startsWith('\uFEFF')).toBe(true);
		expect(lines(csv)).toEqual([
			`ma_truong,ky_bao_cao,ma_chi_so,gia_tri,ghi_chu,${ERROR_COLUMN}`,
			'HA-TH-THANHTO,2025-2026/CUOI_NAM,TH_HS_HT,abc,,Dòng 3 – gia_tri: “abc” không phải là số.'
		]);
	});

	it('neutralises a formula typed in a comment, and quotes commas and quotes', () => {
		const csv = buildFailedRowsCsv(
			'long',
			[record(4, 'GV_TS', '1,5', '=HYPERLINK("http://x.example","bấm")')],
			[problem(4, 'gia_tri', '1,5', 'Số "lẻ"')]
		);
		expect(lines(csv)[1]).toBe(
			`HA-TH-THANHTO,2025-2026/CUOI_NAM,GV_TS,"1,5","'=HYPERLINK(""http://x.example"",""bấm"")","Dòng 4 – gia_tri: Số ""lẻ"""`
		);
	});

	it('rebuilds wide rows from their figures, marks warnings, and writes English on request', () => {
		const csv = buildFailedRowsCsv(
			'wide',
			[record(5, 'TH_TS_HS', '972', null, 'TH_TS_HS'), record(5, 'GV_TS', '340', null, 'GV_TS')],
			[problem(5, 'GV_TS', '340', 'gấp 10 lần', 'warning')],
			'en'
		);
		expect(lines(csv)).toEqual([
			`ma_truong,ky_bao_cao,TH_TS_HS,GV_TS,${ERROR_COLUMN}`,
			'HA-TH-THANHTO,2025-2026/CUOI_NAM,972,340,Row 5 – GV_TS: (!) EN gấp 10 lần'
		]);
	});

	it('keeps what is known of a row the reader could not split into figures', () => {
		const csv = buildFailedRowsCsv('long', [], [problem(7, 'ky_bao_cao', '2025/13', 'Kỳ báo cáo sai')]);
		expect(lines(csv)[1]).toBe(',,,,,Dòng 7 – ky_bao_cao: Kỳ báo cáo sai');
	});

	it('keeps only the first rows asked for, and says in both languages how many were left out', () => {
		const records = [9, 3, 5, 7].map((row) => record(row, 'GV_TS', 'x'));
		const problems = [9, 3, 5, 7].map((row) => problem(row, 'gia_tri', 'x', 'sai'));
		const csv = lines(buildFailedRowsCsv('long', records, problems, 'vi', 'plain', 2));
		expect(csv).toHaveLength(4);
		expect(csv[1]).toContain('Dòng 3 –');
		expect(csv[2]).toContain('Dòng 5 –');
		expect(csv[3]).toMatch(/2 dòng lỗi khác.*\/.*2 more failed rows/);
		expect(lines(buildFailedRowsCsv('long', records, problems, 'vi', 'plain', 4))).toHaveLength(5);
	});
});
