import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseFigureValue, type ValueType } from './parse-number';
import { detectDelimiter, readFigureFile } from './read-file';
import { MAX_FILE_BYTES, MAX_ROWS, type FigureRecord, type FileProblem } from './types';

const FIXTURES = path.resolve('tests/fixtures/imports');
const read = (name: string) => readFigureFile(new Uint8Array(readFileSync(path.join(FIXTURES, name))), name);
const brief = (r: FigureRecord) => [r.row, r.schoolCode, r.period, r.code, r.column, r.raw, r.comment];
const where = (p: FileProblem) => [p.row, p.column, p.value, p.code, p.severity];
const text = (content: string, name = 'file.csv') => readFigureFile(new TextEncoder().encode(content), name);

describe('readFigureFile: encodings, delimiters and layouts from the fixtures', () => {
	it('reads Excel "CSV UTF-8" (BOM, commas, quoted commas and quotes)', async () => {
		const result = await read('long-utf8-bom.csv');
		expect(result).toMatchObject({
			format: 'csv',
			encoding: 'utf-8-bom',
			delimiter: ',',
			layout: 'long',
			rowCount: 5,
			problems: []
		});
		expect(result.records.map(brief)).toEqual([
			[2, 'HA-TH-THANHTO', '2024-2025/CUOI_NAM', 'TH_TS_HS', 'gia_tri', '980', null],
			[
				3,
				'HA-TH-THANHTO',
				'2024-2025/CUOI_NAM',
				'TH_TS_LOP',
				'gia_tri',
				'24',
				'Gồm 2 lớp ghép, đã đối chiếu'
			],
			[4, 'HA-TH-THANHTO', '2024-2025/CUOI_NAM', 'TH_HS_2BUOI', 'gia_tri', '7.910', 'Số liệu toàn trường'],
			[5, 'HA-TH-THANHTO', '2024-2025/CUOI_NAM', 'CO_CAMERA', 'gia_tri', 'có', null],
			[
				6,
				'HA-TH-THANHTO',
				'2024-2025/CUOI_NAM',
				'CHUAN_QG_MUC',
				'gia_tri',
				'2',
				'Công nhận lại "mức 2" năm 2024'
			]
		]);
	});

	it('reads semicolons with decimal commas, typed Vietnamese headers and a messy last row', async () => {
		const result = await read('long-semicolon-decimal-comma.csv');
		expect(result).toMatchObject({ encoding: 'utf-8', delimiter: ';', layout: 'long', problems: [] });
		expect(result.records.map(brief)).toEqual([
			[2, 'HA-THCS-DANGLAM', '2024-2025/HK1', 'THCS_TS_HS', 'Giá trị', '1.410', null],
			[3, 'HA-THCS-DANGLAM', '2024-2025/HK1', 'THCS_TL_TOT', 'Giá trị', '85,7', 'Tỉ lệ; tính theo %'],
			[4, 'HA-THCS-DANGLAM', '2024-2025/HK1', 'THCS_TL_KHA', 'Giá trị', '12,5%', null],
			[5, 'HA-THCS-DANGLAM', '2024-2025/HK1', 'THCS_TS_LOP', 'Giá trị', '29', null]
		]);
		expect(parseFigureValue(result.records[0].raw, 'count')).toMatchObject({ ok: true, value: 1410 });
		expect(parseFigureValue(result.records[1].raw, 'decimal')).toMatchObject({ ok: true, value: 85.7 });
		expect(parseFigureValue(result.records[2].raw, 'decimal')).toMatchObject({ ok: true, value: 12.5 });
	});

	it('reads a real Windows-1258 file: composed Vietnamese headers, periods and comments', async () => {
		const bytes = readFileSync(path.join(FIXTURES, 'long-cp1258.csv'));
		expect(() => new TextDecoder('utf-8', { fatal: true }).decode(bytes)).toThrow();
		expect(bytes.includes(0xcc)).toBe(true); // combining grave, as in "Kỳ"
		const result = await read('long-cp1258.csv');
		expect(result).toMatchObject({ encoding: 'windows-1258', delimiter: ';', layout: 'long', problems: [] });
		expect(result.records.map(brief)).toEqual([
			[2, 'HA-MN-CATBI', '2024-2025/CUOI_NAM', 'MN_TS_TRE', 'Giá trị', '620', 'Số trẻ đang học'],
			[3, 'HA-MN-CATBI', '2024-2025/CUOI_NAM', 'MN_TRE_CANBT', 'Giá trị', '588', 'Cân đo lần cuối ngày 5/5'],
			[
				4,
				'HA-MN-CATBI',
				'2024-2025/CAN_DO_2',
				'MN_TRE_SDD',
				'Giá trị',
				'12',
				'Trẻ suy dinh dưỡng thể nhẹ cân'
			],
			[
				5,
				'HA-MN-CATBI',
				'2024-2025/DAU_NAM',
				'MN_TL_KHAMSK',
				'Giá trị',
				'99,5',
				'Tỉ lệ trẻ được khám sức khỏe'
			]
		]);
		expect(result.records[0].column).toBe('Giá trị'.normalize('NFC'));
		expect(result.records[0].comment).toBe('Số trẻ đang học'.normalize('NFC'));
	});

	it('reads Excel "Unicode text" (UTF-16 LE, tabs) in the wide layout', async () => {
		const result = await read('wide-utf16le.txt');
		expect(result).toMatchObject({
			encoding: 'utf-16le',
			delimiter: '\t',
			layout: 'wide',
			rowCount: 2,
			problems: []
		});
		expect(result.records.map(brief)).toEqual([
			[2, 'HA-TH-THANHTO', '2024-2025/CUOI_NAM', 'TH_TS_HS', 'Tổng số học sinh (TH_TS_HS)', '980', null],
			[2, 'HA-TH-THANHTO', '2024-2025/CUOI_NAM', 'TH_TS_LOP', 'Số lớp (TH_TS_LOP)', '24', null],
			[2, 'HA-TH-THANHTO', '2024-2025/CUOI_NAM', 'CO_CAMERA', 'CO_CAMERA', '1', null],
			[3, 'HA-TH-CATBI', '2024-2025/CUOI_NAM', 'TH_TS_HS', 'Tổng số học sinh (TH_TS_HS)', '1.125', null],
			[3, 'HA-TH-CATBI', '2024-2025/CUOI_NAM', 'TH_TS_LOP', 'Số lớp (TH_TS_LOP)', '28', null],
			[3, 'HA-TH-CATBI', '2024-2025/CUOI_NAM', 'CO_CAMERA', 'CO_CAMERA', '0', null]
		]);
	});

	it('reads UTF-16 BE with English headers and month periods', async () => {
		const result = await read('long-utf16be.txt');
		expect(result).toMatchObject({ encoding: 'utf-16be', delimiter: '\t', layout: 'long', problems: [] });
		expect(result.records.map(brief)).toEqual([
			[2, 'HA-THCS-DANGLAM', '2024-10', 'TIN_BAI_THANG', 'value', '5', 'Tháng 10'],
			[3, 'HA-THCS-DANGLAM', '2024-11', 'TIN_BAI_THANG', 'value', '4', 'Tháng 11']
		]);
	});

	it('finds the header under title rows; skips blank rows, empty columns, STT and name columns', async () => {
		const result = await read('wide-title-rows.csv');
		expect(result).toMatchObject({ layout: 'wide', rowCount: 3, problems: [] });
		expect(result.records.map(brief)).toEqual([
			[5, 'HA-MN-CATBI', '2024-2025/CUOI_NAM', 'GV_TS', 'GV_TS', '42', null],
			[
				5,
				'HA-MN-CATBI',
				'2024-2025/CUOI_NAM',
				'GV_DATCHUAN',
				'Giáo viên đạt chuẩn (GV_DATCHUAN)',
				'40',
				null
			],
			[5, 'HA-MN-CATBI', '2024-2025/CUOI_NAM', 'CO_CAMERA', 'CO_CAMERA', '1', null],
			[7, 'HA-TH-THANHTO', '2024-2025/CUOI_NAM', 'GV_TS', 'GV_TS', '38', null],
			[7, 'HA-TH-THANHTO', '2024-2025/CUOI_NAM', 'CO_CAMERA', 'CO_CAMERA', '0', null]
		]);
	});

	it('reads an .xlsx with merged headers, formulas (cached results), rich text and numbers as text', async () => {
		const result = await read('wide-formulas-merged.xlsx');
		expect(result).toMatchObject({
			format: 'xlsx',
			encoding: 'xlsx',
			delimiter: null,
			layout: 'wide',
			rowCount: 2
		});
		// The grade breakdown has no figure codes: one warning names its columns.
		expect(result.problems.map(where)).toEqual([
			[3, 'J, K, L, M, N', 'Lớp 1 | Lớp 2 | Lớp 3 | Lớp 4 | Lớp 5', 'header_unknown', 'warning']
		]);
		expect(result.records.map(brief)).toEqual([
			[4, 'HA-TH-THANHTO', '2024-2025/CUOI_NAM', 'TH_TS_HS', 'Tổng số học sinh (TH_TS_HS)', '980', null],
			[4, 'HA-TH-THANHTO', '2024-2025/CUOI_NAM', 'TH_TS_LOP', 'Số lớp (TH_TS_LOP)', '24', null],
			[
				4,
				'HA-TH-THANHTO',
				'2024-2025/CUOI_NAM',
				'TH_HS_2BUOI',
				'HS học 2 buổi/ngày (TH_HS_2BUOI)',
				'968',
				null
			],
			[4, 'HA-TH-THANHTO', '2024-2025/CUOI_NAM', 'GV_TS', 'Tổng số giáo viên (GV_TS)', '38', null],
			[4, 'HA-TH-THANHTO', '2024-2025/CUOI_NAM', 'GV_DATCHUAN', 'GV đạt chuẩn (GV_DATCHUAN)', '1.015', null],
			[5, 'HA-TH-CATBI', '2024-2025/CUOI_NAM', 'TH_TS_HS', 'Tổng số học sinh (TH_TS_HS)', '1125', null],
			[5, 'HA-TH-CATBI', '2024-2025/CUOI_NAM', 'TH_TS_LOP', 'Số lớp (TH_TS_LOP)', '28', null],
			[
				5,
				'HA-TH-CATBI',
				'2024-2025/CUOI_NAM',
				'TH_HS_2BUOI',
				'HS học 2 buổi/ngày (TH_HS_2BUOI)',
				'1113',
				null
			],
			[5, 'HA-TH-CATBI', '2024-2025/CUOI_NAM', 'GV_TS', 'Tổng số giáo viên (GV_TS)', '42', null],
			[5, 'HA-TH-CATBI', '2024-2025/CUOI_NAM', 'GV_DATCHUAN', 'GV đạt chuẩn (GV_DATCHUAN)', '40', null]
		]);
		// The instructions sheet and the hidden sheet are not read: no sheet names, no HA-TH-DANGLAM.
		expect(result.records.every((r) => r.sheet === undefined)).toBe(true);
	});

	it('reads dates Excel made of "10/2024" as month periods, and rich-text comments', async () => {
		const result = await read('long-monthly-dates.xlsx');
		expect(result.problems).toEqual([]);
		expect(result.records.map(brief)).toEqual([
			[2, 'HA-THCS-DANGLAM', '2024-10', 'TIN_BAI_THANG', 'Giá trị', '5', null],
			[3, 'HA-THCS-DANGLAM', '2024-11', 'TIN_BAI_THANG', 'Giá trị', '4', 'Đã đăng trên cổng thông tin']
		]);
	});

	it('keeps a formula-injection comment as typed text', async () => {
		const result = await read('long-formula-injection.csv');
		expect(result.problems).toEqual([]);
		expect(result.records.map((r) => r.comment)).toEqual([
			'=HYPERLINK("http://x.example/","Bấm vào đây")',
			'@SUM(1+1)'
		]);
	});
});

