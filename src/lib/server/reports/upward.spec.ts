import { describe, expect, it } from 'vitest';
import { aggregateUpward, formatUpwardCsv, formatUpwardValue, type FigureFact } from './upward';

const f = (
	code: string,
	valueType: FigureFact['valueType'],
	value: number,
	unitScope: FigureFact['unitScope'] = 'school',
	sortOrder = 0
): FigureFact => ({
	code,
	valueType,
	unitScope,
	sortOrder,
	value
});

describe('rolling a district up', () => {
	const facts = [
		f('TH_TS_HS', 'count', 1480, 'school', 1),
		f('TH_TS_HS', 'count', 980, 'school', 1),
		f('TH_TS_HS', 'count', 1236, 'school', 1),
		f('CO_CAMERA', 'yes_no', 1, 'school', 5),
		f('CO_CAMERA', 'yes_no', 0, 'school', 5),
		f('CO_CAMERA', 'yes_no', 1, 'school', 5),
		f('CHUAN_QG_MUC', 'level', 0, 'school', 7),
		f('CHUAN_QG_MUC', 'level', 2, 'school', 7),
		f('CHUAN_QG_MUC', 'level', 1, 'school', 7),
		f('PCGD_TH_MUC', 'level', 3, 'commune', 9),
		f('PCGD_TH_MUC', 'level', 2, 'commune', 9)
	];
	it('counts add up, yes/no and levels become numbers of schools, commune levels the lowest', () => {
		expect(aggregateUpward(facts)).toEqual([
			{ code: 'TH_TS_HS', value: 3696, units: 3, comment: 'Tổng của 3 trường' },
			{ code: 'CO_CAMERA', value: 2, units: 3, comment: 'Số trường có: 2/3 trường' },
			{
				code: 'CHUAN_QG_MUC',
				value: 2,
				units: 3,
				comment: 'Số trường đạt mức 1 trở lên: 2/3 trường (mức 0: 1; mức 1: 1; mức 2: 1)'
			},
			{ code: 'PCGD_TH_MUC', value: 2, units: 2, comment: 'Mức thấp nhất của 2 xã/phường' }
		]);
	});
	it('numbers are written so the import cannot misread them', () => {
		expect(formatUpwardValue(7910)).toBe('7910');
		expect(formatUpwardValue(12.5)).toBe('12.5');
		expect(formatUpwardValue(12.345)).toBe('12.35');
		expect(formatUpwardValue(0)).toBe('0');
	});
	it('the file: BOM, the long header, one line per figure, quoted where needed', () => {
		const csv = formatUpwardCsv('HAIAN', '2024-2025/CUOI_NAM', aggregateUpward(facts.slice(0, 9)));
		expect(csv.startsWith('\uFEFFma_truong,ky_bao_cao,ma_chi_so,gia_tri,ghi_chu\r\n')).toBe(true);
		expect(csv.split('\r\n')).toEqual([
			'\uFEFFma_truong,ky_bao_cao,ma_chi_so,gia_tri,ghi_chu',
			'HAIAN,2024-2025/CUOI_NAM,TH_TS_HS,3696,Tổng của 3 trường',
			'HAIAN,2024-2025/CUOI_NAM,CO_CAMERA,2,Số trường có: 2/3 trường',
			'HAIAN,2024-2025/CUOI_NAM,CHUAN_QG_MUC,2,"Số trường đạt mức 1 trở lên: 2/3 trường (mức 0: 1; mức 1: 1; mức 2: 1)"',
			''
		]);
	});
});
