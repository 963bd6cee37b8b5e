import { describe, expect, it } from 'vitest';
import { readPlanText } from './read-plan';
import { standardReaderCatalogue } from './standard-catalogue';

const catalogue = standardReaderCatalogue();
const read = (text: string) => readPlanText(text, catalogue);
const one = (text: string) => {
	const { proposals } = read(text);
	expect(proposals, JSON.stringify(proposals.map((p) => p.indicator))).toHaveLength(1);
	return proposals[0];
};
const target = (text: string) => {
	const p = one(text);
	return { indicator: p.indicator, comparator: p.comparator, value: p.value, min: p.min, max: p.max };
};

describe('figures as plans write them', () => {
	it('reads a ratio with thousands dots and its rate with a decimal comma, and checks them', () => {
		const p = one('- Huy động 7.910/9.232 trẻ mầm non ra lớp, đạt tỷ lệ 85,7%');
		expect([p.indicator, p.comparator, p.value, p.numerator, p.denominator, p.ratioCheck]).toEqual([
			'MN_TL_HUYDONG',
			'gte',
			85.7,
			7910,
			9232,
			'ok'
		]);
		expect(one('Số trẻ huy động ra lớp: 7.910 trẻ/9.232 (95,7%)').ratioCheck).toBe('mismatch');
		expect(one('Trẻ 5 tuổi: 2.348/2.348=100%.').value).toBe(100);
	});
	it('reads "%" with or without a space, and ≥ / ≤ signs', () => {
		expect(target('- ≥ 97% học sinh học 2 buổi/ngày')).toMatchObject({
			indicator: 'TH_TL_2BUOI',
			comparator: 'gte',
			value: 97
		});
		expect(target('- Tỷ lệ học sinh học 2 buổi/ngày đạt 97 %')).toMatchObject({
			comparator: 'gte',
			value: 97
		});
		expect(target('- Tỷ lệ trẻ suy dinh dưỡng ≤ 5%')).toMatchObject({
			indicator: 'MN_TL_SDD',
			comparator: 'lte',
			value: 5
		});
	});
	it('reads ranges written with -, –, "đến" and "từ … đến …"', () => {
		const range = { indicator: 'TH_TL_HTXS', comparator: 'range', min: 55, max: 60 };
		expect(target('Hoàn thành xuất sắc: 55-60%')).toMatchObject(range);
		expect(target('Hoàn thành xuất sắc: 55–60%')).toMatchObject(range);
		expect(target('Hoàn thành xuất sắc: 55 đến 60%')).toMatchObject(range);
		expect(target('Học sinh hoàn thành xuất sắc từ 55% đến 60%')).toMatchObject(range);
	});
	it('reads the comparator words', () => {
		for (const w of ['không dưới', 'tối thiểu', 'trên', 'ít nhất', 'duy trì'])
			expect(target(`- Tỷ lệ trẻ có kĩ năng tự phục vụ ${w} 95%`)).toMatchObject({
				indicator: 'MN_TL_TUPHUCVU',
				comparator: 'gte',
				value: 95
			});
		expect(target('- 99% trở lên học sinh xếp loại hoàn thành')).toMatchObject({
			indicator: 'TH_TL_HOANTHANH',
			comparator: 'gte'
		});
		expect(target('- Tỷ lệ học sinh Chưa hoàn thành không quá 0,2%')).toMatchObject({
			indicator: 'TH_TL_CHT',
			comparator: 'lte',
			value: 0.2
		});
	});
	it('reads a change against the start of the year', () => {
		expect(target('- Giảm tỷ lệ trẻ suy dinh dưỡng 1,5% so với đầu năm')).toMatchObject({
			indicator: 'MN_TL_SDD',
			comparator: 'change',
			value: -1.5
		});
		expect(one('Khống chế tỷ lệ trẻ thừa cân béo phì.')).toMatchObject({
			indicator: 'MN_TL_BEOPHI',
			comparator: 'change',
			value: 0
		});
	});
	it('reads shares of schools ("100% trường") and keeps school-wide duties off pupil rates', () => {
		expect(target('- 100% trường có hệ thống camera')).toMatchObject({
			indicator: 'TL_TRUONG_CAMERA',
			comparator: 'gte',
			value: 100
		});
		expect(target('- Hàng tháng mỗi nhà trường có ít nhất 04 tin bài trên cổng thông tin')).toMatchObject({
			indicator: 'TL_TRUONG_TINBAI',
			value: 100
		});
		const r = read('- 100% trường Tiểu học tổ chức học 2 buổi/ngày;');
		expect(r.proposals).toHaveLength(0);
		expect(r.unplaced.map((u) => u.valueText)).toEqual(['100%']);
	});
	it('reads zero targets written without a figure', () => {
		expect(target('- Duy trì sĩ số, không có học sinh bỏ học;')).toMatchObject({
			indicator: 'TH_HS_BOHOC',
			comparator: 'lte',
			value: 0
		});
		expect(target('- Không có cán bộ giáo viên vi phạm đạo đức Nhà giáo;')).toMatchObject({
			indicator: 'GV_VIPHAM',
			comparator: 'lte',
			value: 0
		});
	});
	it('reads counts of pupils and classes', () => {
		const r = read(
			'Tiểu học: Huy động 12.246 học sinh/291 lớp (trong đó tuyển sinh vào lớp 1 là 2.227 học sinh/57 lớp).'
		);
		expect(r.proposals.map((p) => [p.indicator, p.comparator, p.value, p.judgedAt])).toEqual([
			['TH_TS_HS', 'gte', 12246, 'DAU_NAM'],
			['TH_TS_LOP', 'eq', 291, 'DAU_NAM'],
			['TH_HS_LOP1', 'gte', 2227, 'DAU_NAM'],
			['TH_LOP1', 'eq', 57, 'DAU_NAM']
		]);
	});
	it('never takes dates, document numbers, years or grades for figures', () => {
		const r = read(
			'Căn cứ Quyết định số 24000/QĐ-UBND ngày 10/8/2023 về năm học 2023-2024 đối với lớp 1,2,3,4; hoàn thành trước 31/8.'
		);
		expect(r.proposals).toHaveLength(0);
		expect(r.unplaced).toHaveLength(0);
	});
});

