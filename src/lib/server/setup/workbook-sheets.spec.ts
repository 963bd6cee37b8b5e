import { describe, expect, it } from 'vitest';
import { fieldOfHeader, readDate, readSheetRecords, readYes, sheetOf, splitList } from './workbook-sheets';

describe('setup workbook sheets', () => {
	const years = sheetOf('years');

	it('finds a column by the code in brackets, whatever the words, or by the bare code', () => {
		expect(fieldOfHeader(years, 'Bắt đầu HK I (hk1Start)')).toBe('hk1Start');
		expect(fieldOfHeader(years, 'Semester I starts (hk1Start) ')).toBe('hk1Start');
		expect(fieldOfHeader(years, 'endDate')).toBe('endDate');
		expect(fieldOfHeader(years, 'Ghi chú')).toBeNull();
	});

	it('reads records under the header row, skipping blank rows, and names missing columns', () => {
		const rows = [
			['Sổ thiết lập'],
			['Năm học (code)', 'Ngày bắt đầu (startDate)'],
			['2026-2027', '2026-08-01'],
			['', ''],
			['2027-2028', '01/08/2027']
		];
		const read = readSheetRecords(years, rows, [1, 2, 3, 4, 5]);
		expect(read.headerRow).toBe(2);
		expect(read.records).toEqual([
			{ row: 3, values: { code: '2026-2027', startDate: '2026-08-01' } },
			{ row: 5, values: { code: '2027-2028', startDate: '01/08/2027' } }
		]);
		expect(read.missing).toEqual(['hk1Start', 'hk1End', 'hk2Start', 'hk2End', 'endDate']);
	});

	it('reads dates, lists and yes/no as people type them', () => {
		expect(readDate('5/9/2026')).toBe('2026-09-05');
		expect(readDate('2026-09-05')).toBe('2026-09-05');
		expect(splitList('TH, THCS;THPT + MN')).toEqual(['TH', 'THCS', 'THPT', 'MN']);
		expect(readYes('Có')).toBe(true);
		expect(readYes('không')).toBe(false);
	});
});
