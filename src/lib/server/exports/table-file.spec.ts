import { describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { tableToCsv, tableToXlsx, type ExportTable } from './table-file';

const table: ExportTable = {
	title: 'Bảng theo dõi chỉ tiêu – quận Hải An',
	sheet: 'Chỉ tiêu',
	columns: [{ label: 'Chỉ số' }, { label: 'Thực hiện' }, { label: 'Ghi chú' }],
	rows: [
		['Tỷ lệ huy động trẻ, "nhà trẻ"', 85.7, '=HYPERLINK("http://x")'],
		['+cmd', -1.5, '@SUM(A1)'],
		['-2', null, 'bình thường'],
		['≥ 291', 291, '= 291']
	]
};

describe('tableToCsv', () => {
	it('writes UTF-8 with a BOM, quotes where needed, and defuses formulas', () => {
		const bytes = tableToCsv(table);
		expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
		const text = new TextDecoder().decode(bytes); // the decoder drops the BOM
		const lines = text.split('\r\n');
		expect(lines[0]).toBe('Chỉ số,Thực hiện,Ghi chú');
		expect(lines[1]).toBe(`"Tỷ lệ huy động trẻ, ""nhà trẻ""",85.7,"'=HYPERLINK(""http://x"")"`);
		expect(lines[2]).toBe("'+cmd,-1.5,'@SUM(A1)");
		expect(lines[3]).toBe('-2,,bình thường');
		expect(lines[4]).toBe("≥ 291,291,'= 291");
		const vi = new TextDecoder().decode(tableToCsv(table, 'excel-vi')).split('\r\n');
		expect(vi[2]).toBe("'+cmd;-1,5;'@SUM(A1)");
		expect(vi[4]).toBe("≥ 291;291;'= 291");
	});
});

describe('tableToXlsx', () => {
	it('opens in a spreadsheet with the title, the header, numbers as numbers and no formulas', async () => {
		const workbook = new ExcelJS.Workbook();
		await workbook.xlsx.load((await tableToXlsx(table)).buffer as ArrayBuffer);
		const sheet = workbook.worksheets[0];
		expect(sheet.name).toBe('Chỉ tiêu');
		expect(sheet.getCell('A1').value).toBe(table.title);
		expect(sheet.getCell('B2').value).toBe('Thực hiện');
		expect(sheet.getCell('B3').value).toBe(85.7);
		// Text cells keep their text exactly: a string cell never runs, so it needs no apostrophe.
		expect(sheet.getCell('C3').value).toBe('=HYPERLINK("http://x")');
		expect(sheet.getCell('A4').value).toBe('+cmd');
		expect(sheet.getCell('A6').value).toBe('≥ 291');
		expect(sheet.getCell('C6').value).toBe('= 291');
		sheet.eachRow((row) =>
			row.eachCell((cell) => {
				expect(cell.formula).toBeFalsy();
				if (typeof cell.value === 'string') expect(cell.type).toBe(ExcelJS.ValueType.String);
			})
		);
	});
});
