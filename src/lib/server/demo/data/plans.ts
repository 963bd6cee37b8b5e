// Demo plans: the targets of seed 003 (An Lão, primary, 2023-2024) and seed 004 (Hải An, 2024-2025),
// plus derived years so that year-over-year views have something to compare. `source` quotes the seed.
import type { PlanDef, TargetDef } from '$lib/domain/types';
import { indicators } from '../../catalogue/standard';
import { districts } from './units';

type Scope = TargetDef['scope'];
const AREA: Scope = { kind: 'area' };
const group = (code: string): Scope => ({ kind: 'group', group: code });
const school = (code: string): Scope => ({ kind: 'school', school: code });

const schoolsOf = (district: string) => districts.find((d) => d.code === district)?.schools ?? [];
const codes = (district: string, keep: (s: ReturnType<typeof schoolsOf>[number]) => boolean) =>
	schoolsOf(district)
		.filter(keep)
		.map((s) => s.code);

/** Groups the plans address separately (ownership, or one level's schools). */
export const demoGroups: {
	code: string;
	nameVi: string;
	nameEn: string;
	kind: 'custom';
	schools: string[];
}[] = [
	{
		code: 'HAIAN-MN-CONGLAP',
		nameVi: 'Mầm non công lập quận Hải An',
		nameEn: 'Hải An public preschools',
		kind: 'custom',
		schools: codes('HAIAN', (s) => s.level === 'MN' && s.ownership === 'public')
	},
	{
		code: 'HAIAN-MN-NGOAICONGLAP',
		nameVi: 'Mầm non ngoài công lập quận Hải An',
		nameEn: 'Hải An non-public preschools',
		kind: 'custom',
		schools: codes('HAIAN', (s) => s.level === 'MN' && s.ownership === 'non_public')
	},
	{
		code: 'HAIAN-TH',
		nameVi: 'Các trường tiểu học quận Hải An (kể cả TH&THCS)',
		nameEn: 'Hải An primary schools (incl. combined TH&THCS)',
		kind: 'custom',
		schools: codes('HAIAN', (s) => s.level === 'TH' || s.level === 'TH_THCS')
	},
	{
		code: 'HAIAN-THCS',
		nameVi: 'Các trường THCS quận Hải An',
		nameEn: 'Hải An lower-secondary schools',
		kind: 'custom',
		schools: codes('HAIAN', (s) => s.level === 'THCS')
	},
	{
		code: 'ANLAO-TIEUHOC',
		nameVi: 'Các trường Tiểu học, TH&THCS huyện An Lão',
		nameEn: 'An Lão primary and combined TH&THCS schools',
		kind: 'custom',
		schools: codes('ANLAO', (s) => s.level === 'TH' || s.level === 'TH_THCS')
	}
];

function t(
	indicator: string,
	comparator: TargetDef['comparator'],
	value: number | [number, number],
	scope: Scope,
	source: string,
	extra: Partial<TargetDef> = {}
): TargetDef {
	const v = Array.isArray(value) ? { min: value[0], max: value[1] } : { value };
	return { indicator, comparator, ...v, scope, source, ...extra };
}
const atStart = { judgedAt: 'DAU_NAM' };
const planned = (n: number, d: number) => ({
	judgedAt: 'DAU_NAM',
	plannedNumerator: n,
	plannedDenominator: d
});

// ---- Seed 004: Hải An, 2024-2025 ----
const MN_CL = group('HAIAN-MN-CONGLAP');
const MN_NCL = group('HAIAN-MN-NGOAICONGLAP');
const HA_TH = group('HAIAN-TH');
const HA_THCS = group('HAIAN-THCS');

