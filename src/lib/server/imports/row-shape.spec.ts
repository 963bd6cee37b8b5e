import { describe, expect, it } from 'vitest';
import { readFigureFile } from './read-file';
import { buildElementNames } from './match-headers';
import type { FigureRecord, FileProblem, ReadResult } from './types';

const where = (p: FileProblem) => [p.row, p.column, p.value, p.code, p.severity];
const brief = (r: FigureRecord) => [r.row, r.schoolCode, r.code, r.raw];
const text = (content: string, options = {}) =>
	readFigureFile(new TextEncoder().encode(content), 'file.csv', options);
const errors = (result: ReadResult) => result.problems.filter((p) => p.severity === 'error').map(where);

describe('rows with more or fewer fields than the header (text files)', () => {
	it('refuses a decimal comma in a comma-separated wide file, naming row, column and value', async () => {
		const result = await text(
			'ma_truong,ky_bao_cao,TH_TS_HS,TH_TL_X\nS1,2024-10,980,97\nS2,2024-10,900,97,5\n'
		);
		expect(errors(result)).toEqual([[3, 'E', '5', 'row_too_long', 'error']]);
		expect(result.problems[0].message.vi).toContain('ngoặc kép');
		expect(result.problems[0].message.en).toContain('semicolons');
		expect(result.records.map(brief)).toEqual([
			[2, 'S1', 'TH_TS_HS', '980'],
			[2, 'S1', 'TH_TL_X', '97']
		]);
	});

	it('refuses it in the long layout too', async () => {
		const result = await text('ma_truong,ky_bao_cao,ma_chi_so,gia_tri\nS1,2024-10,TH_TL_X,97,5\n');
		expect(errors(result)).toEqual([[2, 'E', '5', 'row_too_long', 'error']]);
	});

	it('accepts blank fields past the header when every row has them (Excel blank columns)', async () => {
		const result = await text('ma_truong,ky_bao_cao,TH_TS_HS\nS1,2024-10,980,,\nS2,2024-10,900,,\n');
		expect(result.problems).toEqual([]);
		expect(result.records).toHaveLength(2);
		const padded = await text('ma_truong,ky_bao_cao,TH_TS_HS,,\nS1,2024-10,980,,\nS2,2024-10,9,\n');
		expect(padded.problems).toEqual([]);
	});

	it('refuses blank fields past the header on one row only (a digit replaced by a comma)', async () => {
		const result = await text('ma_truong,ky_bao_cao,TH_TS_HS\nS1,2024-10,980\nS2,2024-10,9,\n');
		expect(errors(result)).toEqual([[3, 'D', '', 'row_too_long', 'error']]);
	});

	it('refuses a row missing a required field, accepts one missing only a trailing comment', async () => {
		const short = await text('ma_truong,ky_bao_cao,TH_TS_HS,GV_TS\nS1,2024-10,98\n');
		expect(errors(short)).toEqual([[2, 'GV_TS', '98', 'row_too_short', 'error']]);
		const comment = await text('ma_truong,ky_bao_cao,ma_chi_so,gia_tri,ghi_chu\nS1,2024-10,GV_TS,4\n');
		expect(comment.problems).toEqual([]);
		expect(comment.records.map(brief)).toEqual([[2, 'S1', 'GV_TS', '4']]);
	});

	it('uses the semicolon wording for a semicolon file', async () => {
		const result = await text('ma_truong;ky_bao_cao;TH_TS_HS\nS1;2024-10;980;1\n');
		expect(errors(result)).toEqual([[2, 'D', '1', 'row_too_long', 'error']]);
		expect(result.problems[0].message.vi).toContain('“;”');
	});
});

describe('quotes and line breaks', () => {
	it('reports a closing quote followed by text, where fields ran together', async () => {
		const result = await text(
			'ma_truong,ky_bao_cao,ma_chi_so,gia_tri,ghi_chu\nS1,2024-10,GV_TS,4,"a\nS1,2024-10,GV_TS,5,"b"\n'
		);
		expect(errors(result)).toEqual([[2, '', '', 'unsupported_format', 'error']]);
		expect(result.problems[0].message.en).toContain('run together');
	});

	it('breaks rows at a lone LF in a CRLF file, as Excel does', async () => {
		const result = await text('ma_truong,ky_bao_cao,TH_TS_HS,GV_TS\r\nS1,2024-10,100\n,4\r\n');
		expect(errors(result)).toEqual([
			[2, 'GV_TS', '100', 'row_too_short', 'error'],
			[3, 'TH_TS_HS', '4', 'row_too_short', 'error']
		]);
	});

	it('refuses blank fields past the header on the only data row', async () => {
		const result = await text(
			'ma_truong\tky_bao_cao\tma_chi_so\tgia_tri\tghi_chu\nS1\t2024-10\tGV_TS\t1\t0\t\n'
		);
		expect(errors(result)).toEqual([[2, 'F', '', 'row_too_long', 'error']]);
	});
});

describe('columns matched by name, and unmatched columns', () => {
	const elementNames = buildElementNames([
		{ code: 'TH_TS_HS', nameVi: 'Tổng số học sinh' },
		{ code: 'TH_TS_LOP', nameVi: 'Số lớp' }
	]);

	it('reads a header without its code as the element of that Vietnamese name', async () => {
		const result = await text(
			'Mã trường,Kỳ báo cáo,TONG SO  hoc sinh,Số Lớp (lop),Tỷ lệ hoàn thành (%),Tên trường\nS1,2024-10,980,24,97,A\n',
			{ elementNames }
		);
		expect(result.records.map(brief)).toEqual([
			[2, 'S1', 'TH_TS_HS', '980'],
			[2, 'S1', 'TH_TS_LOP', '24']
		]);
		expect(result.problems.map(where)).toEqual([
			[1, 'E', 'Tỷ lệ hoàn thành (%)', 'header_unknown', 'warning']
		]);
		expect(result.problems[0].message.vi).toContain('E: “Tỷ lệ hoàn thành (%)”');
	});

	it('finds the header row by names alone', async () => {
		const result = await text('Báo cáo\nMã trường,Tổng số học sinh\nS1,980\n', {
			elementNames,
			defaultPeriod: '2024-10'
		});
		expect(result.records.map(brief)).toEqual([[3, 'S1', 'TH_TS_HS', '980']]);
	});

	it('leaves out names two elements fold to', () => {
		const names = buildElementNames([
			{ code: 'A_B', nameVi: 'Số lớp' },
			{ code: 'C_D', nameVi: 'Sổ lớp' },
			{ code: 'E_F', nameVi: 'Giá trị' }
		]);
		expect([...names]).toEqual([]);
	});
});