describe('readFigureFile: structural errors with row, column and value', () => {
	it('reports an empty file, and a file of blank lines, as file_empty', async () => {
		for (const name of ['error-empty.csv', 'error-blank.csv']) {
			const result = await read(name);
			expect(result.records).toEqual([]);
			expect(result.problems.map(where)).toEqual([[0, '', '', 'file_empty', 'error']]);
		}
	});

	it('reports a missing school column at the header row', async () => {
		const result = await read('error-no-school-column.csv');
		expect(result.records).toEqual([]);
		expect(result.problems.map(where)).toEqual([[1, '', '', 'header_missing', 'error']]);
		expect(result.problems[0].message.vi).toBe('Dòng tiêu đề thiếu cột “Mã trường” (ma_truong).');
	});

	it('reports duplicate columns, naming the first one', async () => {
		const result = await read('error-duplicate-header.csv');
		expect(result.records).toEqual([]);
		expect(result.problems.map(where)).toEqual([
			[1, 'MA_TRUONG', 'MA_TRUONG', 'header_duplicate', 'error'],
			[1, 'Tổng số HS (TH_TS_HS)', 'Tổng số HS (TH_TS_HS)', 'header_duplicate', 'error']
		]);
		expect(result.problems[0].message.vi).toBe(
			'Cột “MA_TRUONG” trùng với cột A (“Mã trường”); mỗi cột chỉ được có một lần.'
		);
	});

	it('reports a header without figure codes or code/value columns as layout_unknown', async () => {
		const result = await read('error-layout-unknown.csv');
		expect(result.layout).toBeNull();
		expect(result.problems.map(where)).toEqual([[1, '', '', 'layout_unknown', 'error']]);
	});

	it('reports each malformed period and keeps the good row', async () => {
		const result = await read('error-period-malformed.csv');
		expect(result.problems.map(where)).toEqual([
			[2, 'ky_bao_cao', '2024/CUOI_NAM', 'period_malformed', 'error'],
			[3, 'ky_bao_cao', '2024-2026/HK1', 'period_malformed', 'error'],
			[4, 'ky_bao_cao', 'Cuối năm', 'period_malformed', 'error'],
			[5, 'ky_bao_cao', '13/2024', 'period_malformed', 'error'],
			[6, 'ky_bao_cao', '2024-2025/cuối kỳ', 'period_malformed', 'error']
		]);
		expect(result.problems[0].message.vi).toContain('Kỳ báo cáo “2024/CUOI_NAM” không đúng dạng');
		expect(result.records.map(brief)).toEqual([
			[7, 'HA-TH-THANHTO', '2024-2025/CUOI_NAM', 'TH_TS_LOP', 'gia_tri', '24', null]
		]);
	});

	it('reports missing school, period, code and value cells', async () => {
		const result = await read('error-missing-cells.csv');
		expect(result.problems.map(where)).toEqual([
			[2, 'ma_truong', '', 'school_missing', 'error'],
			[3, 'ky_bao_cao', '', 'period_missing', 'error'],
			[4, 'ma_chi_so', '', 'code_missing', 'error'],
			[5, 'gia_tri', '', 'value_missing', 'error']
		]);
		expect(result.records.map((r) => r.row)).toEqual([6]);
	});

	it('passes values through raw; parseFigureValue rejects them by type at the same row and column', async () => {
		const types: Record<string, [ValueType, number?]> = {
			TH_TS_HS: ['count'],
			TH_TS_LOP: ['count'],
			TH_TL_2BUOI: ['decimal'],
			CO_CAMERA: ['yes_no'],
			CHUAN_QG_MUC: ['level', 2],
			TH_HS_LOP1: ['count'],
			TH_HS_HTT: ['count']
		};
		const result = await read('error-values.csv');
		expect(result.problems).toEqual([]);
		const checked = result.records.map((r) => {
			const [type, max] = types[r.code];
			const parsed = parseFigureValue(r.raw, type, max);
			return [r.row, r.column, r.raw, parsed.ok ? parsed.value : parsed.code];
		});
		expect(checked).toEqual([
			[2, 'Giá trị', '-5', 'value_negative'],
			[3, 'Giá trị', '24,5', 'value_not_integer'],
			[4, 'Giá trị', '7,910', 'value_ambiguous'],
			[5, 'Giá trị', 'có lẽ', 'value_not_yes_no'],
			[6, 'Giá trị', '3', 'value_out_of_range'],
			[7, 'Giá trị', 'một trăm', 'value_not_number'],
			[8, 'Giá trị', '7.910', 7910]
		]);
	});

	it('reports an unclosed quote at the row where it opens', async () => {
		const result = await read('error-unclosed-quote.csv');
		expect(result.problems.map(where)).toEqual([[3, '', '', 'unsupported_format', 'error']]);
	});

	it('refuses Excel 97–2003 files, other formats and damaged workbooks', async () => {
		const xls = await read('error-old-excel.xls');
		expect(xls.problems.map(where)).toEqual([[0, '', '', 'unsupported_format', 'error']]);
		expect(xls.problems[0].message.vi).toContain('Excel 97–2003 (.xls)');
		const pdf = await readFigureFile(new TextEncoder().encode('%PDF-1.4'), 'baocao.pdf');
		expect(pdf.problems.map(where)).toEqual([[0, '', '', 'unsupported_format', 'error']]);
		expect(pdf.problems[0].message.vi).toContain('“baocao.pdf”');
		const zip = await readFigureFile(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4]), 'x.xlsx');
		expect(zip.problems.map((p) => p.code)).toEqual(['unsupported_format']);
		expect(zip.problems[0].message.en).toBe('“x.xlsx” is not a valid Excel (.xlsx) file, or it is damaged.');
		const fake = await text('Mã trường,Kỳ báo cáo', 'renamed.xlsx');
		expect(fake.problems.map((p) => p.code)).toEqual(['unsupported_format']);
	});

	it('reports undecodable bytes as encoding_unreadable', async () => {
		const result = await readFigureFile(new Uint8Array([0x4d, 0x81, 0x61, 0x2c, 0x62]), 'x.csv');
		expect(result.problems.map(where)).toEqual([[0, '', '', 'encoding_unreadable', 'error']]);
	});

	it('refuses files over 20 MB before reading them', async () => {
		const result = await readFigureFile(new Uint8Array(MAX_FILE_BYTES + 1), 'big.csv');
		expect(result.problems.map(where)).toEqual([[0, '', '', 'file_too_large', 'error']]);
		expect(result.problems[0].message.vi).toBe(
			'Tệp lớn hơn giới hạn 20 MB. Hãy chia thành nhiều tệp nhỏ hơn.'
		);
		const atLimit = await readFigureFile(new Uint8Array(MAX_FILE_BYTES).fill(0x20), 'ok.csv');
		expect(atLimit.problems.map((p) => p.code)).toEqual(['file_empty']);
	});

	it('stops at 250,000 data rows and reports the first row past the limit', async () => {
		const line = 'HA-TH-THANHTO,2024-2025/CUOI_NAM,TH_TS_HS,980\n';
		const body = 'ma_truong,ky_bao_cao,ma_chi_so,gia_tri\n' + line.repeat(MAX_ROWS) + '\n' + line;
		const over = await text(body);
		expect(over.records).toEqual([]);
		expect(over.problems.map(where)).toEqual([[MAX_ROWS + 3, '', '', 'too_many_rows', 'error']]);
		expect(over.rowCount).toBe(MAX_ROWS + 1);
		const at = await text('ma_truong,ky_bao_cao,ma_chi_so,gia_tri\n' + line.repeat(MAX_ROWS));
		expect(at.problems).toEqual([]);
		expect(at.records.length).toBe(MAX_ROWS);
	});
});