const haiAn2024: TargetDef[] = [
	t(
		'MN_TL_HUYDONG',
		'gte',
		85.7,
		AREA,
		'Số trẻ huy động ra lớp: 7.910 trẻ/9.232 (85,7%)',
		planned(7910, 9232)
	),
	t('MN_TL_HUYDONG_NT', 'gte', 56.6, AREA, 'trẻ Nhà trẻ: 1.640/2.898 = 56,6%', planned(1640, 2898)),
	t('MN_TL_HUYDONG_MG', 'gte', 99, AREA, 'trẻ Mẫu giáo: 6.270/6.334 (99%)', planned(6270, 6334)),
	t('MN_TL_HUYDONG_5T', 'gte', 100, AREA, 'Trẻ 5 tuổi: 2.348/2.348=100%', planned(2348, 2348)),
	t('TH_TS_HS', 'gte', 12246, AREA, 'Tiểu học: Huy động 12.246 học sinh/291 lớp', atStart),
	t('TH_TS_LOP', 'eq', 291, AREA, 'Tiểu học: Huy động 12.246 học sinh/291 lớp', atStart),
	t('TH_HS_LOP1', 'gte', 2227, AREA, 'tuyển sinh vào lớp 1 là 2.227 học sinh/57 lớp', atStart),
	t('TH_LOP1', 'eq', 57, AREA, 'tuyển sinh vào lớp 1 là 2.227 học sinh/57 lớp', atStart),
	t('THCS_TS_HS', 'gte', 10932, AREA, 'Trung học cơ sở: Huy động: 10.932 học sinh/227 lớp', atStart),
	t('THCS_TS_LOP', 'eq', 227, AREA, 'Trung học cơ sở: Huy động: 10.932 học sinh/227 lớp', atStart),
	t('THCS_HS_LOP6', 'gte', 2737, AREA, 'tuyển sinh vào lớp 6 là 2.737 học sinh/59 lớp', atStart),
	t('THCS_LOP6', 'eq', 59, AREA, 'tuyển sinh vào lớp 6 là 2.737 học sinh/59 lớp', atStart),

	t(
		'GV_TL_DATCHUAN',
		'range',
		[99, 99.5],
		MN_CL,
		'Trình độ chuyên môn Mầm non – Đạt chuẩn: Công lập: 99-99,5%'
	),
	t(
		'GV_TL_DATCHUAN',
		'range',
		[71, 72],
		MN_NCL,
		'Trình độ chuyên môn Mầm non – Đạt chuẩn: Ngoài công lập: 71-72%'
	),
	t('GV_TL_DATCHUAN', 'range', [97, 98], HA_TH, 'Trình độ chuyên môn Tiểu học – Đạt chuẩn: 97-98%'),
	t('GV_TL_DATCHUAN', 'gte', 100, HA_THCS, 'Trình độ chuyên môn Trung học cơ sở – Đạt chuẩn: 100%'),
	t('GV_TL_TRENCHUAN', 'range', [90, 91], MN_CL, 'Trên chuẩn: Công lập: 90-91% (Đại học, Thạc sỹ)'),
	t('GV_TL_TRENCHUAN', 'range', [10, 11], HA_TH, 'Trên chuẩn Tiểu học: 10-11% (Thạc sỹ)'),
	t('GV_TL_TRENCHUAN', 'range', [14, 15], HA_THCS, 'Trên chuẩn Trung học cơ sở: 14-15% (Thạc sỹ)'),
	t(
		'GV_VIPHAM',
		'lte',
		0,
		AREA,
		'100% cán bộ, giáo viên, nhân viên không vi phạm quy định về đạo đức nhà giáo'
	),

	t(
		'MN_TL_KHAMSK',
		'gte',
		100,
		AREA,
		'100% trẻ được kiểm tra, theo dõi sức khỏe và đánh giá tình trạng dinh dưỡng bằng biểu đồ tăng trưởng',
		{ judgedAt: 'CAN_DO_3' }
	),
	t('MN_TL_TUPHUCVU', 'gte', 95, AREA, 'Trên 95% trẻ có kĩ năng tự phục vụ phù hợp với độ tuổi.'),
	t('MN_TL_DAT5LV', 'range', [88, 96], AREA, 'Trẻ đạt mục tiêu 05 lĩnh vực phát triển: 88-96%'),
	t('MN_TL_CANBT', 'range', [94, 97], AREA, 'Tỷ lệ trẻ kênh bình thường đạt 94-97%.', {
		judgedAt: 'CAN_DO_3'
	}),
	t(
		'MN_TL_SDD',
		'change',
		-1.5,
		AREA,
		'Tỷ lệ trẻ suy dinh dưỡng thể nhẹ cân và thấp còi: giảm 1,5% so với đầu năm.',
		{
			baseline: 'CAN_DO_1',
			judgedAt: 'CAN_DO_3'
		}
	),
	t('MN_TL_BEOPHI', 'change', 0, AREA, 'Khống chế tỷ lệ trẻ thừa cân béo phì.', {
		baseline: 'CAN_DO_1',
		judgedAt: 'CAN_DO_3'
	}),

	t('TH_TL_HTXS', 'range', [55, 60], AREA, 'Học sinh Hoàn thành xuất sắc: 55-60%'),
	t('TH_TL_HTT', 'range', [15, 17], AREA, 'Hoàn thành Tốt: 15-17%'),
	t('TH_TL_HT', 'range', [20, 23], AREA, 'Hoàn thành: 20-23%'),
	t('TH_TL_CHT', 'range', [0.1, 0.2], AREA, 'Chưa hoàn thành: 0,1-0,2%.'),
	t('THCS_TL_RL_TOT', 'range', [95, 97], AREA, 'Kết quả rèn luyện: Tốt: 95-97%'),
	t('THCS_TL_RL_KHA', 'range', [2.5, 4.5], AREA, 'Kết quả rèn luyện: Khá: 2,5-4,5%'),
	t('THCS_TL_RL_DAT', 'lte', 0.5, AREA, 'Kết quả rèn luyện: Đạt: 0,5%'),
	t('THCS_TL_RL_CHUADAT', 'lte', 0, AREA, 'Kết quả rèn luyện: Chưa đạt: 0%.'),
	t('THCS_TL_HT_TOT', 'range', [55, 60], AREA, 'Kết quả học tập: Tốt: 55-60%'),
	t('THCS_TL_HT_KHA', 'range', [30, 33], AREA, 'Kết quả học tập: Khá: 30-33%'),
	t('THCS_TL_HT_DAT', 'range', [9, 12], AREA, 'Kết quả học tập: Đạt: 9-12%'),
	t('THCS_TL_HT_CHUADAT', 'range', [0.5, 1], AREA, 'Kết quả học tập: Chưa đạt: 0,5-1%.'),
	t('THCS_TL_TN', 'gte', 100, AREA, '100% học sinh lớp 9 tốt nghiệp trung học cơ sở'),
	t('THCS_TL_TN_GIOI', 'range', [70, 75], AREA, 'tốt nghiệp trung học cơ sở, trong đó: giỏi: 70-75%'),
	t('THCS_TL_TN_KHA', 'range', [20, 25], AREA, 'tốt nghiệp trung học cơ sở, trong đó: khá: 20-25%'),
	t('THCS_TL_TN_TB', 'range', [0, 5], AREA, 'tốt nghiệp trung học cơ sở, trong đó: trung bình: 0-5%'),

	t(
		'TL_TRUONG_TUDANHGIA',
		'gte',
		100,
		AREA,
		'100% trường Mầm non, Tiểu học, Trung học cơ sở tự đánh giá chất lượng giáo dục.'
	),
	t(
		'KDCL_CAPDO',
		'level_gte',
		2,
		school('HA-MN-TRANGCAT'),
		'Thực hiện đánh giá ngoài chu kỳ 2 trường: Mầm non Tràng Cát'
	),
	t(
		'KDCL_CAPDO',
		'level_gte',
		2,
		school('HA-THCS-DANGLAM'),
		'Thực hiện đánh giá ngoài chu kỳ 2 trường: … Trung học cơ sở Đằng Lâm'
	),
	t(
		'KDCL_CAPDO',
		'level_gte',
		3,
		school('HA-MN-CATBI'),
		'đánh giá ngoài chu kỳ 2 và công nhận trường đạt chuẩn quốc gia mức 2 trường Mầm non Cát Bi'
	),
	t(
		'CHUAN_QG_MUC',
		'level_gte',
		2,
		school('HA-MN-CATBI'),
		'đánh giá ngoài chu kỳ 2 và công nhận trường đạt chuẩn quốc gia mức 2 trường Mầm non Cát Bi'
	),
	t(
		'KDCL_CAPDO',
		'level_gte',
		3,
		school('HA-TH-THANHTO'),
		'đánh giá ngoài chu kỳ 1 trường Tiểu học Thành Tô'
	),
	t(
		'CHUAN_QG_MUC',
		'level_gte',
		2,
		school('HA-TH-THANHTO'),
		'trường Tiểu học Thành Tô đạt chuẩn quốc gia mức 2.'
	),
	t(
		'CHUAN_QG_MUC',
		'level_gte',
		1,
		school('HA-MN-THANHTO'),
		'Xây dựng trường Mầm non Thành Tô đạt chuẩn Quốc gia mức 1'
	),

	t(
		'PCGD_MN5T_MUC',
		'level_gte',
		1,
		AREA,
		'Phổ cập giáo dục Mầm non cho trẻ 5 tuổi: Huy động 100% trẻ 5 tuổi ra lớp và hoàn thành chương trình giáo dục mầm non.'
	),
	t(
		'PCGD_TH_MUC',
		'level_gte',
		3,
		AREA,
		'Phổ cập giáo dục Tiểu học, phổ cập giáo dục Trung học cơ sở đạt mức độ 3.'
	),
	t(
		'PCGD_THCS_MUC',
		'level_gte',
		3,
		AREA,
		'Phổ cập giáo dục Tiểu học, phổ cập giáo dục Trung học cơ sở đạt mức độ 3.'
	),
	t('XMC_MUC', 'level_gte', 2, AREA, 'Xóa mù chữ đạt mức độ 2.'),
	t(
		'PH_SO_THONGMINH',
		'gte',
		10,
		AREA,
		'Các trường vận hành hiệu quả 10 lớp học thông minh đã được Uỷ ban nhân dân quận đầu tư, trang bị.'
	)
];

