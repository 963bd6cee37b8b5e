import ExcelJS from 'exceljs';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readWorkbookWithExceljs } from '../../../../tests/helpers/exceljs-reader';
import {
	deflateRepeated,
	SHEET_HEAD,
	SHEET_TAIL,
	writeOds,
	writeXlsx,
	writeZip
} from '../../../../tests/helpers/zip';
import { readFigureFile } from './read-file';
import { readWorkbook } from './read-xlsx';
import { MAX_CELLS, MAX_COLUMNS, MAX_UNPACKED_BYTES } from './spreadsheet-limits';

async function workbookBytes(build: (workbook: ExcelJS.Workbook) => void): Promise<Uint8Array> {
	const workbook = new ExcelJS.Workbook();
	build(workbook);
	return new Uint8Array(await workbook.xlsx.writeBuffer());
}

const HEADER = ['Mã trường', 'Kỳ báo cáo', 'TH_TS_HS'];

type Sheets = Awaited<ReturnType<typeof readWorkbook>>;

/**
 * Without trailing blank cells and blank rows: exceljs fills every cell of a merged range with '', which
 * reads the same (a missing cell is blank) but would mean padding rows to a merge's far end.
 */
function trimmed(sheets: Sheets): Sheets {
	return (
		sheets?.map(({ sheet, rows, rowNumbers }) => {
			const kept = rows.map((row, i) => {
				let end = row.length;
				while (end > 0 && row[end - 1] === '') end--;
				return { row: row.slice(0, end), number: rowNumbers[i] };
			});
			const filled = kept.filter((k) => k.row.length > 0);
			return { sheet, rows: filled.map((k) => k.row), rowNumbers: filled.map((k) => k.number) };
		}) ?? null
	);
}

describe('readWorkbook agrees with the exceljs reader it replaces', () => {
	it('on shared strings, rich text, formulas, dates, percentages, merges and hidden sheets', async () => {
		const bytes = await workbookBytes((workbook) => {
			const sheet = workbook.addWorksheet('Số liệu & <ghi chú>');
			sheet.addRow(['Mã trường', 'Kỳ báo cáo', 'A', 'B', 'C', 'D', 'E', 'F']);
			sheet.addRow([
				'HA-TH-THANHTO',
				'2024-2025/CUOI_NAM',
				0.857,
				{ richText: [{ text: 'Trường ' }, { font: { bold: true }, text: 'Cát Bi "A" & B' }] },
				{ formula: 'C2*2', result: 14 },
				{ formula: 'A2&"x"', result: 'HA-TH-THANHTOx' },
				{ formula: '1/0', result: { error: '#DIV/0!' } },
				new Date(Date.UTC(2024, 9, 1))
			]);
			sheet.addRow([
				'HA-TH-CATBI',
				null,
				7.125,
				false,
				1e-7,
				-42,
				123456789012,
				new Date(Date.UTC(2024, 9, 1, 7, 30))
			]);
			sheet.addRow(['HA-TH-LACHTRAY', null, 0.5, 'a', 'b', 'c', 'd', 45000]);
			sheet.addRow(['  giữ khoảng trắng  ', 'dòng 1\ndòng 2', { formula: 'SUM(C2:C4)' }]);
			sheet.getCell('C2').numFmt = '0.0%';
			sheet.getCell('C4').numFmt = '0%';
			sheet.getCell('H4').numFmt = 'dd/mm/yyyy';
			sheet.getCell('E3').numFmt = '"ngày" 0';
			sheet.mergeCells('B2:B4');
			sheet.mergeCells('D4:F4');
			sheet.getCell('Z9').fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFF0000' } };
			workbook.addWorksheet('Ẩn', { state: 'hidden' }).addRow(HEADER);
			workbook.addWorksheet('Rất ẩn', { state: 'veryHidden' }).addRow(HEADER);
			const second = workbook.addWorksheet('Trang 2');
			second.getCell('C3').value = 'ô đơn';
			second.getCell('A1').value = 1;
		});
		const ours = await readWorkbook(bytes);
		expect(trimmed(ours)).toEqual(trimmed(await readWorkbookWithExceljs(bytes)));
		expect(ours?.map((s) => s.sheet)).toEqual(['Số liệu & <ghi chú>', 'Trang 2']);
		expect(ours?.[0].rows[1]).toEqual([
			'HA-TH-THANHTO',
			'2024-2025/CUOI_NAM',
			'85.7%',
			'Trường Cát Bi "A" & B',
			'14',
			'HA-TH-THANHTOx',
			'#DIV/0!',
			'2024-10-01'
		]);
	});

	it('on the workbooks in tests/fixtures', async () => {
		for (const name of ['wide-formulas-merged.xlsx', 'long-monthly-dates.xlsx']) {
			const bytes = new Uint8Array(readFileSync(`tests/fixtures/imports/${name}`));
			const ours = await readWorkbook(bytes);
			expect(ours?.length).toBeGreaterThan(0);
			expect(trimmed(ours)).toEqual(trimmed(await readWorkbookWithExceljs(bytes)));
		}
	});

	it('on inline strings with rich text runs, phonetic runs left out', async () => {
		const bytes = writeXlsx(
			SHEET_HEAD +
				'<row r="1"><c r="A1" t="inlineStr"><is><t>Mã trường</t></is></c>' +
				'<c r="B1" t="inlineStr"><is><r><t xml:space="preserve">Trường </t></r><r><rPr><b/></rPr><t>Cát&amp;Bi</t></r><rPh sb="0" eb="1"><t>X</t></rPh></is></c></row>' +
				'<row r="3"><c r="B3" t="inlineStr"><is><t>a_x000D_b</t></is></c></row>' +
				SHEET_TAIL
		);
		const ours = await readWorkbook(bytes);
		expect(ours).toEqual([
			{
				sheet: 'Sheet1',
				rows: [
					['Mã trường', 'Trường Cát&Bi'],
					['', 'a\rb']
				],
				rowNumbers: [1, 3]
			}
		]);
	});
});

