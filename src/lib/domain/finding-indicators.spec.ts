import { describe, expect, it } from 'vitest';
import { foldMarks } from '../text/fold-marks';
import { groupIndicatorsForSchool, matchesIndicator, type IndicatorChoice } from './finding-indicators';

const ind = (code: string, nameVi: string, group: string, levels: string[]): IndicatorChoice => ({
	code,
	nameVi,
	nameEn: code.toLowerCase(),
	group,
	levels
});
const CATALOGUE = [
	ind('MN_TL_HUYDONG_MG', 'Tỉ lệ huy động trẻ mẫu giáo', 'scale', ['MN']),
	ind('TH_TL_2BUOI', 'Tỉ lệ học sinh học 2 buổi/ngày', 'quality', ['TH']),
	ind('THCS_TL_TN', 'Tỉ lệ tốt nghiệp THCS', 'quality', ['THCS']),
	ind('GV_TL_DATCHUAN', 'Tỉ lệ giáo viên đạt chuẩn', 'staff', ['MN', 'TH', 'THCS', 'THPT']),
	ind('XA_PCGD', 'Mức phổ cập giáo dục', 'universal', [])
];

describe('groupIndicatorsForSchool', () => {
	it('offers a primary school only primary and all-level indicators, grouped in plan order', () => {
		const groups = groupIndicatorsForSchool(CATALOGUE, 'TH');
		expect(groups.map((g) => g.group)).toEqual(['staff', 'quality']);
		expect(groups.flatMap((g) => g.items.map((i) => i.code))).toEqual(['GV_TL_DATCHUAN', 'TH_TL_2BUOI']);
	});

	it('offers a combined TH&THCS school both levels, never commune-level indicators', () => {
		const codes = groupIndicatorsForSchool(CATALOGUE, 'TH_THCS').flatMap((g) => g.items.map((i) => i.code));
		expect(codes.sort()).toEqual(['GV_TL_DATCHUAN', 'THCS_TL_TN', 'TH_TL_2BUOI']);
		expect(groupIndicatorsForSchool(CATALOGUE, null)).toEqual([]);
	});
});

describe('matchesIndicator', () => {
	it('finds by words of the name without marks, or by code', () => {
		const mg = CATALOGUE[0];
		expect(matchesIndicator(mg, 'huy dong')).toBe(true);
		expect(matchesIndicator(mg, 'Huy   ĐỘNG mẫu')).toBe(true);
		expect(matchesIndicator(mg, 'mn_tl')).toBe(true);
		expect(matchesIndicator(mg, 'tốt nghiệp')).toBe(false);
		expect(matchesIndicator(mg, '  ')).toBe(true);
	});

	it('folds đ to d', () => {
		expect(foldMarks('Đạt chuẩn')).toBe('dat chuan');
	});
});
