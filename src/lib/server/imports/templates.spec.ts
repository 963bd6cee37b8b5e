import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { readFigureFile } from './read-file';
import { buildLongTemplateCsv, buildTemplateCsv, buildTemplateXlsx, type TemplateInput } from './templates';
import type { FigureRecord } from './types';

const input: TemplateInput = {
	schools: [
		{ code: 'HA-TH-THANHTO', name: 'Trường Tiểu học Thành Tô', level: 'TH' },
		{ code: 'HA-MN-CATBI', name: 'Trường Mầm non Cát Bi', level: 'MN' },
		{ code: 'HA-THCS-DANGLAM', name: 'Trường THCS "Đằng Lâm", Hải An', level: 'TH_THCS' }
	],
	period: '2024-2025/CUOI_NAM',
	periodLabel: 'Cuối năm học 2024-2025',
	elements: [
		{ code: 'TH_TS_HS', nameVi: 'Tổng số học sinh', nameEn: 'Pupils', valueType: 'count', levels: ['TH'] },
		{ code: 'CO_CAMERA', nameVi: 'Có hệ thống camera', nameEn: 'Camera system', valueType: 'yes_no' },
		{
			code: 'CHUAN_QG_MUC',
			nameVi: 'Mức chuẩn quốc gia',
			nameEn: 'National standard',
			valueType: 'level',
			maxLevel: 2
		},
		{ code: 'TL_THU', nameVi: 'Tỉ lệ thử', nameEn: 'Test rate', valueType: 'decimal', maxLevel: null }
	],
	locale: 'vi'
};
const brief = (r: FigureRecord) => [r.row, r.schoolCode, r.period, r.code, r.column, r.raw];
const decode = (bytes: Uint8Array) => new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);

async function load(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
	const workbook = new ExcelJS.Workbook();
	await workbook.xlsx.load(Buffer.from(bytes) as never);
	return workbook;
}