describe('readFigureFile refuses spreadsheets beyond the limits, early', () => {
	it('refuses a zip bomb (3 MB unpacking to 1 GB, its header claiming 1,000 bytes) once 100 MB are unpacked', async () => {
		const cell = 'x'.repeat(1000);
		const row = `<row><c t="inlineStr"><is><t>${cell}</t></is></c></row>`;
		const unit = row.repeat(Math.floor((1024 * 1024) / row.length));
		const sheet = deflateRepeated(SHEET_HEAD, unit, 1024, SHEET_TAIL);
		const bytes = writeXlsx({ data: sheet.data, size: 1000 });
		expect(bytes.length).toBeLessThan(4 * 1024 * 1024);
		expect(sheet.size).toBeGreaterThan(1000 * 1024 * 1024);
		const result = await readFigureFile(bytes, 'bom.xlsx');
		expect(result.problems.map((p) => [p.code, p.row])).toEqual([['sheet_too_large', 0]]);
		expect(result.problems[0].message.en).toContain(`${MAX_UNPACKED_BYTES / 1024 / 1024} MB`);
		expect(result.records).toEqual([]);
	});

	it('refuses a filled cell at XFD1, naming the cell and the limit', async () => {
		const bytes = await workbookBytes((workbook) => {
			const sheet = workbook.addWorksheet('Số liệu');
			sheet.addRow(HEADER);
			sheet.addRow(['HA-TH-THANHTO', '2024-2025/CUOI_NAM', 980]);
			sheet.getCell('XFD1').value = 'xa quá';
		});
		const result = await readFigureFile(bytes, 'x.xlsx');
		expect(result.problems.map((p) => [p.code, p.sheet, p.row, p.column])).toEqual([
			['column_beyond_limit', 'Số liệu', 1, 'XFD']
		]);
		expect(result.problems[0].message.en).toContain('XFD1');
		expect(result.problems[0].message.en).toContain(String(MAX_COLUMNS));
		expect(result.problems[0].message.vi).toContain('XFD1');
	});

	it('reads a sheet with an empty styled cell far right without padding its row', async () => {
		const bytes = await workbookBytes((workbook) => {
			const sheet = workbook.addWorksheet('Số liệu');
			sheet.addRow(HEADER);
			sheet.addRow(['HA-TH-THANHTO', '2024-2025/CUOI_NAM', 980]);
			sheet.getCell('XFD2').fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFFF00' } };
			sheet.getCell('XFD1048576').numFmt = '0.0';
		});
		const sheets = await readWorkbook(bytes);
		expect(sheets?.[0].rows).toEqual([HEADER, ['HA-TH-THANHTO', '2024-2025/CUOI_NAM', '980']]);
		const result = await readFigureFile(bytes, 'x.xlsx');
		expect(result.problems).toEqual([]);
		expect(result.records.map((r) => r.raw)).toEqual(['980']);
	});

	it('reads a sheet of 150,000 rows whole, letting timers run meanwhile', async () => {
		const bytes = writeXlsx(
			deflateRepeated(SHEET_HEAD, '<row><c><v>1</v></c><c><v>2</v></c></row>', 150_000, SHEET_TAIL)
		);
		let ticks = 0;
		const timer = setInterval(() => ticks++, 1);
		const sheets = await readWorkbook(bytes);
		clearInterval(timer);
		expect(sheets?.[0].rows).toHaveLength(150_000);
		expect(sheets?.[0].rowNumbers.at(-1)).toBe(150_000);
		expect(sheets?.[0].rows[149_999]).toEqual(['1', '2']);
		expect(ticks).toBeGreaterThan(5);
	});

	it('refuses a sheet with more filled cells than the budget', async () => {
		const row = `<row>${'<c><v>1</v></c>'.repeat(100)}</row>`;
		const rows = MAX_CELLS / 100 + 10;
		const bytes = writeXlsx(deflateRepeated(SHEET_HEAD, row, rows, SHEET_TAIL));
		const result = await readFigureFile(bytes, 'x.xlsx');
		expect(result.problems.map((p) => [p.code, p.sheet])).toEqual([['sheet_too_large', 'Sheet1']]);
		expect(result.problems[0].message.en).toContain('2 million');
	});

	it('answers a damaged zip with the unsupported-format message of its kind', async () => {
		const garbage = { data: new Uint8Array([1, 2, 3, 4, 5, 6, 7, 8, 9]), size: 100 };
		const damaged = await readFigureFile(writeXlsx(garbage), 'hong.xlsx');
		expect(damaged.problems.map((p) => [p.code, p.message.en])).toEqual([
			['unsupported_format', '“hong.xlsx” is not a valid Excel (.xlsx) file, or it is damaged.']
		]);
		const notWorkbook = await readFigureFile(writeZip([{ name: 'a.txt', data: 'a' }]), 'a.xlsx');
		expect(notWorkbook.problems.map((p) => p.code)).toEqual(['unsupported_format']);
		const ods = await readFigureFile(writeZip([{ name: 'a.txt', data: 'a' }]).subarray(0, 40), 'a.ods');
		expect(ods.problems.map((p) => p.message.en)).toEqual([
			'“a.ods” is not a valid OpenDocument spreadsheet (.ods), or it is damaged. Open it and save it again as .ods or as “Excel Workbook (.xlsx)”.'
		]);
	});
});