// ---- Seed 003: An Lão, primary and TH&THCS schools, 2023-2024 ----
const AL_TH = group('ANLAO-TIEUHOC');
const smartRooms = [
	'AL-TH-THITRAN',
	'AL-TH-QUANGTRUNG',
	'AL-TH-TANDAN',
	'AL-TH-CHIENTHANG',
	'AL-TH-TRUONGSON',
	'AL-TH-ANTIEN'
];
const reRecognised = [
	'AL-TH-ANTIEN',
	'AL-TH-ANTHANG',
	'AL-TH-TANDAN',
	'AL-TH-TRANTATVAN',
	'AL-TH-MYDUC1',
	'AL-TH-MYDUC2'
];
const newLevel2 = ['AL-TH-CHIENTHANG', 'AL-TH-NGUYENDOCTIN', 'AL-TH-QUOCTUAN'];

const anLao2023: TargetDef[] = [
	t('TH_TL_2BUOI', 'gte', 97, AREA, 'số học sinh được học 2 buổi/ngày đạt 97% trở lên', atStart),
	t('TH_TL_NGOAINGU', 'gte', 99, AREA, 'tỷ lệ học sinh học ngoại ngữ đạt 99% trở lên', atStart),
	t('TH_TL_BANTRU', 'gte', 20, AREA, 'học sinh bán trú phấn đấu đạt 20%', atStart),
	t('TH_TL_HOANTHANH', 'gte', 99, AREA, 'Kết quả học tập: 99% trở lên học sinh xếp loại hoàn thành'),
	t('TH_TL_HTXS', 'gte', 40, AREA, 'trong đó 40% trở lên hoàn thành xuất sắc nhiệm vụ'),
	t(
		'TH_TL_PCNL_DAT',
		'gte',
		100,
		AREA,
		'Năng lực, phẩm chất: 100% học sinh xếp loại đạt (tất cả các nội dung)'
	),
	t('TH_TL_PCNL_TOT', 'gte', 75, AREA, 'trong đó 75% trở lên xếp loại tốt'),
	t('TH_TL_HTCTTH', 'gte', 100, AREA, '100% học sinh hoàn thành chương trình Tiểu học.'),
	t(
		'TL_TRUONG_TINBAI',
		'gte',
		100,
		AL_TH,
		'Hàng tháng mỗi nhà trường có ít nhất 04 tin bài đăng trên (website) cổng thông tin điện tử của ngành.',
		{
			judgedAt: 'THANG'
		}
	),
	t('PH_TL_MAYCHIEU', 'gte', 100, AL_TH, '100% phòng học được trang bị máy chiếu, tivi màn hình rộng'),
	t('TL_TRUONG_CAMERA', 'gte', 80, AL_TH, '80% các trường có hệ thống camera quản lý nhà trường, lớp học'),
	t('TL_TRUONG_PHONGTHONGMINH', 'gte', 50, AL_TH, '50% trường có phòng học thông minh'),
	...smartRooms.map((code) =>
		t(
			'TL_TRUONG_PHONGTHONGMINH',
			'gte',
			100,
			school(code),
			'50% trường có phòng học thông minh (Thị trấn, Quang Trung, Tân Dân, Chiến Thắng, Trường Sơn, An Tiến,…)'
		)
	),
	t('TL_TRUONG_THUVIENSO', 'gte', 30, AL_TH, '30% các trường có thư viện số.'),
	t('TL_TRUONG_TUDANHGIA', 'gte', 100, AL_TH, '100% các trường thực hiện tốt công tác tự đánh giá'),
	...reRecognised.map((code) =>
		t(
			'CHUAN_QG_MUC',
			'level_gte',
			1,
			school(code),
			'Công nhận lại trường chuẩn quốc gia mức độ 1: TH An Tiến, An Thắng, Tân Dân, Trần Tất Văn, Mĩ Đức 1, Mĩ Đức 2.'
		)
	),
	...newLevel2.map((code) =>
		t(
			'CHUAN_QG_MUC',
			'level_gte',
			2,
			school(code),
			'Công nhận mới các trường TH đạt chuẩn quốc gia 2: TH Chiến Thắng, Nguyễn Đốc Tín, Quốc Tuấn.'
		)
	),
	t('TH_TL_VAOLOP1', 'gte', 100, AREA, 'Huy động 100% học sinh 6 tuổi vào học lớp 1', atStart),
	t('TH_HS_BOHOC', 'lte', 0, AREA, 'Duy trì sĩ số, không có học sinh bỏ học'),
	t(
		'PCGD_TH_MUC',
		'level_gte',
		3,
		AREA,
		'Củng cố duy trì vững chắc chất lượng Phổ cập giáo dục tiểu học mức độ 3 … tại 17/17 đơn vị xã, thị trấn.'
	),
	t('XMC_MUC', 'level_gte', 2, AREA, 'xóa mù chữ mức độ 2 tại 17/17 đơn vị xã, thị trấn.'),
	t('GV_VIPHAM', 'lte', 0, AL_TH, 'Không có cán bộ giáo viên vi phạm đạo đức Nhà giáo'),
	t('GV_TL_DATCHUAN', 'gte', 100, AL_TH, 'phấn đấu 100% giáo viên Tiểu học đạt chuẩn')
];