describe('readFigureFile: smaller rules', () => {
	it('warns about unknown columns in both layouts', async () => {
		const long = await text('ma_truong,ky_bao_cao,ma_chi_so,gia_tri,Người nhập\nA,2024-10,X_Y,1,Lan');
		expect(long.problems.map(where)).toEqual([[1, 'E', 'Người nhập', 'header_unknown', 'warning']]);
		expect(long.records.length).toBe(1);
		const wide = await text('Mã trường,Kỳ báo cáo,Người nhập,X_Y\nA,2024-10,Lan,1');
		expect(wide.problems.map(where)).toEqual([[1, 'C', 'Người nhập', 'header_unknown', 'warning']]);
		expect(wide.records.map(brief)).toEqual([[2, 'A', '2024-10', 'X_Y', 'X_Y', '1', null]]);
	});

	it('names problems by the header as written, and ignores columns without a header', async () => {
		const result = await text('ma_truong,ky_bao_cao,X_Y\n,2024-10,1\nA,,2');
		expect(result.problems.map(where)).toEqual([
			[2, 'ma_truong', '', 'school_missing', 'error'],
			[3, 'ky_bao_cao', '', 'period_missing', 'error']
		]);
		const headless = await text('A_B,Mã trường,,Kỳ báo cáo\n1,S1,x,2024-10');
		expect(headless.records.map(brief)).toEqual([[2, 'S1', '2024-10', 'A_B', 'A_B', '1', null]]);
	});

	it('uses a default period when the file has no period column', async () => {
		const bytes = new TextEncoder().encode('Mã trường,TH_TS_HS\nHA-TH-THANHTO,980');
		const withDefault = await readFigureFile(bytes, 'x.csv', { defaultPeriod: '2024-2025/cuối năm' });
		expect(withDefault.records.map(brief)).toEqual([
			[2, 'HA-TH-THANHTO', '2024-2025/CUOI_NAM', 'TH_TS_HS', 'TH_TS_HS', '980', null]
		]);
		const without = await readFigureFile(bytes, 'x.csv');
		expect(without.problems.map(where)).toEqual([[1, '', '', 'header_missing', 'error']]);
		expect(without.problems[0].message.en).toContain('no period column');
	});

	it('reads a figure code written with its name in the long layout', async () => {
		const result = await text(
			'ma_truong;ky_bao_cao;ma_chi_so;gia_tri\nS1;2024-10;Số tin bài (tin_bai_thang);4'
		);
		expect(result.records.map((r) => r.code)).toEqual(['TIN_BAI_THANG']);
	});

	it('counts rows as Excel does when a quoted comment spans lines', async () => {
		const result = await text(
			'ma_truong,ky_bao_cao,ma_chi_so,gia_tri,ghi_chu\nS1,2024-10,A_B,1,"dòng 1\ndòng 2"\nS1,2024-10,C_D,2,'
		);
		expect(result.records.map((r) => [r.row, r.comment])).toEqual([
			[2, 'dòng 1\ndòng 2'],
			[3, null]
		]);
	});

	it('follows an Excel "sep=" first line, numbering rows as Excel shows them', async () => {
		const result = await text('sep=;\r\nMã trường;Kỳ báo cáo;TH_TS_HS\r\nS1,x;2024-10;5\r\n');
		expect(result).toMatchObject({ delimiter: ';', problems: [] });
		expect(result.records.map(brief)).toEqual([[2, 'S1,X', '2024-10', 'TH_TS_HS', 'TH_TS_HS', '5', null]]);
	});

	it('detects the delimiter from the header, not from decimal commas or commas in quotes', () => {
		expect(detectDelimiter('Mã trường;Kỳ báo cáo;TH_TS_HS\nA;2024-10;85,7\n')).toBe(';');
		expect(detectDelimiter('"Tên, trường";Mã trường;Kỳ báo cáo;X_Y\n')).toBe(';');
		expect(detectDelimiter('Mã trường\tKỳ báo cáo\tTH_TS_HS\n')).toBe('\t');
		expect(detectDelimiter('BÁO CÁO; SỐ LIỆU\nMã trường,Kỳ báo cáo,TH_TS_HS\n')).toBe(',');
		expect(detectDelimiter('a;b;c\n1;2;3\n')).toBe(';');
	});
});

describe('readFigureFile: distinct schools per file', () => {
	it('refuses a file naming more than 10,000 different schools, before any lookup', async () => {
		const lines = ['ma_truong,ky_bao_cao,ma_chi_so,gia_tri'];
		for (let i = 0; i < 10_001; i++) lines.push(`S${i},2024-2025/CUOI_NAM,GV_TS,1`);
		const read = await readFigureFile(new TextEncoder().encode(lines.join('\n')), 'x.csv');
		expect(read.records).toEqual([]);
		expect(read.problems.map((p) => [p.row, p.code, p.value])).toEqual([
			[10_002, 'too_many_schools', 'S10000']
		]);
	});
});
