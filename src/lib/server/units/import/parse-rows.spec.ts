import { describe, expect, it } from 'vitest';
import { matchUnitHeader, UNIT_FIELDS, parseOwnership, parseSchoolLevel, parseUnitType } from './columns';
import { parseUnitRows } from './parse-rows';
import { TEMPLATE_HEADERS } from './template';

const HEAD = [...TEMPLATE_HEADERS];

describe('columns', () => {
	it('reads Vietnamese and English headers, accents and case aside', () => {
		expect(HEAD.map(matchUnitHeader)).toEqual(UNIT_FIELDS);
		expect(matchUnitHeader('MA_DON_VI')).toBe('code');
		expect(matchUnitHeader('parent_code')).toBe('parent');
		expect(matchUnitHeader('Ghi chú')).toBeNull();
	});
	it('reads types, levels and ownerships as people write them', () => {
		expect(['Sở GDĐT', 'Phòng GD&ĐT', 'Xã', 'Phường', 'Cụm', 'Trường', 'school'].map(parseUnitType)).toEqual([
			'province',
			'district',
			'commune',
			'commune',
			'cluster',
			'school',
			'school'
		]);
		expect(
			['Mầm non', 'Tiểu học', 'THCS', 'thpt', 'TH&THCS', 'THCS và THPT', 'TH_THCS'].map(parseSchoolLevel)
		).toEqual(['MN', 'TH', 'THCS', 'THPT', 'TH_THCS', 'THCS_THPT', 'TH_THCS']);
		expect(['Công lập', 'Ngoài công lập', 'Tư thục', 'non_public', 'công'].map(parseOwnership)).toEqual([
			'public',
			'non_public',
			'non_public',
			'non_public',
			null
		]);
	});
});

describe('parseUnitRows', () => {
	it('finds the header under a title, skips blank rows, keeps only the optional columns present', () => {
		const rows = [
			['DANH SÁCH ĐƠN VỊ'],
			['Mã đơn vị', 'Tên đơn vị', 'Loại', 'Mã đơn vị cấp trên', 'Cấp học', 'Loại hình', 'Địa chỉ'],
			['qn', 'Sở GDĐT Quảng Ninh', 'Sở', '', '', '', ''],
			['', '', '', '', '', '', ''],
			['QN-TH-A', 'Trường TH A', 'Trường', 'QN-HL', 'Tiểu học', 'Công lập', ' 1 Lê Lợi ']
		];
		const { records, problems } = parseUnitRows(rows);
		expect(problems).toEqual([]);
		expect(records).toEqual([
			{
				row: 3,
				code: 'QN',
				name: 'Sở GDĐT Quảng Ninh',
				type: 'province',
				parent: null,
				level: null,
				ownership: null,
				optional: { address: null }
			},
			{
				row: 5,
				code: 'QN-TH-A',
				name: 'Trường TH A',
				type: 'school',
				parent: 'QN-HL',
				level: 'TH',
				ownership: 'public',
				optional: { address: '1 Lê Lợi' }
			}
		]);
	});

	it('lists every problem by row and column, with both languages', () => {
		const rows = [
			HEAD,
			['A 1', '', 'Huyện', 'QN', '', '', '', '', '', ''],
			['S1', 'Trường 1', 'Trường', 'QN', 'Đại học', 'Nhà nước', '', '', '', ''],
			['S1', 'Trường 1 bis', 'Kho', 'QN', '', '', '', '', '', ''],
			['D1', 'Phòng 1', 'Phòng', 'QN', 'TH', '', '', '', '', '']
		];
		const { records, problems } = parseUnitRows(rows);
		expect(records).toEqual([]);
		expect(problems.map((p) => [p.row, p.column, p.value, p.code])).toEqual([
			[2, 'Mã đơn vị', 'A 1', 'bad_code'],
			[2, 'Tên đơn vị', '', 'missing_name'],
			[3, 'Cấp học', 'Đại học', 'bad_level'],
			[3, 'Loại hình', 'Nhà nước', 'bad_ownership'],
			[4, 'Mã đơn vị', 'S1', 'duplicate_code'],
			[4, 'Loại', 'Kho', 'bad_type'],
			[5, 'Cấp học', 'TH', 'not_a_school_field']
		]);
		expect(problems[4].message.vi).toContain('dòng 3');
		expect(problems[4].message.en).toContain('row 3');
	});

	it('needs a header with code and name, and the type and parent columns', () => {
		expect(parseUnitRows([['a', 'b']]).problems[0].code).toBe('no_header');
		expect(parseUnitRows([['Mã đơn vị', 'Tên đơn vị']]).problems.map((p) => p.code)).toEqual([
			'missing_column',
			'missing_column'
		]);
		expect(parseUnitRows([HEAD]).problems[0].code).toBe('no_rows');
	});
});

describe('refused rows', () => {
	it('are named so that their children are not reported a second time', () => {
		const rows = [
			HEAD.slice(0, 6),
			['D1', 'Phòng 1', 'Kho', 'QN', '', ''],
			['S1', 'Trường', 'Trường', 'D1', 'TH', 'CL']
		];
		const { records, refusedCodes } = parseUnitRows(rows);
		expect([...refusedCodes]).toEqual(['D1']);
		expect(records.map((r) => r.code)).toEqual(['S1']);
	});
});