// ---- Derived years (illustrative; no source document) ----
const nameOf = (code: string) => indicators.find((i) => i.code === code)?.nameVi ?? code;
/** Vietnamese number format: 7.910; 85,7. */
function num(n: number): string {
	const [int, dec] = String(Math.abs(n)).split('.');
	const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
	return `${n < 0 ? '−' : ''}${grouped}${dec ? `,${dec}` : ''}`;
}
const allSchools = districts.flatMap((d) => d.schools);
function describe(x: TargetDef): string {
	const percent = indicators.find((i) => i.code === x.indicator)?.unit === 'percent';
	const pct = percent && x.comparator !== 'change' ? '%' : '';
	const v = x.comparator === 'range' ? `${num(x.min!)}–${num(x.max!)}${pct}` : `${num(x.value!)}${pct}`;
	const op = { gte: '≥ ', lte: '≤ ', eq: '= ', range: '', change: 'thay đổi ', level_gte: 'mức ≥ ' }[
		x.comparator
	];
	const s = x.scope;
	const who =
		s.kind === 'school'
			? ` – ${allSchools.find((c) => c.code === s.school)?.name ?? s.school}`
			: s.kind === 'group'
				? ` – ${demoGroups.find((g) => g.code === s.group)?.nameVi ?? s.group}`
				: '';
	return `${nameOf(x.indicator)}${who}: ${op}${v}${x.comparator === 'change' ? ' điểm phần trăm' : ''}`;
}

