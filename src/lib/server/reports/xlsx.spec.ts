import { describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import type { Completeness } from '../calendar/board';
import { attachment, missingSchoolsWorkbook } from './xlsx';

const school = (
	code: string,
	state: 'missing' | 'returned' | 'on_time' | 'incomplete',
	daysLeft: number | null,
	missingFigures: string[] = []
) => ({
	id: 1,
	code,
	name: `Trường ${code}`,
	path: '/1/',
	level: 'TH',
	ownership: 'public',
	contactName: `Người ${code}`,
	contactPhone: '0912345678',
	state,
	daysLate: null,
	daysLeft,
	submissionId: null,
	status: state === 'returned' ? ('returned' as const) : null,
	version: null,
	submittedAt: null,
	submittedBy: null,
	comment: null,
	missingFigures
});

const board = {
	unit: { id: 1, code: 'HAIAN', name: 'Phòng GD&ĐT quận Hải An', type: 'district', path: '/1/' },
	period: {
		id: 1,
		key: 'HK1',
		labelVi: 'Học kỳ I, năm học 2024-2025',
		labelEn: 'Semester I',
		startDate: '2024-09-06',
		endDate: '2024-12-05',
		schoolDeadline: '2024-12-05',
		districtDeadline: '2024-12-15',
		status: 'open',
		yearCode: '2024-2025',
		form: { id: 1, code: 'HK1', nameVi: 'HK1', nameEn: 'HK1', levels: ['TH'] }
	},
	today: '2024-12-03',
	counts: {
		expected: 4,
		received: 1,
		onTime: 1,
		late: 0,
		missing: 3,
		returned: 1,
		incomplete: 1,
		completeness: 25,
		timeliness: 25
	},
	schools: [
		school('A', 'missing', 2),
		school('B', 'on_time', null),
		school('C', 'returned', 2),
		school('D', 'incomplete', null, ['TH_HS_BANTRU', 'GV_TS'])
	],
	children: []
} satisfies Completeness;

describe('the missing-schools workbook', () => {
	it('lists the schools owing the report with contact, phone, deadline and days left', async () => {
		const wb = new ExcelJS.Workbook();
		await wb.xlsx.load((await missingSchoolsWorkbook(board, 'vi')).buffer as ArrayBuffer);
		const ws = wb.worksheets[0];
		expect(ws.name).toBe('Chưa nộp');
		const rows = [3, 4, 5].map((i) => (ws.getRow(i).values as unknown[]).slice(1));
		expect(rows).toEqual([
			['Trường A', 'A', 'Người A', '0912345678', '05/12/2024', 2, 'Chưa có báo cáo'],
			['Trường C', 'C', 'Người C', '0912345678', '05/12/2024', 2, 'Bị trả lại'],
			// An incomplete report is still owed: its missing figures named, no days-left (it was sent).
			['Trường D', 'D', 'Người D', '0912345678', '05/12/2024', undefined, 'Nộp chưa đủ: TH_HS_BANTRU, GV_TS']
		]);
		expect(ws.rowCount).toBe(5);
	});
	it('names the file in ASCII and in UTF-8', () => {
		expect(attachment('chưa-nộp.xlsx')).toBe(
			`attachment; filename="chua-nop.xlsx"; filename*=UTF-8''ch%C6%B0a-n%E1%BB%99p.xlsx`
		);
	});
});
