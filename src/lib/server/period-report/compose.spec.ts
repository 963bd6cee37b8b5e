import { describe, expect, it } from 'vitest';
import { actualText, composeReport, placeAndDate } from './compose';
import { plainText, type ColumnsBlock, type Para, type TableBlock } from './blocks';
import { sampleReport } from './sample';

const textOf = (p: Para) => p.runs.map((r) => r.text).join('');
const tables = (input = sampleReport()) =>
	composeReport(input).filter((b): b is TableBlock => b.kind === 'table');

describe('composeReport', () => {
	it('opens with the issuer top left and Quốc hiệu, Tiêu ngữ, place and date top right', () => {
		const [head] = composeReport(sampleReport()) as [ColumnsBlock];
		expect(head.kind).toBe('columns');
		expect(head.left.map(textOf)).toEqual([
			'UBND QUẬN HẢI AN',
			'PHÒNG GIÁO DỤC VÀ ĐÀO TẠO',
			'',
			'Số: 215/BC-PGDĐT'
		]);
		expect(head.left[0].runs[0].bold).toBeFalsy();
		expect(head.left[1].runs[0].bold).toBe(true);
		expect(head.right.map(textOf)).toEqual([
			'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
			'Độc lập - Tự do - Hạnh phúc',
			'',
			'Hải An, ngày 05 tháng 5 năm 2025'
		]);
		expect(head.right[3].runs[0].italic).toBe(true);
		expect(head.right[2].rule).toBeGreaterThan(0);
	});

	it('puts the title in bold, centred, under BÁO CÁO', () => {
		const blocks = composeReport(sampleReport());
		const [kind, title] = blocks.slice(2, 4) as Para[];
		expect(textOf(kind)).toBe('BÁO CÁO');
		expect(title).toMatchObject({ align: 'center', runs: [{ bold: true }] });
		expect(textOf(title)).toContain('năm học 2024-2025');
	});

	it('prints one target-versus-actual table per plan group, with values and statuses', () => {
		const [scale, quality] = tables();
		expect(scale.header).toEqual([
			'TT',
			'Chỉ tiêu',
			'Kế hoạch',
			'Thực hiện',
			'Số trường chưa đạt',
			'Đánh giá'
		]);
		expect(scale.rows[0]).toEqual([
			'1',
			'Tỷ lệ huy động trẻ',
			'≥ 85 %',
			'85,7\u00a0% (7.910/9.232)',
			'3/22',
			'Đạt'
		]);
		expect(scale.rows[1]).toEqual(['2', 'Tổng số lớp tiểu học', '= 291', '291', '—', 'Đạt']);
		expect(quality.rows[0].at(-1)).toBe('Chưa đạt');
		expect(scale.widths.reduce((a, b) => a + b)).toBe(100);
		const text = plainText(composeReport(sampleReport()));
		expect(text).toMatch(/1\. Quy mô/);
		expect(text).toMatch(/2\. /);
	});

	it('lists the schools under target with what they missed', () => {
		const under = tables()[2];
		expect(under.rows).toEqual([
			['1', 'Trường Tiểu học Thành Tô', 'Tỷ lệ học sinh học 2 buổi/ngày: 88\u00a0%; KH ≥ 97 %']
		]);
	});

	it('says so when no school is under target', () => {
		const input = sampleReport();
		input.figures.underTarget = [];
		expect(plainText(composeReport(input))).toContain('Không có trường nào chưa đạt chỉ tiêu');
	});

	it('prints completeness and timeliness with the schools not received', () => {
		const text = plainText(composeReport(sampleReport()));
		expect(text).toContain('phải nộp 38; đã nhận 36 (tỷ lệ đầy đủ 94,7\u00a0%)');
		expect(text).toContain('nộp đúng hạn 33 (tỷ lệ đúng hạn 86,8\u00a0%)');
		expect(text).toContain('Chưa nộp hoặc chưa đủ: Trường Mầm non Cát Bi, Trường THCS Đằng Lâm.');
		expect(text).toContain('Nộp muộn: Trường Tiểu học Cát Bi.');
	});

	it('prints explanations only when given', () => {
		expect(plainText(composeReport(sampleReport()))).not.toContain('GIẢI TRÌNH');
		const input = sampleReport();
		input.figures.explanations = [
			{
				schoolCode: 'HA-TH-THANHTO',
				schoolName: 'Trường Tiểu học Thành Tô',
				indicatorCode: 'TH_TL_2BUOI',
				indicatorName: 'Tỷ lệ học sinh học 2 buổi/ngày',
				periodCode: '2024-2025/CUOI_NAM',
				cause: 'Thiếu phòng học',
				measures: 'Xây thêm 2 phòng',
				expectedDate: '2025-12-31'
			}
		];
		const blocks = composeReport(input);
		expect(plainText(blocks)).toContain('IV. GIẢI TRÌNH CỦA CÁC TRƯỜNG');
		const table = blocks.filter((b): b is TableBlock => b.kind === 'table').at(-1)!;
		expect(table.rows[0]).toEqual([
			'1',
			'Trường Tiểu học Thành Tô',
			'Tỷ lệ học sinh học 2 buổi/ngày',
			'Thiếu phòng học',
			'Xây thêm 2 phòng',
			'31/12/2025'
		]);
	});

	it('numbers the sections and leaves out an empty introduction', () => {
		const input = sampleReport();
		let text = plainText(composeReport(input));
		expect(text).toMatch(/^I\. ĐẶC ĐIỂM TÌNH HÌNH$/m);
		expect(text).toMatch(/^V\. ĐÁNH GIÁ CHUNG VÀ KIẾN NGHỊ$/m);
		input.text.intro = '  \n ';
		text = plainText(composeReport(input));
		expect(text).toMatch(/^I\. KẾT QUẢ THỰC HIỆN/m);
	});

	it('ends with Nơi nhận and the signature block', () => {
		const last = composeReport(sampleReport()).at(-1) as ColumnsBlock;
		expect(last.left.map(textOf)).toEqual([
			'Nơi nhận:',
			'- Sở GD&ĐT (để b/c);',
			'- UBND quận (để b/c);',
			'- Các trường MN, TH, THCS;',
			'- Lưu: VT.'
		]);
		const right = last.right.map(textOf);
		expect(right.slice(0, 2)).toEqual(['KT. TRƯỞNG PHÒNG', 'PHÓ TRƯỞNG PHÒNG']);
		expect(right.at(-1)).toBe('Nguyễn Văn An');
	});
});

describe('helpers', () => {
	it('writes days below 10 and months below 3 with a leading zero', () => {
		expect(placeAndDate('vi', 'Hải An', '2025-01-08')).toBe('Hải An, ngày 08 tháng 01 năm 2025');
		expect(placeAndDate('vi', 'Hải An', '2025-12-15')).toBe('Hải An, ngày 15 tháng 12 năm 2025');
	});
	it('shows a rate with its counts, other values alone', () => {
		expect(actualText('vi', { unit: 'percent', actual: 50, numerator: 1, denominator: 2 })).toBe(
			'50\u00a0% (1/2)'
		);
		expect(actualText('vi', { unit: 'count', actual: 12246, numerator: null, denominator: null })).toBe(
			'12.246'
		);
		expect(actualText('vi', { unit: 'percent', actual: null, numerator: null, denominator: 0 })).toBe('—');
	});
});