const COUNTS = new Set([
	'TH_TS_HS',
	'TH_TS_LOP',
	'TH_HS_LOP1',
	'TH_LOP1',
	'THCS_TS_HS',
	'THCS_TS_LOP',
	'THCS_HS_LOP6',
	'THCS_LOP6'
]);
const SHIFT_DOWN: Record<string, number> = {
	TH_TL_HTXS: 2,
	THCS_TL_RL_TOT: 1,
	THCS_TL_HT_TOT: 2,
	THCS_TL_TN_GIOI: 2,
	GV_TL_DATCHUAN: 1,
	GV_TL_TRENCHUAN: 2
};
const ENROL_2023: Record<string, [number, number, number]> = {
	MN_TL_HUYDONG: [84.5, 7650, 9050],
	MN_TL_HUYDONG_NT: [55, 1560, 2836],
	MN_TL_HUYDONG_MG: [98, 6090, 6214],
	MN_TL_HUYDONG_5T: [100, 2295, 2295]
};
const round1 = (n: number) => Math.round(n * 10) / 10;

/** Hải An 2023-2024: the 2024-2025 targets, a little lower. */
function lowerFor2023(x: TargetDef): TargetDef | null {
	const y: TargetDef = { ...x };
	const enrol = ENROL_2023[x.indicator];
	if (enrol) [y.value, y.plannedNumerator, y.plannedDenominator] = enrol;
	else if (COUNTS.has(x.indicator)) y.value = Math.round(x.value! * 0.97);
	else if (x.comparator === 'range' && SHIFT_DOWN[x.indicator]) {
		y.min = round1(x.min! - SHIFT_DOWN[x.indicator]);
		y.max = round1(x.max! - SHIFT_DOWN[x.indicator]);
	} else if (x.comparator === 'gte' && x.indicator === 'PH_SO_THONGMINH') y.value = 6;
	else if (x.comparator === 'gte' && x.value! < 100) y.value = round1(x.value! - 1);
	else if (x.comparator === 'level_gte' && x.scope.kind === 'school') {
		if (x.value! <= 1) return null;
		y.value = x.value! - 1;
	}
	y.source = `Minh hoạ năm học 2023-2024 (không có văn bản gốc): ${describe(y)}`;
	return y;
}
const keep =
	(note: string) =>
	(x: TargetDef): TargetDef => ({ ...x, source: `${x.source} (${note})` });

