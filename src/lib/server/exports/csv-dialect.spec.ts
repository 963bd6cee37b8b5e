import { describe, expect, it } from 'vitest';
import { readFigureFile } from '../imports/read-file';
import { parseFigureValue } from '../imports/parse-number';
import { formatUpwardCsv } from '../reports/upward';
import { csvDialectOf, csvNumber, type CsvDialect } from './csv-dialect';
import { tableToCsv, type ExportTable } from './table-file';

const decode = (bytes: Uint8Array) => new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
const VALUES = [7910, 85.7, 1.125, 0.5, 12345.25, 0, 1_000_000];

const longTable = (values: number[]): ExportTable => ({
	title: 'Số liệu',
	sheet: 'so_lieu',
	columns: ['ma_truong', 'ky_bao_cao', 'ma_chi_so', 'gia_tri', 'ghi_chu'].map((label) => ({ label })),
	rows: values.map((v, i) => [
		'HA-TH-THANHTO',
		'2025-2026/CUOI_NAM',
		`CODE_${i}`,
		v,
		`Ghi chú; số ${i}, “trích”`
	])
});

async function readBack(bytes: Uint8Array) {
	const read = await readFigureFile(bytes, 'tai-ve.csv');
	expect(read.problems).toEqual([]);
	return read;
}

describe('CSV dialects', () => {
	it('defaults to Excel-Vietnamese, plain only when asked', () => {
		expect(csvDialectOf(new URLSearchParams(''))).toBe('excel-vi');
		expect(csvDialectOf(new URLSearchParams('dialect=excel-vi'))).toBe('excel-vi');
		expect(csvDialectOf(new URLSearchParams('dialect=plain'))).toBe('plain');
	});

	it('writes ";" and decimal commas for Excel in Vietnamese, "," and points for integrations', () => {
		const vi = decode(tableToCsv(longTable([85.7]), 'excel-vi'));
		expect(vi.startsWith('\uFEFFma_truong;ky_bao_cao;ma_chi_so;gia_tri;ghi_chu\r\n')).toBe(true);
		expect(vi).toContain(';CODE_0;85,7;"Ghi chú; số 0, “trích”"\r\n');
		const plain = decode(tableToCsv(longTable([85.7]), 'plain'));
		expect(plain).toContain(',CODE_0,85.7,"Ghi chú; số 0, “trích”"\r\n');
		expect(csvNumber(1.125, 'excel-vi')).toBe('1,1250');
		expect(csvNumber(1234567, 'excel-vi')).toBe('1234567');
	});

	for (const dialect of ['excel-vi', 'plain'] as CsvDialect[]) {
		it(`reads back through the importer with the same values (${dialect})`, async () => {
			const read = await readBack(tableToCsv(longTable(VALUES), dialect));
			expect(read.delimiter).toBe(dialect === 'plain' ? ',' : ';');
			expect(read.layout).toBe('long');
			const values = read.records.map((r) => parseFigureValue(r.raw, 'decimal'));
			expect(values).toEqual(VALUES.map((value) => ({ ok: true, value })));
			expect(read.records[0].comment).toBe('Ghi chú; số 0, “trích”');
		});

		it(`reads the upward report back with the same values (${dialect})`, async () => {
			const rows = [
				{ code: 'TH_TS_HS', value: 12246, units: 22, comment: 'Tổng của 22 trường' },
				{ code: 'GV_TS', value: 85.75, units: 22, comment: 'Tổng; của 22 trường' }
			];
			const text = formatUpwardCsv('HAIAN', '2025-2026/CUOI_NAM', rows, dialect);
			const read = await readBack(new TextEncoder().encode(text));
			expect(read.records.map((r) => [r.code, parseFigureValue(r.raw, 'decimal')])).toEqual([
				['TH_TS_HS', { ok: true, value: 12246 }],
				['GV_TS', { ok: true, value: 85.75 }]
			]);
		});
	}
});
