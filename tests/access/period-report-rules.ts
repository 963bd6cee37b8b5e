// Access rules of the period reports (spread into route-rules.ts). Imports types only.
import type { Account, RouteRule } from './route-rules';

const HAIAN_READERS: readonly Account[] = ['admin', 'province', 'district', 'inspector'];
const PERIOD = 'unit=HAIAN&year=2024-2025&period=CUOI_NAM';
const FORM = {
	unit: 'HAIAN',
	year: '2024-2025',
	period: 'CUOI_NAM',
	superior: 'UBND quận Hải An',
	issuer: 'Phòng Giáo dục và Đào tạo',
	docNumber: '01/BC-PGDĐT',
	place: 'Hải An',
	issuedOn: '20/05/2025',
	title: 'Kết quả thực hiện chỉ tiêu năm học 2024-2025',
	intro: '',
	conclusions: '',
	signerTitle: 'Trưởng phòng',
	signerName: 'Ma Trận',
	recipients: 'Lưu: VT'
};

/** Report 1 is the first one generated: by the generate rule below (admin runs first), on Hải An. */
export const periodReportRules: RouteRule[] = [
	{ page: '/(app)/reporting/reports', url: `/reporting/reports?${PERIOD}`, allow: HAIAN_READERS },
	{
		page: '/(app)/reporting/reports',
		name: 'An Lão’s reports',
		url: '/reporting/reports?unit=ANLAO',
		allow: ['admin', 'province', 'anlao']
	},
	{
		action: '/(app)/reporting/reports?/generate',
		url: `/reporting/reports?${PERIOD}`,
		allow: ['admin', 'province', 'district'],
		form: FORM
	},
	{
		endpoint: 'GET /(app)/reporting/reports/[id]/report.docx',
		url: '/reporting/reports/1/report.docx',
		allow: HAIAN_READERS
	},
	{
		endpoint: 'GET /(app)/reporting/reports/[id]/report.pdf',
		url: '/reporting/reports/1/report.pdf',
		allow: HAIAN_READERS
	}
];