describe('buildTemplateXlsx', () => {
	it('lays out a title, a header of names with codes, one prefilled row per school', async () => {
		const workbook = await load(await buildTemplateXlsx(input));
		expect(workbook.worksheets.map((s) => s.name)).toEqual(['Số liệu', 'Hướng dẫn']);
		const sheet = workbook.getWorksheet('Số liệu')!;
		expect(sheet.getCell('A1').value).toBe('BÁO CÁO SỐ LIỆU – Cuối năm học 2024-2025 (2024-2025/CUOI_NAM)');
		expect(sheet.getCell('G1').isMerged).toBe(true);
		expect(sheet.getRow(3).values).toEqual([
			undefined,
			'Mã trường',
			'Tên trường',
			'Kỳ báo cáo',
			'Tổng số học sinh (TH_TS_HS)',
			'Có hệ thống camera (CO_CAMERA)',
			'Mức chuẩn quốc gia (CHUAN_QG_MUC)',
			'Tỉ lệ thử (TL_THU)'
		]);
		expect([4, 5, 6].map((r) => [1, 2, 3].map((c) => sheet.getCell(r, c).value))).toEqual([
			['HA-TH-THANHTO', 'Trường Tiểu học Thành Tô', '2024-2025/CUOI_NAM'],
			['HA-MN-CATBI', 'Trường Mầm non Cát Bi', '2024-2025/CUOI_NAM'],
			['HA-THCS-DANGLAM', 'Trường THCS "Đằng Lâm", Hải An', '2024-2025/CUOI_NAM']
		]);
		expect(sheet.views[0]).toMatchObject({ state: 'frozen', xSplit: 3, ySplit: 3 });
		expect(sheet.getColumn(2).width).toBe(36);
		expect(sheet.getCell('D4').value).toBeNull();
	});

	it('validates input cells by value type and blocks figures that do not apply to the school', async () => {
		const sheet = (await load(await buildTemplateXlsx(input))).getWorksheet('Số liệu')!;
		expect(sheet.getCell('D4').dataValidation).toMatchObject({
			type: 'whole',
			operator: 'greaterThanOrEqual',
			formulae: [0],
			allowBlank: true,
			showErrorMessage: true
		});
		expect(sheet.getCell('D5').dataValidation).toMatchObject({
			type: 'textLength',
			operator: 'equal',
			formulae: [0]
		});
		expect(sheet.getCell('D5').fill).toMatchObject({ fgColor: { argb: 'FFE7E9EE' } });
		expect(sheet.getCell('D6').dataValidation).toMatchObject({ type: 'whole' });
		expect(sheet.getCell('E5').dataValidation).toMatchObject({ type: 'list', formulae: ['"0,1"'] });
		expect(sheet.getCell('F6').dataValidation).toMatchObject({
			type: 'whole',
			operator: 'between',
			formulae: [0, 2]
		});
		expect(sheet.getCell('G4').dataValidation).toMatchObject({ type: 'decimal', formulae: [0] });
		expect(sheet.getCell('D4').dataValidation.prompt).toBe('Số nguyên không âm (ví dụ 7910)');
		expect(sheet.getCell('D7').dataValidation).toBeUndefined();
	});

	it('explains how to fill it in on a second sheet, in Vietnamese', async () => {
		const help = (await load(await buildTemplateXlsx(input))).getWorksheet('Hướng dẫn')!;
		const texts: string[] = [];
		help.eachRow((row) => row.eachCell((cell) => texts.push(String(cell.value))));
		expect(texts[0]).toBe('HƯỚNG DẪN NHẬP SỐ LIỆU');
		expect(texts).toContain('5. Giới hạn: 20 MB và 250.000 dòng mỗi tệp.');
		expect(texts).toContain('Mức, số nguyên từ 0 đến 2');
		expect(texts.filter((t) => t === 'CHUAN_QG_MUC').length).toBe(1);
	});

	it('reads back, filled in, as exactly the figures typed', async () => {
		const workbook = await load(await buildTemplateXlsx(input));
		const sheet = workbook.getWorksheet('Số liệu')!;
		sheet.getCell('D4').value = 980;
		sheet.getCell('E4').value = 1;
		sheet.getCell('F4').value = 2;
		sheet.getCell('G4').value = 85.7;
		sheet.getCell('E5').value = 0;
		sheet.getCell('D6').value = '1.015';
		const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
		const result = await readFigureFile(bytes, 'mau.xlsx');
		expect(result.problems).toEqual([]);
		expect(result).toMatchObject({ layout: 'wide', rowCount: 3 });
		expect(result.records.map(brief)).toEqual([
			[4, 'HA-TH-THANHTO', '2024-2025/CUOI_NAM', 'TH_TS_HS', 'Tổng số học sinh (TH_TS_HS)', '980'],
			[4, 'HA-TH-THANHTO', '2024-2025/CUOI_NAM', 'CO_CAMERA', 'Có hệ thống camera (CO_CAMERA)', '1'],
			[4, 'HA-TH-THANHTO', '2024-2025/CUOI_NAM', 'CHUAN_QG_MUC', 'Mức chuẩn quốc gia (CHUAN_QG_MUC)', '2'],
			[4, 'HA-TH-THANHTO', '2024-2025/CUOI_NAM', 'TL_THU', 'Tỉ lệ thử (TL_THU)', '85.7'],
			[5, 'HA-MN-CATBI', '2024-2025/CUOI_NAM', 'CO_CAMERA', 'Có hệ thống camera (CO_CAMERA)', '0'],
			[6, 'HA-THCS-DANGLAM', '2024-2025/CUOI_NAM', 'TH_TS_HS', 'Tổng số học sinh (TH_TS_HS)', '1.015']
		]);
	});

	it('reads back empty as a file without figures, and in English with the same codes', async () => {
		const empty = await readFigureFile(await buildTemplateXlsx(input), 'mau.xlsx');
		expect(empty.problems.map((p) => p.code)).toEqual(['file_empty']);
		expect(empty.rowCount).toBe(3);
		const english = await load(await buildTemplateXlsx({ ...input, locale: 'en' }));
		expect(english.worksheets.map((s) => s.name)).toEqual(['Figures', 'Instructions']);
		const sheet = english.getWorksheet('Figures')!;
		expect(sheet.getCell('A3').value).toBe('School code');
		expect(sheet.getCell('D3').value).toBe('Pupils (TH_TS_HS)');
		sheet.getCell('D4').value = 980;
		const result = await readFigureFile(new Uint8Array(await english.xlsx.writeBuffer()), 'en.xlsx');
		expect(result.problems).toEqual([]);
		expect(result.records.map(brief)).toEqual([
			[4, 'HA-TH-THANHTO', '2024-2025/CUOI_NAM', 'TH_TS_HS', 'Pupils (TH_TS_HS)', '980']
		]);
	});
});