const text = (value: string, extra = '') =>
	`<table:table-cell office:value-type="string"${extra}><text:p>${value}</text:p></table:table-cell>`;
const float = (value: number, extra = '') =>
	`<table:table-cell office:value-type="float" office:value="${value}"${extra}><text:p>${value}</text:p></table:table-cell>`;
const EMPTY_TAIL =
	'<table:table-row table:number-rows-repeated="1048570"><table:table-cell table:number-columns-repeated="16384"/></table:table-row>';

describe('readFigureFile on .ods', () => {
	it('reads values of every type, repeats, spans and hidden tables; trailing empty repeats cost nothing', async () => {
		const bytes = writeOds(
			'<table:table table:name="Ẩn" table:style-name="ta2"><table:table-row>' +
				text('Mã trường') +
				'</table:table-row></table:table>' +
				'<table:table table:name="Số liệu" table:style-name="ta1">' +
				'<table:table-column table:number-columns-repeated="16384"/>' +
				'<table:table-row>' +
				['Mã trường', 'Kỳ báo cáo', 'TH_TS_HS', 'TH_TL', 'GV_TS', 'GV_DATCHUAN']
					.map((h) => text(h))
					.join('') +
				'<table:table-cell table:number-columns-repeated="16378"/></table:table-row>' +
				'<table:table-row table:number-rows-repeated="2"><table:table-cell/></table:table-row>' +
				'<table:table-row>' +
				text('HA-TH-<text:span text:style-name="T1">THANH</text:span>TO') +
				text('2024-2025/CUOI_NAM', ' table:number-rows-spanned="2"') +
				float(980) +
				'<table:table-cell office:value-type="percentage" office:value="0.857"><text:p>85.7%</text:p></table:table-cell>' +
				float(38, ' table:number-columns-repeated="2"') +
				'<table:table-cell table:number-columns-repeated="16378"/></table:table-row>' +
				'<table:table-row>' +
				text('HA-TH-CATBI<office:annotation><text:p>ghi chú</text:p></office:annotation>') +
				'<table:covered-table-cell/>' +
				'<table:table-cell office:value-type="currency" office:currency="VND" office:value="7.125"><text:p>7,125 ₫</text:p></table:table-cell>' +
				'<table:table-cell office:value-type="boolean" office:boolean-value="true"><text:p>TRUE</text:p></table:table-cell>' +
				'<table:table-cell office:value-type="date" office:date-value="2024-10-01"><text:p>01/10/24</text:p></table:table-cell>' +
				text('a<text:s text:c="3"/>b<text:s/>c') +
				'</table:table-row>' +
				EMPTY_TAIL +
				'</table:table>',
			'<style:style style:name="ta1" style:family="table"><style:table-properties table:display="true"/></style:style>' +
				'<style:style style:name="ta2" style:family="table"><style:table-properties table:display="false"/></style:style>'
		);
		const sheets = await readWorkbook(bytes);
		expect(sheets).toEqual([
			{
				sheet: 'Số liệu',
				rowNumbers: [1, 4, 5],
				rows: [
					['Mã trường', 'Kỳ báo cáo', 'TH_TS_HS', 'TH_TL', 'GV_TS', 'GV_DATCHUAN'],
					['HA-TH-THANHTO', '2024-2025/CUOI_NAM', '980', '85.7%', '38', '38'],
					['HA-TH-CATBI', '2024-2025/CUOI_NAM', '7.1250', 'TRUE', '2024-10-01', 'a   b c']
				]
			}
		]);
		const result = await readFigureFile(bytes, 'bao-cao.ods');
		expect(result.records.slice(0, 4).map((r) => [r.row, r.schoolCode, r.period, r.code, r.raw])).toEqual([
			[4, 'HA-TH-THANHTO', '2024-2025/CUOI_NAM', 'TH_TS_HS', '980'],
			[4, 'HA-TH-THANHTO', '2024-2025/CUOI_NAM', 'TH_TL', '85.7%'],
			[4, 'HA-TH-THANHTO', '2024-2025/CUOI_NAM', 'GV_TS', '38'],
			[4, 'HA-TH-THANHTO', '2024-2025/CUOI_NAM', 'GV_DATCHUAN', '38']
		]);
	});

	it('copies a repeated filled row, and refuses a filled cell repeated past the column limit', async () => {
		const repeated = writeOds(
			'<table:table table:name="T"><table:table-row table:number-rows-repeated="3">' +
				text('x') +
				float(1, ' table:number-columns-repeated="2"') +
				'</table:table-row>' +
				EMPTY_TAIL +
				'</table:table>'
		);
		expect(await readWorkbook(repeated)).toEqual([
			{
				sheet: 'T',
				rowNumbers: [1, 2, 3],
				rows: [
					['x', '1', '1'],
					['x', '1', '1'],
					['x', '1', '1']
				]
			}
		]);
		const spanned = writeOds(
			'<table:table table:name="T"><table:table-row table:number-rows-repeated="3">' +
				text('x', ' table:number-columns-spanned="2"') +
				text('y') +
				'</table:table-row></table:table>'
		);
		// The span is the first row's; the repeated rows share its cells until the merge changes them.
		expect((await readWorkbook(spanned))?.[0].rows).toEqual([
			['x', ''],
			['x', 'y'],
			['x', 'y']
		]);
		const wide = writeOds(
			'<table:table table:name="T"><table:table-row>' +
				text('Mã trường') +
				'</table:table-row><table:table-row>' +
				float(1, ' table:number-columns-repeated="16384"') +
				'</table:table-row></table:table>'
		);
		const result = await readFigureFile(wide, 'x.ods');
		expect(result.problems.map((p) => [p.code, p.sheet, p.row, p.column])).toEqual([
			['column_beyond_limit', 'T', 2, 'ALM']
		]);
		expect(result.problems[0].message.en).toContain('ALM2');
	});

	it('reads hostile markup whole and caps what a few bytes may expand to', async () => {
		const unclosed = '<text:p>a'.repeat(80_000);
		const spaces = '<text:p>' + '<text:s text:c="100000000"/>'.repeat(1000) + '</text:p>';
		const bytes = writeOds(
			'<table:table table:name="T"><table:table-row>' +
				`<table:table-cell office:value-type="string">${unclosed}</table:table-cell>` +
				`<table:table-cell office:value-type="string">${spaces}</table:table-cell>` +
				`<table:table-cell office:value-type="string"><text:p>x</text:p><office:annotation>${'<office:annotation>'.repeat(40_000)}</table:table-cell>` +
				'</table:table-row></table:table>'
		);
		const sheets = await readWorkbook(bytes);
		expect(sheets?.[0].rows[0].map((cell) => cell.length)).toEqual([0, 32_767, 1]);
		const phonetic = writeXlsx(
			SHEET_HEAD +
				`<row r="1"><c r="A1" t="inlineStr"><is><t>ok</t>${'<rPh>'.repeat(300_000)}</is></c></row>` +
				SHEET_TAIL
		);
		expect((await readWorkbook(phonetic))?.[0].rows).toEqual([['ok']]);
	});
});
