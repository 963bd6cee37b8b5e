// A small, real-looking report for tests (Hải An, end of year 2024-2025).
import type { PeriodReportInput } from './model';

export function sampleReport(): PeriodReportInput {
	return {
		text: {
			superior: 'UBND quận Hải An',
			issuer: 'Phòng Giáo dục và Đào tạo',
			docNumber: '215/BC-PGDĐT',
			place: 'Hải An',
			issuedOn: '2025-05-05',
			title: 'Kết quả thực hiện chỉ tiêu kế hoạch năm học 2024-2025, kỳ Cuối năm',
			intro: 'Năm học 2024-2025, toàn quận có 38 trường.\nCác trường đã triển khai kế hoạch.',
			conclusions: 'Đề nghị các trường chưa đạt chỉ tiêu xây dựng kế hoạch khắc phục.',
			signerTitle: 'KT. Trưởng phòng\nPhó Trưởng phòng',
			signerName: 'Nguyễn Văn An',
			recipients: ['Sở GD&ĐT (để b/c)', 'UBND quận (để b/c)', 'Các trường MN, TH, THCS', 'Lưu: VT']
		},
		figures: {
			version: 1,
			unit: { code: 'HAIAN', name: 'Quận Hải An', type: 'district' },
			period: {
				yearCode: '2024-2025',
				key: 'CUOI_NAM',
				labelVi: 'Cuối năm',
				labelEn: 'End of year',
				formNameVi: 'Thống kê cuối năm'
			},
			groups: [
				{
					key: 'scale',
					rows: [
						{
							code: 'MN_TL_HUYDONG',
							name: 'Tỷ lệ huy động trẻ',
							unit: 'percent',
							actual: 85.7,
							numerator: 7910,
							denominator: 9232,
							targetText: '≥ 85 %',
							status: 'met',
							judged: 22,
							offTrack: 3
						},
						{
							code: 'TH_TS_LOP',
							name: 'Tổng số lớp tiểu học',
							unit: 'count',
							actual: 291,
							numerator: null,
							denominator: null,
							targetText: '= 291',
							status: 'met',
							judged: 0,
							offTrack: 0
						}
					]
				},
				{
					key: 'quality',
					rows: [
						{
							code: 'TH_TL_2BUOI',
							name: 'Tỷ lệ học sinh học 2 buổi/ngày',
							unit: 'percent',
							actual: 92.1,
							numerator: 1024,
							denominator: 1112,
							targetText: '≥ 97 %',
							status: 'off_track',
							judged: 10,
							offTrack: 2
						}
					]
				}
			],
			underTarget: [
				{
					code: 'HA-TH-THANHTO',
					name: 'Trường Tiểu học Thành Tô',
					misses: [
						{
							code: 'TH_TL_2BUOI',
							name: 'Tỷ lệ học sinh học 2 buổi/ngày',
							unit: 'percent',
							actual: 88,
							targetText: '≥ 97 %'
						}
					]
				}
			],
			subUnits: 'schools',
			completeness: {
				expected: 38,
				received: 36,
				onTime: 33,
				late: 3,
				missing: 2,
				completeness: (36 / 38) * 100,
				timeliness: (33 / 38) * 100,
				notReceived: ['Trường Mầm non Cát Bi', 'Trường THCS Đằng Lâm'],
				lateSchools: ['Trường Tiểu học Cát Bi']
			},
			explanations: [],
			takenAt: '2025-05-05T02:00:00.000Z'
		}
	};
}
