// Demo school years, report forms and reporting periods with their two deadlines
// (school → district, district → province), from domain.md §3 and seeds 000, 002, 003.
import type { FormDef, PeriodDef } from '$lib/domain/types';
import { buildMonthPeriods } from '../../school-years/year-months';

/**
 * Seed 003 (2023-2024): classes start 05/09, semester I 06/09–15/01, semester II 16/01–25/05, year ends 31/05.
 * Seeds 000/004 confirm the 05/09 opening for 2024-2025 and 2025-2026; the other dates (and 2026-2027,
 * the year in progress) follow the same frame.
 */
export const schoolYears: {
	code: string;
	start: string;
	end: string;
	hk1: [string, string];
	hk2: [string, string];
}[] = [
	{
		code: '2023-2024',
		start: '2023-09-05',
		end: '2024-05-31',
		hk1: ['2023-09-06', '2024-01-15'],
		hk2: ['2024-01-16', '2024-05-25']
	},
	{
		code: '2024-2025',
		start: '2024-09-05',
		end: '2025-05-31',
		hk1: ['2024-09-06', '2025-01-15'],
		hk2: ['2025-01-16', '2025-05-25']
	},
	{
		code: '2025-2026',
		start: '2025-09-05',
		end: '2026-05-31',
		hk1: ['2025-09-06', '2026-01-15'],
		hk2: ['2026-01-16', '2026-05-25']
	},
	{
		code: '2026-2027',
		start: '2026-09-05',
		end: '2027-05-31',
		hk1: ['2026-09-06', '2027-01-15'],
		hk2: ['2027-01-16', '2027-05-25']
	}
];

/**
 * The demo's fixed "today": 2026-2027 is under way, with only the reports due by then received.
 * A constant, not the clock, so the demo and the tests built on it never drift.
 */
export const DEMO_AS_OF = '2026-11-20';

export const forms: FormDef[] = [
	{
		code: 'DAU_NAM',
		nameVi: 'Thống kê đầu năm học',
		nameEn: 'Start-of-year statistics',
		periodType: 'school_year',
		levels: ['MN', 'TH', 'THCS', 'THPT']
	},
	{
		code: 'CAN_DO',
		nameVi: 'Cân đo, theo dõi biểu đồ tăng trưởng',
		nameEn: 'Growth monitoring (preschool)',
		periodType: 'school_year',
		levels: ['MN']
	},
	{
		code: 'HK1',
		nameVi: 'Kết quả học kỳ I',
		nameEn: 'Semester I results',
		periodType: 'school_year',
		levels: ['MN', 'TH', 'THCS', 'THPT']
	},
	{
		code: 'CUOI_NAM',
		nameVi: 'Thống kê cuối năm học',
		nameEn: 'End-of-year results',
		periodType: 'school_year',
		levels: ['MN', 'TH', 'THCS', 'THPT']
	},
	{
		code: 'THANG',
		nameVi: 'Báo cáo tháng',
		nameEn: 'Monthly report',
		periodType: 'monthly',
		levels: ['MN', 'TH', 'THCS', 'THPT']
	}
];

const pad = (n: number) => String(n).padStart(2, '0');
const iso = (y: number, m: number, d: number) => `${y}-${pad(m)}-${pad(d)}`;

/** The reporting periods of one school year ('2024-2025'), in deadline order. Unknown year → []. */
export function periodsFor(yearCode: string): PeriodDef[] {
	const year = schoolYears.find((y) => y.code === yearCode);
	if (!year) return [];
	const y1 = Number(yearCode.slice(0, 4));
	const y2 = y1 + 1;
	const label = `năm học ${yearCode}`;
	const labelEn = `school year ${yearCode}`;

	const periods: PeriodDef[] = [
		{
			form: 'DAU_NAM',
			key: 'DAU_NAM',
			labelVi: `Thống kê đầu ${label}`,
			labelEn: `Start of ${labelEn}`,
			start: year.start,
			end: iso(y1, 9, 25),
			schoolDeadline: iso(y1, 9, 25), // periodic statistics and PCGD 5-year-old figures (seed 002)
			districtDeadline: iso(y1, 10, 5)
		},
		{
			form: 'CAN_DO',
			key: 'CAN_DO_1',
			labelVi: `Cân đo lần 1, ${label}`,
			labelEn: `Growth monitoring round 1, ${labelEn}`,
			start: year.start,
			end: iso(y1, 9, 25),
			schoolDeadline: iso(y1, 9, 25),
			districtDeadline: iso(y1, 10, 5)
		},
		{
			form: 'CAN_DO',
			key: 'CAN_DO_2',
			labelVi: `Cân đo lần 2, ${label}`,
			labelEn: `Growth monitoring round 2, ${labelEn}`,
			start: iso(y1, 11, 20),
			end: iso(y1, 12, 5),
			schoolDeadline: iso(y1, 12, 5),
			districtDeadline: iso(y1, 12, 15)
		},
		{
			form: 'HK1',
			key: 'HK1',
			labelVi: `Học kỳ I, ${label}`,
			labelEn: `Semester I, ${labelEn}`,
			start: year.hk1[0],
			end: iso(y1, 12, 5),
			schoolDeadline: iso(y1, 12, 5),
			districtDeadline: iso(y1, 12, 15)
		},
		{
			form: 'CAN_DO',
			key: 'CAN_DO_3',
			labelVi: `Cân đo lần 3, ${label}`,
			labelEn: `Growth monitoring round 3, ${labelEn}`,
			start: iso(y2, 4, 20),
			end: iso(y2, 5, 5),
			schoolDeadline: iso(y2, 5, 5),
			districtDeadline: iso(y2, 5, 10)
		},
		{
			form: 'CUOI_NAM',
			key: 'CUOI_NAM',
			labelVi: `Cuối ${label}`,
			labelEn: `End of ${labelEn}`,
			start: year.hk2[0],
			end: iso(y2, 5, 10),
			schoolDeadline: iso(y2, 5, 10),
			districtDeadline: iso(y2, 5, 15)
		}
	];

	// Monthly items (news posts…): September to May; school by the 5th of the next month, district by the 10th.
	const months = { startDate: iso(y1, 9, 1), endDate: iso(y2, 5, 31) };
	for (const p of buildMonthPeriods('THANG', months, { school: 5, district: 10 })) {
		const { key, labelVi, labelEn, schoolDeadline, districtDeadline } = p;
		periods.push({
			form: p.formCode,
			key,
			labelVi,
			labelEn,
			start: p.startDate,
			end: p.endDate,
			schoolDeadline,
			districtDeadline
		});
	}
	return periods.sort((a, b) => a.schoolDeadline.localeCompare(b.schoolDeadline));
}
