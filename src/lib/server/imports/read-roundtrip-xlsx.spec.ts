// The .xlsx side of the reader's round trip: a random valid report written with exceljs (numbers as
// numbers, or as text the way people type them) reads back exactly. Kept apart from the text
// reader's properties because the workbook reader is being replaced on its own.
import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readFigureFile } from './read-file';
import {
	BY_CODE,
	ELEMENT_NAMES,
	expectedValues,
	figureValue,
	reportArb,
	reportOf,
	type Figure,
	type Report
} from '../../../../tests/helpers/random-report';

type CellValue = string | number;

function cellOf(f: Figure, asText: boolean): CellValue {
	if (BY_CODE.get(f.code)!.type === 'yes_no' && f.word) return f.int === '1' ? 'có' : 'không';
	if (!asText) return figureValue(f);
	return f.frac ? `${f.int},${f.frac}` : f.int;
}

async function writeXlsx(report: Report, layout: 'long' | 'wide', asText: boolean): Promise<Uint8Array> {
	const workbook = new ExcelJS.Workbook();
	const sheet = workbook.addWorksheet('Số liệu');
	sheet.addRow(['BÁO CÁO SỐ LIỆU']);
	if (layout === 'long') {
		sheet.addRow(['Mã trường', 'Kỳ báo cáo', 'Mã chỉ số', 'Giá trị', 'Ghi chú']);
		for (const f of report) sheet.addRow([f.school, f.period, f.code, cellOf(f, asText), f.comment]);
	} else {
		const codes = [...new Set(report.map((f) => f.code))];
		sheet.addRow([
			'Mã trường',
			'Tên trường',
			'Kỳ báo cáo',
			...codes.map((c) => `${BY_CODE.get(c)!.nameVi} (${c})`)
		]);
		const rows = new Map<string, Figure[]>();
		for (const f of report)
			rows.set(`${f.school}|${f.period}`, [...(rows.get(`${f.school}|${f.period}`) ?? []), f]);
		for (const figures of rows.values()) {
			const cells = codes.map((code) => {
				const f = figures.find((x) => x.code === code);
				return f ? cellOf(f, asText) : null;
			});
			sheet.addRow([figures[0].school, figures[0].schoolName, figures[0].period, ...cells]);
		}
	}
	return new Uint8Array(await workbook.xlsx.writeBuffer());
}

describe('reading back an .xlsx', () => {
	it('gives back exactly the report, long and wide, numbers as numbers or as typed text', async () => {
		await fc.assert(
			fc.asyncProperty(
				reportArb,
				fc.constantFrom<'long' | 'wide'>('long', 'wide'),
				fc.boolean(),
				async (report, layout, asText) => {
					const bytes = await writeXlsx(report, layout, asText);
					const result = await readFigureFile(bytes, 'bao-cao.xlsx', { elementNames: ELEMENT_NAMES });
					expect(result.problems).toEqual([]);
					expect(result.layout).toBe(layout);
					const { errors, values } = reportOf(result, new Set(report.map((f) => f.school)));
					expect(errors).toEqual([]);
					expect(values).toEqual(expectedValues(report));
				}
			),
			{ numRuns: 30 }
		);
	}, 60_000);
});
