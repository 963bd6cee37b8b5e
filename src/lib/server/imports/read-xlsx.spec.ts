import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { parseFigureValue } from './parse-number';
import { readFigureFile } from './read-file';
import { buildElementNames } from './match-headers';
import { formatStoredNumber } from './read-xlsx';

async function workbookBytes(build: (workbook: ExcelJS.Workbook) => void): Promise<Uint8Array> {
	const workbook = new ExcelJS.Workbook();
	build(workbook);
	return new Uint8Array(await workbook.xlsx.writeBuffer());
}

describe('formatStoredNumber', () => {
	it('writes stored numbers so that parseFigureValue reads back the same number', () => {
		expect(formatStoredNumber(7910)).toBe('7910');
		expect(formatStoredNumber(85.7)).toBe('85.7');
		expect(formatStoredNumber(0.1 + 0.2)).toBe('0.3');
		expect(formatStoredNumber(7.125)).toBe('7.1250');
		expect(formatStoredNumber(-7.125)).toBe('-7.1250');
		expect(formatStoredNumber(0.125)).toBe('0.125');
		expect(formatStoredNumber(1234.567)).toBe('1234.567');
		expect(formatStoredNumber(0.857, true)).toBe('85.7%');
		expect(formatStoredNumber(0.12345, true)).toBe('12.3450%');
		expect(formatStoredNumber(1e-7)).toBe('0.0000001');
		for (const n of [7.125, 0.125, 1234.567, 85.7, 999.999]) {
			const parsed = parseFigureValue(formatStoredNumber(n), 'decimal');
			expect(parsed).toMatchObject({ ok: true, value: n });
		}
		// A stored 7.125 is not the count 7125.
		expect(parseFigureValue(formatStoredNumber(7.125), 'count')).toMatchObject({ code: 'value_not_integer' });
	});
});

