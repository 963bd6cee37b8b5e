import { describe, expect, it } from 'vitest';
import { classifyHeader, columnLetter, extractCode, findHeaderRow, foldHeader } from './match-headers';

describe('classifyHeader', () => {
	it.each([
		['Mã trường', 'school'],
		['ma truong', 'school'],
		['MA_TRUONG', 'school'],
		['school_code', 'school'],
		['  Mã   Trường * ', 'school'],
		['Mã trường (MA_TRUONG)', 'school'],
		['Kỳ báo cáo', 'period'],
		['Kì báo cáo', 'period'],
		['ky_bao_cao', 'period'],
		['period', 'period'],
		['Mã chỉ số', 'code'],
		['ma_chi_so', 'code'],
		['code', 'code'],
		['Giá trị', 'value'],
		['gia_tri', 'value'],
		['VALUE', 'value'],
		['Ghi chú', 'comment'],
		['ghi_chu', 'comment'],
		['comment', 'comment'],
		['STT', 'ignore'],
		['Tên trường', 'ignore'],
		['TEN_TRUONG', 'ignore']
	])('%j is the %s column', (header, role) => {
		expect(classifyHeader(header)).toEqual({ role });
	});

	it.each([
		['TH_TS_HS', 'TH_TS_HS'],
		['Tổng số học sinh (TH_TS_HS)', 'TH_TS_HS'],
		['Tổng số học sinh ( th_ts_hs ) ', 'TH_TS_HS'],
		['gv_datchuan', 'GV_DATCHUAN'],
		['CHUAN_QG_MUC', 'CHUAN_QG_MUC'],
		['Tổng số\nhọc sinh\n(TH_TS_HS)', 'TH_TS_HS'],
		['TH_TS_HS (Tổng số học sinh)', 'TH_TS_HS']
	])('%j is figure %s', (header, code) => {
		expect(classifyHeader(header)).toEqual({ role: 'figure', code });
	});

	it.each([
		'',
		'  ',
		'Tổng số học sinh',
		'Lớp 1',
		'HS',
		'Học sinh (HS)',
		'2024-2025/CUOI_NAM',
		'HA-TH-THANHTO'
	])('%j is not recognised', (header) => {
		expect(classifyHeader(header)).toBeNull();
	});
});

describe('helpers', () => {
	it('folds case, spaces, underscores and diacritics away', () => {
		expect(foldHeader('Mã Trường_ĐV')).toBe('matruongdv');
	});
	it('takes the code out of a name with the code in brackets', () => {
		expect(extractCode('Tổng số học sinh (TH_TS_HS)')).toBe('TH_TS_HS');
		expect(extractCode('th_ts_hs')).toBe('TH_TS_HS');
		expect(extractCode('Số (lớp)')).toBe('SỐ (LỚP)');
	});
	it('names columns as Excel does', () => {
		expect([0, 1, 25, 26, 27, 51, 52, 701, 702].map(columnLetter)).toEqual([
			'A',
			'B',
			'Z',
			'AA',
			'AB',
			'AZ',
			'BA',
			'ZZ',
			'AAA'
		]);
	});
});

describe('findHeaderRow', () => {
	it('skips title rows above the header', () => {
		const rows = [
			['BÁO CÁO SỐ LIỆU CUỐI NĂM HỌC 2024-2025', '', ''],
			['Đơn vị: Phòng GD&ĐT Hải An'],
			[],
			['STT', 'Mã trường', 'Kỳ báo cáo', 'TH_TS_HS'],
			['1', 'HA-TH-THANHTO', '2024-2025/CUOI_NAM', '980']
		];
		const header = findHeaderRow(rows);
		expect(header?.index).toBe(3);
		expect(header?.score).toBe(3);
		expect(header?.headers).toEqual(['STT', 'Mã trường', 'Kỳ báo cáo', 'TH_TS_HS']);
	});

	it('prefers the row with the codes in a two-row header, filling blanks from the row above', () => {
		const rows = [
			['Mã trường', 'Kỳ báo cáo', 'Học sinh', ''],
			['', '', 'Tổng số (TH_TS_HS)', 'Số lớp (TH_TS_LOP)'],
			['HA-TH-THANHTO', '2024-2025/CUOI_NAM', '980', '24']
		];
		const header = findHeaderRow(rows);
		expect(header?.index).toBe(1);
		expect(header?.headers).toEqual(['Mã trường', 'Kỳ báo cáo', 'Tổng số (TH_TS_HS)', 'Số lớp (TH_TS_LOP)']);
		expect(header?.score).toBe(4);
	});

	it('needs at least two recognised headers', () => {
		expect(
			findHeaderRow([
				['Mã trường', 'Tên trường'],
				['HA-TH-THANHTO', 'Thành Tô']
			])
		).toBeNull();
		expect(findHeaderRow([])).toBeNull();
	});
});

describe('two headers run together', () => {
	it('reads neither code of a header holding two', () => {
		expect(classifyHeader('Mức (CHUAN_QG_MUC)Tổng số học sinh (TH_TS_HS)')).toBeNull();
		expect(classifyHeader('Tỉ lệ (%) (TH_TL_HTXS)')).toEqual({ role: 'figure', code: 'TH_TL_HTXS' });
	});
});