export const plans: PlanDef[] = [
	{
		unit: 'ANLAO',
		schoolYear: '2023-2024',
		titleVi: 'Hướng dẫn thực hiện nhiệm vụ năm học 2023-2024 cấp Tiểu học – huyện An Lão',
		titleEn: 'An Lão district: primary education tasks and targets, 2023-2024',
		targets: anLao2023
	},
	{
		unit: 'ANLAO',
		schoolYear: '2024-2025',
		titleVi: 'Chỉ tiêu năm học 2024-2025 cấp Tiểu học – huyện An Lão (minh hoạ, giữ như 2023-2024)',
		titleEn: 'An Lão district: primary targets 2024-2025 (illustrative, as in 2023-2024)',
		targets: anLao2023.map(keep('giữ như năm học 2023-2024; minh hoạ'))
	},
	{
		unit: 'HAIAN',
		schoolYear: '2023-2024',
		titleVi: 'Kế hoạch công tác Giáo dục và Đào tạo năm học 2023-2024 – quận Hải An (minh hoạ)',
		titleEn: 'Hải An district: education plan 2023-2024 (illustrative)',
		targets: haiAn2024.map(lowerFor2023).filter((x): x is TargetDef => x !== null)
	},
	{
		unit: 'HAIAN',
		schoolYear: '2024-2025',
		titleVi: 'Kế hoạch triển khai thực hiện công tác Giáo dục và Đào tạo năm học 2024-2025 – quận Hải An',
		titleEn: 'Hải An district: education plan 2024-2025',
		targets: haiAn2024
	},
	{
		unit: 'HAIAN',
		schoolYear: '2025-2026',
		titleVi: 'Chỉ tiêu năm học 2025-2026 – địa bàn quận Hải An cũ (minh hoạ, giữ như 2024-2025)',
		titleEn: 'Former Hải An district: targets 2025-2026 (illustrative, as in 2024-2025)',
		targets: haiAn2024.map(keep('giữ như kế hoạch 2024-2025; minh hoạ'))
	}
];