describe('lists, scope and named schools', () => {
	it('reads a list of categories under one label', () => {
		const r = read('- Kết quả rèn luyện: Tốt: 95-97%, Khá: 2,5-4,5%, Đạt: 0,5%, Chưa đạt: 0%.');
		expect(r.proposals.map((p) => [p.indicator, p.comparator, p.value ?? [p.min, p.max]])).toEqual([
			['THCS_TL_RL_TOT', 'range', [95, 97]],
			['THCS_TL_RL_KHA', 'range', [2.5, 4.5]],
			['THCS_TL_RL_DAT', 'lte', 0.5],
			['THCS_TL_RL_CHUADAT', 'lte', 0]
		]);
	});
	it('reads public and non-public scopes and a school level', () => {
		const p = one('- Tỷ lệ giáo viên mầm non ngoài công lập đạt chuẩn trình độ: 71-72%');
		expect(p.scope).toEqual({ kind: 'area', level: 'MN', ownership: 'non_public' });
		expect(one('- phấn đấu 100% giáo viên Tiểu học đạt chuẩn').scope).toEqual({
			kind: 'area',
			level: 'TH',
			ownership: null
		});
	});
	it('reads a table (docx rows) across its level columns', () => {
		const r = read('Chỉ tiêu | Mầm non | Tiểu học | THCS\nTỷ lệ giáo viên đạt chuẩn | 99% | 97-98% | 100%');
		expect(r.proposals.map((p) => [p.indicator, p.scope.level, p.value ?? [p.min, p.max]])).toEqual([
			['GV_TL_DATCHUAN', 'MN', 99],
			['GV_TL_DATCHUAN', 'TH', [97, 98]],
			['GV_TL_DATCHUAN', 'THCS', 100]
		]);
	});
	it('joins lines a PDF broke inside a sentence, and keeps bullets apart', () => {
		const r = read('- Tỷ lệ học sinh học ngoại ngữ \n\nđạt 99% trở lên;\n- Học sinh bán trú đạt 20%');
		expect(r.proposals.map((p) => p.indicator)).toEqual(['TH_TL_NGOAINGU', 'TH_TL_BANTRU']);
		expect(r.proposals[0].source).toBe('Tỷ lệ học sinh học ngoại ngữ đạt 99% trở lên;');
	});
	it('reads named-school status targets', () => {
		const r = read(
			'- Công nhận lại trường đạt chuẩn quốc gia mức độ 1: Trường TH An Tiến, An Thắng và Mĩ Đức 2.'
		);
		expect(r.proposals.map((p) => [p.indicator, p.value, p.scope.kind === 'school' && p.scope.name])).toEqual(
			[
				['CHUAN_QG_MUC', 1, 'An Tiến'],
				['CHUAN_QG_MUC', 1, 'An Thắng'],
				['CHUAN_QG_MUC', 1, 'Mĩ Đức 2']
			]
		);
	});
	it('reads area levels, two indicators sharing one level', () => {
		const r = read(
			'- Phổ cập giáo dục Tiểu học, phổ cập giáo dục Trung học cơ sở đạt mức độ 3. Xóa mù chữ đạt mức độ 2.'
		);
		expect(r.proposals.map((p) => [p.indicator, p.comparator, p.value]).sort()).toEqual([
			['PCGD_THCS_MUC', 'level_gte', 3],
			['PCGD_TH_MUC', 'level_gte', 3],
			['XMC_MUC', 'level_gte', 2]
		]);
	});
	it('lists figures it cannot place, with their sentences', () => {
		const r = read('- Kiểm tra đột xuất ít nhất: 1 lần/ tháng.');
		expect(r.proposals).toHaveLength(0);
		expect(r.unplaced).toMatchObject([
			{ valueText: '1 lần', source: 'Kiểm tra đột xuất ít nhất: 1 lần/ tháng.' }
		]);
	});
});

describe('text as it arrives', () => {
	const nfc = '- Tỷ lệ trẻ kênh bình thường đạt 94-97%.';
	it('reads NFD text like NFC', () => {
		expect(target(nfc.normalize('NFD'))).toEqual(target(nfc));
	});
	it('reads TCVN3 and VNI text and says it was legacy', () => {
		const tcvn3 = read('- Tû lÖ trÎ kªnh b×nh th\u00adêng ®¹t 94-97%.');
		expect(tcvn3.legacy).toEqual(['tcvn3']);
		expect(tcvn3.proposals[0]).toMatchObject({ indicator: 'MN_TL_CANBT', min: 94, max: 97 });
		const vni = read('- Tyû leä treû keânh bình thöôøng ñaït 94-97%.');
		expect(vni.legacy).toEqual(['vni']);
		expect(vni.proposals[0]).toMatchObject({ indicator: 'MN_TL_CANBT', min: 94, max: 97 });
	});
});