describe('readFigureFile on workbooks', () => {
	it('reads percentages, booleans, errors and formulas without a cached result as their text', async () => {
		const bytes = await workbookBytes((workbook) => {
			const sheet = workbook.addWorksheet('Số liệu');
			sheet.addRow(['Mã trường', 'Kỳ báo cáo', 'A_TL', 'B_CO', 'C_LOI', 'D_CT', 'E_SO']);
			sheet.addRow([
				'HA-TH-THANHTO',
				'2024-2025/CUOI_NAM',
				0.857,
				true,
				{ error: '#DIV/0!' },
				{ formula: 'B9*2' },
				7.125
			]);
			sheet.getCell('C2').numFmt = '0.0%';
		});
		const result = await readFigureFile(bytes, 'x.xlsx');
		expect(result.problems).toEqual([]);
		expect(result.records.map((r) => [r.code, r.raw])).toEqual([
			['A_TL', '85.7%'],
			['B_CO', 'TRUE'],
			['C_LOI', '#DIV/0!'],
			['D_CT', '=B9*2'],
			['E_SO', '7.1250']
		]);
		expect(parseFigureValue('TRUE', 'yes_no')).toMatchObject({ ok: true, value: 1 });
		expect(parseFigureValue('=B9*2', 'count')).toMatchObject({ code: 'value_not_number' });
	});

	it('shares a period merged down a column, and blanks cells merged across', async () => {
		const bytes = await workbookBytes((workbook) => {
			const sheet = workbook.addWorksheet('Số liệu');
			sheet.addRow(['Mã trường', 'Kỳ báo cáo', 'GV_TS', 'GV_DATCHUAN']);
			sheet.addRow(['HA-TH-THANHTO', '2024-2025/CUOI_NAM', 38, 36]);
			sheet.addRow(['HA-TH-CATBI', null, 42, null]);
			sheet.mergeCells('B2:B3');
			sheet.mergeCells('C3:D3');
		});
		const result = await readFigureFile(bytes, 'x.xlsx');
		expect(result.problems).toEqual([]);
		expect(result.records.map((r) => [r.row, r.schoolCode, r.period, r.code, r.raw])).toEqual([
			[2, 'HA-TH-THANHTO', '2024-2025/CUOI_NAM', 'GV_TS', '38'],
			[2, 'HA-TH-THANHTO', '2024-2025/CUOI_NAM', 'GV_DATCHUAN', '36'],
			[3, 'HA-TH-CATBI', '2024-2025/CUOI_NAM', 'GV_TS', '42']
		]);
	});

	it('reads every sheet with figures, naming the sheet when there are several', async () => {
		const bytes = await workbookBytes((workbook) => {
			workbook.addWorksheet('Ghi chú').addRow(['Số liệu chốt ngày 20/5']);
			const mn = workbook.addWorksheet('Mầm non');
			mn.addRow(['Mã trường', 'Kỳ báo cáo', 'MN_TS_TRE']);
			mn.addRow(['HA-MN-CATBI', '2024-2025/CUOI_NAM', 620]);
			const th = workbook.addWorksheet('Tiểu học');
			th.addRow([]);
			th.addRow(['Mã trường', 'Kỳ báo cáo', 'TH_TS_HS']);
			th.addRow(['HA-TH-THANHTO', '2024/CUOI_NAM', 980]);
			th.addRow(['HA-TH-CATBI', '2024-2025/CUOI_NAM', 1125]);
		});
		const result = await readFigureFile(bytes, 'x.xlsx');
		expect(result.rowCount).toBe(3);
		expect(result.records.map((r) => [r.sheet, r.row, r.schoolCode, r.raw])).toEqual([
			['Mầm non', 2, 'HA-MN-CATBI', '620'],
			['Tiểu học', 4, 'HA-TH-CATBI', '1125']
		]);
		expect(result.problems.map((p) => [p.sheet, p.row, p.column, p.value, p.code])).toEqual([
			['Tiểu học', 3, 'Kỳ báo cáo', '2024/CUOI_NAM', 'period_malformed']
		]);
	});

	it('reports a workbook without a header row at its first filled row', async () => {
		const bytes = await workbookBytes((workbook) => {
			workbook.addWorksheet('Trống');
			const sheet = workbook.addWorksheet('Sheet1');
			sheet.getCell('B3').value = 'HA-TH-THANHTO';
			sheet.getCell('C3').value = 980;
		});
		const result = await readFigureFile(bytes, 'x.xlsx');
		expect(result.problems.map((p) => [p.row, p.column, p.value, p.code])).toEqual([
			[3, '', '', 'header_missing']
		]);
	});

	it('reports an empty workbook as file_empty', async () => {
		const bytes = await workbookBytes((workbook) => workbook.addWorksheet('Sheet1'));
		const result = await readFigureFile(bytes, 'x.xlsx');
		expect(result.problems.map((p) => p.code)).toEqual(['file_empty']);
	});
});

describe('a help sheet beside the data', () => {
	it('is not read as figures when it lists codes beside their names', async () => {
		const bytes = await workbookBytes((workbook) => {
			const data = workbook.addWorksheet('Số liệu');
			data.addRow(['ma_truong', 'ky_bao_cao', 'TH_TS_HS']);
			data.addRow(['HA-TH-THANHTO', '2025-2026/CUOI_NAM', 972]);
			const help = workbook.addWorksheet('Hướng dẫn');
			help.addRow(['Mã chỉ số', 'Tên chỉ số', 'Kiểu']);
			help.addRow(['TH_TS_HS', 'Tổng số học sinh tiểu học', 'Số nguyên không âm']);
		});
		const elementNames = buildElementNames([{ code: 'TH_TS_HS', nameVi: 'Tổng số học sinh tiểu học' }]);
		const read = await readFigureFile(bytes, 'mau.xlsx', { elementNames });
		expect(read.problems).toEqual([]);
		expect(read.records.map((r) => [r.schoolCode, r.code, r.raw])).toEqual([
			['HA-TH-THANHTO', 'TH_TS_HS', '972']
		]);
	});
});
