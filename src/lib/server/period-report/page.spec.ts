import { describe, expect, it } from 'vitest';
import { defaultText, localityOf, placeOf } from './page';

describe('the form’s defaults', () => {
	it('read the locality and the place from the office’s name', () => {
		expect(localityOf('Phòng GD&ĐT quận Hải An')).toBe('quận Hải An');
		expect(placeOf('Phòng GD&ĐT quận Hải An')).toBe('Hải An');
		expect(placeOf('Phòng Giáo dục và Đào tạo huyện An Lão')).toBe('An Lão');
		expect(placeOf('Sở Giáo dục và Đào tạo Hải Phòng')).toBe('Hải Phòng');
	});

	it('fill a district office’s header, title and recipients', () => {
		const text = defaultText(
			'vi',
			{ name: 'Phòng GD&ĐT quận Hải An', type: 'district' },
			{ yearCode: '2024-2025', labelVi: 'Học kỳ I năm học 2024-2025', labelEn: 'Semester I 2024-2025' },
			'2025-01-10'
		);
		expect(text).toMatchObject({
			superior: 'UBND quận Hải An',
			issuer: 'Phòng Giáo dục và Đào tạo',
			place: 'Hải An',
			issuedOn: '2025-01-10',
			title: 'Kết quả thực hiện chỉ tiêu kế hoạch học kỳ I năm học 2024-2025',
			signerTitle: 'Trưởng phòng'
		});
		expect(text.recipients).toContain('UBND quận Hải An (để b/c)');
		expect(text.recipients.at(-1)).toBe('Lưu: VT');
	});

	it('leave a province’s superior body to be typed', () => {
		const text = defaultText(
			'vi',
			{ name: 'Sở Giáo dục và Đào tạo Hải Phòng', type: 'province' },
			{ yearCode: '2024-2025', labelVi: 'Cuối năm học 2024-2025', labelEn: 'End of year' },
			'2025-05-20'
		);
		expect(text).toMatchObject({
			superior: '',
			issuer: 'Sở Giáo dục và Đào tạo Hải Phòng',
			signerTitle: 'Giám đốc'
		});
		expect(text.docNumber).toMatch(/\/BC-SGDĐT$/);
	});
});
