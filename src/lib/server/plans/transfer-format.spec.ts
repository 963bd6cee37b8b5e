import { describe, expect, it } from 'vitest';
import {
	columnOf,
	findTargetHeader,
	numberText,
	readComparator,
	readScopeCode,
	unneutralise
} from './transfer-format';
import { parseTargetNumber } from './parse-number';

describe('the targets file layout', () => {
	it('recognises headers as people write them', () => {
		expect(columnOf('Mã chỉ số')).toBe('ma_chi_so');
		expect(columnOf('PHEP_SO_SANH')).toBe('phep_so_sanh');
		expect(columnOf('Kỳ đánh giá')).toBe('ky_danh_gia');
		expect(columnOf('Tối đa')).toBe('toi_da');
		expect(columnOf('STT')).toBe('ignore');
		expect(columnOf('Ghi chú của tôi')).toBeNull();
	});

	it('finds the header row under a title line, and not without the two key columns', () => {
		const rows = [
			['Chỉ tiêu 2024-2025'],
			['STT', 'Mã chỉ số', 'Phép so sánh', 'Giá trị'],
			['1', 'X', '>=', '1']
		];
		expect(findTargetHeader(rows)).toEqual({
			index: 1,
			columns: ['ignore', 'ma_chi_so', 'phep_so_sanh', 'gia_tri']
		});
		expect(findTargetHeader([['ma_chi_so', 'gia_tri']])).toBeNull();
	});

	it('reads comparators in codes, symbols and words', () => {
		for (const [text, code] of [
			['gte', 'gte'],
			['≥', 'gte'],
			['>=', 'gte'],
			['Tối thiểu', 'gte'],
			['≤', 'lte'],
			['không quá', 'lte'],
			['=', 'eq'],
			['Khoảng', 'range'],
			['thay đổi', 'change'],
			['Đạt mức', 'level_gte'],
			['LEVEL_GTE', 'level_gte']
		]) {
			expect(readComparator(text), text).toBe(code);
		}
		expect(readComparator('lớn hơn')).toBe('lon hon');
	});

	it('reads the whole area in several ways, and codes upper-cased', () => {
		expect(readScopeCode('')).toBeNull();
		expect(readScopeCode('area')).toBeNull();
		expect(readScopeCode('Toàn địa bàn')).toBeNull();
		expect(readScopeCode(' ha-th-catbi ')).toBe('HA-TH-CATBI');
	});

	it('writes numbers the import reads back exactly', () => {
		for (const n of [85.7, 7910, 0.1, 1.125, -1.5, 12246, 99.5, 0]) {
			const text = numberText(n);
			expect(parseTargetNumber(text), text).toEqual({ ok: true, value: n });
		}
		expect(numberText(1.125)).toBe('1.1250');
		expect(numberText(null)).toBe('');
	});

	it('undoes only the apostrophe an export put before a formula', () => {
		expect(unneutralise("'=HYPERLINK(1)")).toBe('=HYPERLINK(1)');
		expect(unneutralise("'Thành Tô'")).toBe("'Thành Tô'");
	});
});