describe('buildTemplateCsv', () => {
	it('writes UTF-8 with a BOM, CRLF, a title line and quoted names', () => {
		const bytes = buildTemplateCsv(input);
		expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
		expect(decode(bytes)).toBe(
			[
				'\uFEFFBÁO CÁO SỐ LIỆU – Cuối năm học 2024-2025 (2024-2025/CUOI_NAM)',
				'Mã trường,Tên trường,Kỳ báo cáo,Tổng số học sinh (TH_TS_HS),Có hệ thống camera (CO_CAMERA),Mức chuẩn quốc gia (CHUAN_QG_MUC),Tỉ lệ thử (TL_THU)',
				'HA-TH-THANHTO,Trường Tiểu học Thành Tô,2024-2025/CUOI_NAM,,,,',
				'HA-MN-CATBI,Trường Mầm non Cát Bi,2024-2025/CUOI_NAM,,,,',
				'HA-THCS-DANGLAM,"Trường THCS ""Đằng Lâm"", Hải An",2024-2025/CUOI_NAM,,,,',
				''
			].join('\r\n')
		);
	});

	it('neutralises a school name that a spreadsheet would run as a formula', () => {
		const bytes = buildTemplateCsv({ ...input, schools: [{ code: 'S1', name: '=1+1', level: 'TH' }] });
		expect(decode(bytes).split('\r\n')[2]).toBe("S1,'=1+1,2024-2025/CUOI_NAM,,,,");
	});

	it('reads back, filled in, as exactly the figures typed', async () => {
		const lines = decode(buildTemplateCsv(input)).split('\r\n');
		lines[2] = lines[2].replace(/,,,,$/, ',980,có,2,"85,7"');
		lines[4] = lines[4].replace(/,,,,$/, ',"1.015",,,');
		const result = await readFigureFile(new TextEncoder().encode(lines.join('\r\n')), 'mau.csv');
		expect(result).toMatchObject({ encoding: 'utf-8-bom', delimiter: ',', layout: 'wide', problems: [] });
		expect(result.records.map(brief)).toEqual([
			[3, 'HA-TH-THANHTO', '2024-2025/CUOI_NAM', 'TH_TS_HS', 'Tổng số học sinh (TH_TS_HS)', '980'],
			[3, 'HA-TH-THANHTO', '2024-2025/CUOI_NAM', 'CO_CAMERA', 'Có hệ thống camera (CO_CAMERA)', 'có'],
			[3, 'HA-TH-THANHTO', '2024-2025/CUOI_NAM', 'CHUAN_QG_MUC', 'Mức chuẩn quốc gia (CHUAN_QG_MUC)', '2'],
			[3, 'HA-TH-THANHTO', '2024-2025/CUOI_NAM', 'TL_THU', 'Tỉ lệ thử (TL_THU)', '85,7'],
			[5, 'HA-THCS-DANGLAM', '2024-2025/CUOI_NAM', 'TH_TS_HS', 'Tổng số học sinh (TH_TS_HS)', '1.015']
		]);
	});
});

describe('buildLongTemplateCsv', () => {
	it('writes one row per school and applicable figure under the long headers', () => {
		const text = decode(buildLongTemplateCsv(input));
		const lines = text.replace(/^\uFEFF/, '').split('\r\n');
		expect(text.startsWith('\uFEFF')).toBe(true);
		expect(lines[0]).toBe('ma_truong,ky_bao_cao,ma_chi_so,gia_tri,ghi_chu');
		expect(lines.slice(1, 5)).toEqual([
			'HA-TH-THANHTO,2024-2025/CUOI_NAM,TH_TS_HS,,',
			'HA-TH-THANHTO,2024-2025/CUOI_NAM,CO_CAMERA,,',
			'HA-TH-THANHTO,2024-2025/CUOI_NAM,CHUAN_QG_MUC,,',
			'HA-TH-THANHTO,2024-2025/CUOI_NAM,TL_THU,,'
		]);
		// TH_TS_HS applies to TH and TH_THCS schools, not to the preschool: 4 + 3 + 4 rows.
		expect(lines.length).toBe(1 + 11 + 1);
		expect(lines.filter((l) => l.startsWith('HA-MN-CATBI')).map((l) => l.split(',')[2])).toEqual([
			'CO_CAMERA',
			'CHUAN_QG_MUC',
			'TL_THU'
		]);
		expect(decode(buildLongTemplateCsv(input, { bom: false })).startsWith('ma_truong')).toBe(true);
	});

	it('reads back, filled in; unfilled rows are value_missing', async () => {
		const lines = decode(buildLongTemplateCsv(input)).split('\r\n');
		lines[1] = lines[1].replace(/,,$/, ',980,Đã đối chiếu');
		const result = await readFigureFile(new TextEncoder().encode(lines.join('\r\n')), 'long.csv');
		expect(result.layout).toBe('long');
		expect(result.records.map((r) => [...brief(r), r.comment])).toEqual([
			[2, 'HA-TH-THANHTO', '2024-2025/CUOI_NAM', 'TH_TS_HS', 'gia_tri', '980', 'Đã đối chiếu']
		]);
		expect(result.problems.length).toBe(10);
		expect(result.problems[0]).toMatchObject({ row: 3, column: 'gia_tri', value: '', code: 'value_missing' });
	});
});
