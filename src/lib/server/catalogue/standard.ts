// The standard catalogue a province loads (catalogue/load-standard.ts): the figure codes of domain.md
// §4 (the contract with schools' files: keep them exactly), the indicators computed from them (a
// district's rate is Σ numerators / Σ denominators) and the consistency rules between the figures.
import type { BaseLevel, DataElementDef, IndicatorDef } from '../../domain/types';
import type { RULE_GROUPS } from '../db/schema/catalogue';
import { ruleId, type Rule } from '../imports/rules';

type RuleGroupKey = (typeof RULE_GROUPS)[number];

const MN: BaseLevel[] = ['MN'];
const TH: BaseLevel[] = ['TH'];
const THCS: BaseLevel[] = ['THCS'];
const ALL: BaseLevel[] = ['MN', 'TH', 'THCS', 'THPT'];

function count(
	code: string,
	nameVi: string,
	nameEn: string,
	levels: BaseLevel[],
	forms: string[]
): DataElementDef {
	return { code, nameVi, nameEn, valueType: 'count', levels, unitScope: 'school', forms };
}
function yesNo(code: string, nameVi: string, nameEn: string, forms: string[]): DataElementDef {
	return { code, nameVi, nameEn, valueType: 'yes_no', levels: ALL, unitScope: 'school', forms };
}
function level(
	code: string,
	nameVi: string,
	nameEn: string,
	maxLevel: number,
	scope: 'school' | 'commune'
): DataElementDef {
	const levels = scope === 'school' ? ALL : [];
	const forms = scope === 'school' ? ['DAU_NAM', 'CUOI_NAM'] : ['CUOI_NAM'];
	return { code, nameVi, nameEn, valueType: 'level', levels, unitScope: scope, maxLevel, forms };
}

const D = ['DAU_NAM'];
const C = ['CUOI_NAM'];
const DC = ['DAU_NAM', 'CUOI_NAM'];
const HC = ['HK1', 'CUOI_NAM'];
const DHC = ['DAU_NAM', 'HK1', 'CUOI_NAM'];

export const dataElements: DataElementDef[] = [
	// Preschool (MN)
	count(
		'MN_TRE_NT_DIABAN',
		'Trẻ độ tuổi nhà trẻ (0–2 tuổi) trên địa bàn',
		'Creche-age children (0–2) in the catchment',
		MN,
		D
	),
	count('MN_TRE_NT_RALOP', 'Trẻ nhà trẻ huy động ra lớp', 'Creche-age children enrolled', MN, D),
	count(
		'MN_TRE_MG_DIABAN',
		'Trẻ độ tuổi mẫu giáo (3–5 tuổi) trên địa bàn',
		'Kindergarten-age children (3–5) in the catchment',
		MN,
		D
	),
	count('MN_TRE_MG_RALOP', 'Trẻ mẫu giáo huy động ra lớp', 'Kindergarten-age children enrolled', MN, D),
	count('MN_TRE_5T_DIABAN', 'Trẻ 5 tuổi trên địa bàn', '5-year-olds in the catchment', MN, DC),
	count('MN_TRE_5T_RALOP', 'Trẻ 5 tuổi ra lớp', '5-year-olds enrolled', MN, DC),
	count('MN_TS_TRE', 'Tổng số trẻ đang học', 'Children enrolled', MN, [
		'DAU_NAM',
		'CAN_DO',
		'HK1',
		'CUOI_NAM'
	]),
	count(
		'MN_TRE_KHAMSK',
		'Trẻ được khám sức khỏe, theo dõi bằng biểu đồ tăng trưởng',
		'Children health-checked with a WHO growth chart',
		MN,
		['CAN_DO']
	),
	count(
		'MN_TRE_TUPHUCVU',
		'Trẻ có kĩ năng tự phục vụ phù hợp độ tuổi',
		'Children with age-appropriate self-care skills',
		MN,
		C
	),
	count(
		'MN_TRE_DAT5LV',
		'Trẻ đạt mục tiêu 5 lĩnh vực phát triển',
		'Children meeting goals in the 5 development domains',
		MN,
		C
	),
	count('MN_TRE_CANBT', 'Trẻ có cân nặng ở kênh bình thường', 'Children in the normal weight channel', MN, [
		'CAN_DO'
	]),
	count('MN_TRE_SDD', 'Trẻ suy dinh dưỡng thể nhẹ cân, thấp còi', 'Children underweight or stunted', MN, [
		'CAN_DO'
	]),
	count('MN_TRE_BEOPHI', 'Trẻ thừa cân, béo phì', 'Children overweight or obese', MN, ['CAN_DO']),

	// Primary (TH)
	count('TH_TS_HS', 'Tổng số học sinh tiểu học', 'Primary pupils', TH, DHC),
	count('TH_TS_LOP', 'Tổng số lớp tiểu học', 'Primary classes', TH, D),
	count('TH_HS_LOP1', 'Học sinh tuyển mới vào lớp 1', 'Grade-1 intake', TH, D),
	count('TH_LOP1', 'Số lớp 1', 'Grade-1 classes', TH, D),
	count('TH_TRE6T_DIABAN', 'Trẻ 6 tuổi trên địa bàn', '6-year-olds in the catchment', TH, D),
	count('TH_TRE6T_VAOLOP1', 'Trẻ 6 tuổi vào học lớp 1', '6-year-olds enrolled in grade 1', TH, D),
	count('TH_HS_2BUOI', 'Học sinh học 2 buổi/ngày', 'Pupils on 2 sessions a day', TH, D),
	count('TH_HS_NGOAINGU', 'Học sinh học ngoại ngữ', 'Pupils learning a foreign language', TH, D),
	count('TH_HS_BANTRU', 'Học sinh bán trú', 'Semi-boarding pupils', TH, D),
	count('TH_HS_HTXS', 'Học sinh Hoàn thành xuất sắc', 'Pupils completing with excellence', TH, HC),
	count('TH_HS_HTT', 'Học sinh Hoàn thành tốt', 'Pupils completing well', TH, HC),
	count('TH_HS_HT', 'Học sinh Hoàn thành', 'Pupils completing', TH, HC),
	count('TH_HS_CHT', 'Học sinh Chưa hoàn thành', 'Pupils not completing', TH, HC),
	count(
		'TH_HS_PCNL_DAT',
		'Học sinh xếp loại phẩm chất, năng lực Đạt',
		'Pupils rated "đạt" on qualities and competencies',
		TH,
		HC
	),
	count(
		'TH_HS_PCNL_TOT',
		'Học sinh xếp loại phẩm chất, năng lực Tốt',
		'Pupils rated "tốt" on qualities and competencies',
		TH,
		HC
	),
	count('TH_HS_LOP5', 'Học sinh lớp 5', 'Grade-5 pupils', TH, DC),
	count(
		'TH_HS_HTCTTH',
		'Học sinh hoàn thành chương trình tiểu học',
		'Pupils completing the primary programme',
		TH,
		C
	),
	count('TH_HS_BOHOC', 'Học sinh tiểu học bỏ học', 'Primary dropouts', TH, HC),

	// Lower secondary (THCS)
	count('THCS_TS_HS', 'Tổng số học sinh THCS', 'Lower-secondary pupils', THCS, DHC),
	count('THCS_TS_LOP', 'Tổng số lớp THCS', 'Lower-secondary classes', THCS, D),
	count('THCS_HS_LOP6', 'Học sinh tuyển mới vào lớp 6', 'Grade-6 intake', THCS, D),
	count('THCS_LOP6', 'Số lớp 6', 'Grade-6 classes', THCS, D),
	count('THCS_RL_TOT', 'Kết quả rèn luyện Tốt', 'Conduct rated good', THCS, HC),
	count('THCS_RL_KHA', 'Kết quả rèn luyện Khá', 'Conduct rated fair', THCS, HC),
	count('THCS_RL_DAT', 'Kết quả rèn luyện Đạt', 'Conduct rated satisfactory', THCS, HC),
	count('THCS_RL_CHUADAT', 'Kết quả rèn luyện Chưa đạt', 'Conduct rated unsatisfactory', THCS, HC),
	count('THCS_HT_TOT', 'Kết quả học tập Tốt', 'Learning rated good', THCS, HC),
	count('THCS_HT_KHA', 'Kết quả học tập Khá', 'Learning rated fair', THCS, HC),
	count('THCS_HT_DAT', 'Kết quả học tập Đạt', 'Learning rated satisfactory', THCS, HC),
	count('THCS_HT_CHUADAT', 'Kết quả học tập Chưa đạt', 'Learning rated unsatisfactory', THCS, HC),
	count('THCS_HS_LOP9', 'Học sinh lớp 9', 'Grade-9 pupils', THCS, DC),
	count('THCS_TN', 'Học sinh tốt nghiệp THCS', 'Lower-secondary graduates', THCS, C),
	count('THCS_TN_GIOI', 'Tốt nghiệp loại Giỏi', 'Graduates with distinction', THCS, C),
	count('THCS_TN_KHA', 'Tốt nghiệp loại Khá', 'Graduates with credit', THCS, C),
	count('THCS_TN_TB', 'Tốt nghiệp loại Trung bình', 'Graduates with a pass', THCS, C),
	count('THCS_HS_BOHOC', 'Học sinh THCS bỏ học', 'Lower-secondary dropouts', THCS, HC),

	// Every school
	count('GV_TS', 'Tổng số giáo viên', 'Teachers', ALL, DC),
	count(
		'GV_DATCHUAN',
		'Giáo viên đạt chuẩn trình độ đào tạo',
		'Teachers meeting the qualification standard',
		ALL,
		DC
	),
	count(
		'GV_TRENCHUAN',
		'Giáo viên trên chuẩn trình độ đào tạo',
		'Teachers above the qualification standard',
		ALL,
		DC
	),
	count(
		'GV_VIPHAM',
		'Cán bộ, giáo viên, nhân viên vi phạm đạo đức nhà giáo',
		'Staff with ethics violations',
		ALL,
		HC
	),
	count('PH_TS', 'Tổng số phòng học', 'Classrooms', ALL, DC),
	count(
		'PH_MAYCHIEU',
		'Phòng học có máy chiếu hoặc tivi màn hình rộng',
		'Classrooms with a projector or large screen',
		ALL,
		DC
	),
	count('PH_THONGMINH', 'Lớp học thông minh đang vận hành', 'Smart classrooms in use', ['TH', 'THCS'], DC),
	yesNo('CO_CAMERA', 'Có hệ thống camera quản lý nhà trường, lớp học', 'Has a camera system', DC),
	yesNo('CO_PHONGTHONGMINH', 'Có phòng học thông minh', 'Has a smart classroom', DC),
	yesNo('CO_THUVIENSO', 'Có thư viện số', 'Has a digital library', DC),
	yesNo('TU_DANHGIA', 'Đã hoàn thành tự đánh giá chất lượng giáo dục', 'Self-assessment completed', C),
	count(
		'TIN_BAI_THANG',
		'Số tin bài đăng trên cổng thông tin điện tử trong tháng',
		'News posts published this month',
		ALL,
		['THANG']
	),
	level('CHUAN_QG_MUC', 'Mức đạt chuẩn quốc gia (0, 1, 2)', 'National-standard level (0, 1, 2)', 2, 'school'),
	level(
		'KDCL_CAPDO',
		'Cấp độ kiểm định chất lượng giáo dục (0–4)',
		'Quality-accreditation level (0–4)',
		4,
		'school'
	),

	// Commune level (phổ cập giáo dục, xóa mù chữ)
	level(
		'PCGD_MN5T_MUC',
		'Phổ cập giáo dục mầm non cho trẻ 5 tuổi (0 = chưa đạt, 1 = đạt)',
		'Universal preschool for 5-year-olds (0 = not met, 1 = met)',
		1,
		'commune'
	),
	level(
		'PCGD_TH_MUC',
		'Mức độ phổ cập giáo dục tiểu học (0–3)',
		'Universal primary education level (0–3)',
		3,
		'commune'
	),
	level(
		'PCGD_THCS_MUC',
		'Mức độ phổ cập giáo dục THCS (0–3)',
		'Universal lower-secondary education level (0–3)',
		3,
		'commune'
	),
	level('XMC_MUC', 'Mức độ xóa mù chữ (0–2)', 'Literacy level (0–2)', 2, 'commune')
];

type Group = IndicatorDef['group'];
type Dir = IndicatorDef['direction'];

function rate(
	code: string,
	nameVi: string,
	nameEn: string,
	group: Group,
	levels: BaseLevel[],
	numerator: string[],
	denominator: string[],
	direction: Dir = 'higher',
	weight = 1
): IndicatorDef {
	return {
		code,
		nameVi,
		nameEn,
		group,
		levels,
		formula: { kind: 'rate', numerator, denominator },
		direction,
		unit: 'percent',
		weight
	};
}
function sum(
	code: string,
	nameVi: string,
	nameEn: string,
	group: Group,
	levels: BaseLevel[],
	of: string[],
	direction: Dir = 'higher',
	weight = 1
): IndicatorDef {
	return {
		code,
		nameVi,
		nameEn,
		group,
		levels,
		formula: { kind: 'sum', of },
		direction,
		unit: 'count',
		weight
	};
}
function share(
	code: string,
	nameVi: string,
	nameEn: string,
	group: Group,
	element: string,
	atLeast: number
): IndicatorDef {
	return {
		code,
		nameVi,
		nameEn,
		group,
		levels: ALL,
		formula: { kind: 'share_of_schools', element, atLeast },
		direction: 'higher',
		unit: 'percent',
		weight: 1
	};
}
function lvl(
	code: string,
	nameVi: string,
	nameEn: string,
	group: Group,
	levels: BaseLevel[],
	weight = 1
): IndicatorDef {
	return {
		code,
		nameVi,
		nameEn,
		group,
		levels,
		formula: { kind: 'level', element: code },
		direction: 'higher',
		unit: 'level',
		weight
	};
}

const TH_KQ = ['TH_HS_HTXS', 'TH_HS_HTT', 'TH_HS_HT', 'TH_HS_CHT'];
const RL = ['THCS_RL_TOT', 'THCS_RL_KHA', 'THCS_RL_DAT', 'THCS_RL_CHUADAT'];
const HT = ['THCS_HT_TOT', 'THCS_HT_KHA', 'THCS_HT_DAT', 'THCS_HT_CHUADAT'];

export const indicators: IndicatorDef[] = [
	// Scale (quy mô)
	rate(
		'MN_TL_HUYDONG',
		'Tỷ lệ huy động trẻ mầm non ra lớp',
		'Preschool enrolment rate (0–5)',
		'scale',
		MN,
		['MN_TRE_NT_RALOP', 'MN_TRE_MG_RALOP'],
		['MN_TRE_NT_DIABAN', 'MN_TRE_MG_DIABAN']
	),
	rate(
		'MN_TL_HUYDONG_NT',
		'Tỷ lệ huy động trẻ nhà trẻ',
		'Creche enrolment rate (0–2)',
		'scale',
		MN,
		['MN_TRE_NT_RALOP'],
		['MN_TRE_NT_DIABAN']
	),
	rate(
		'MN_TL_HUYDONG_MG',
		'Tỷ lệ huy động trẻ mẫu giáo',
		'Kindergarten enrolment rate (3–5)',
		'scale',
		MN,
		['MN_TRE_MG_RALOP'],
		['MN_TRE_MG_DIABAN']
	),
	sum('MN_TS_TRE', 'Tổng số trẻ mầm non', 'Preschool children enrolled', 'scale', MN, ['MN_TS_TRE']),
	sum('TH_TS_HS', 'Tổng số học sinh tiểu học', 'Primary pupils', 'scale', TH, ['TH_TS_HS']),
	sum('TH_TS_LOP', 'Tổng số lớp tiểu học', 'Primary classes', 'scale', TH, ['TH_TS_LOP']),
	sum('TH_HS_LOP1', 'Học sinh tuyển mới lớp 1', 'Grade-1 intake', 'scale', TH, ['TH_HS_LOP1']),
	sum('TH_LOP1', 'Số lớp 1', 'Grade-1 classes', 'scale', TH, ['TH_LOP1']),
	rate(
		'TH_TL_2BUOI',
		'Tỷ lệ học sinh học 2 buổi/ngày',
		'Pupils on 2 sessions a day',
		'scale',
		TH,
		['TH_HS_2BUOI'],
		['TH_TS_HS']
	),
	rate(
		'TH_TL_NGOAINGU',
		'Tỷ lệ học sinh học ngoại ngữ',
		'Pupils learning a foreign language',
		'scale',
		TH,
		['TH_HS_NGOAINGU'],
		['TH_TS_HS']
	),
	rate(
		'TH_TL_BANTRU',
		'Tỷ lệ học sinh bán trú',
		'Semi-boarding pupils',
		'scale',
		TH,
		['TH_HS_BANTRU'],
		['TH_TS_HS']
	),
	sum('THCS_TS_HS', 'Tổng số học sinh THCS', 'Lower-secondary pupils', 'scale', THCS, ['THCS_TS_HS']),
	sum('THCS_TS_LOP', 'Tổng số lớp THCS', 'Lower-secondary classes', 'scale', THCS, ['THCS_TS_LOP']),
	sum('THCS_HS_LOP6', 'Học sinh tuyển mới lớp 6', 'Grade-6 intake', 'scale', THCS, ['THCS_HS_LOP6']),
	sum('THCS_LOP6', 'Số lớp 6', 'Grade-6 classes', 'scale', THCS, ['THCS_LOP6']),

	// Staff (đội ngũ)
	rate(
		'GV_TL_DATCHUAN',
		'Tỷ lệ giáo viên đạt chuẩn trình độ đào tạo',
		'Teachers meeting the qualification standard',
		'staff',
		ALL,
		['GV_DATCHUAN'],
		['GV_TS']
	),
	rate(
		'GV_TL_TRENCHUAN',
		'Tỷ lệ giáo viên trên chuẩn trình độ đào tạo',
		'Teachers above the qualification standard',
		'staff',
		ALL,
		['GV_TRENCHUAN'],
		['GV_TS']
	),
	sum(
		'GV_VIPHAM',
		'Số cán bộ, giáo viên, nhân viên vi phạm đạo đức nhà giáo',
		'Staff with ethics violations',
		'staff',
		ALL,
		['GV_VIPHAM'],
		'lower',
		2
	),

	// Quality: preschool
	rate(
		'MN_TL_KHAMSK',
		'Tỷ lệ trẻ được khám sức khỏe, theo dõi biểu đồ tăng trưởng',
		'Children health-checked with a growth chart',
		'quality',
		MN,
		['MN_TRE_KHAMSK'],
		['MN_TS_TRE']
	),
	rate(
		'MN_TL_TUPHUCVU',
		'Tỷ lệ trẻ có kĩ năng tự phục vụ',
		'Children with self-care skills',
		'quality',
		MN,
		['MN_TRE_TUPHUCVU'],
		['MN_TS_TRE']
	),
	rate(
		'MN_TL_DAT5LV',
		'Tỷ lệ trẻ đạt mục tiêu 5 lĩnh vực phát triển',
		'Children meeting the 5 development domains',
		'quality',
		MN,
		['MN_TRE_DAT5LV'],
		['MN_TS_TRE'],
		'band'
	),
	rate(
		'MN_TL_CANBT',
		'Tỷ lệ trẻ cân nặng kênh bình thường',
		'Children in the normal weight channel',
		'quality',
		MN,
		['MN_TRE_CANBT'],
		['MN_TS_TRE']
	),
	rate(
		'MN_TL_SDD',
		'Tỷ lệ trẻ suy dinh dưỡng (nhẹ cân, thấp còi)',
		'Children underweight or stunted',
		'quality',
		MN,
		['MN_TRE_SDD'],
		['MN_TS_TRE'],
		'lower'
	),
	rate(
		'MN_TL_BEOPHI',
		'Tỷ lệ trẻ thừa cân, béo phì',
		'Children overweight or obese',
		'quality',
		MN,
		['MN_TRE_BEOPHI'],
		['MN_TS_TRE'],
		'lower'
	),

	// Quality: primary (denominator = pupils evaluated = the four outcome categories)
	rate(
		'TH_TL_HTXS',
		'Tỷ lệ học sinh Hoàn thành xuất sắc',
		'Pupils completing with excellence',
		'quality',
		TH,
		['TH_HS_HTXS'],
		TH_KQ,
		'band'
	),
	rate(
		'TH_TL_HTT',
		'Tỷ lệ học sinh Hoàn thành tốt',
		'Pupils completing well',
		'quality',
		TH,
		['TH_HS_HTT'],
		TH_KQ,
		'band'
	),
	rate(
		'TH_TL_HT',
		'Tỷ lệ học sinh Hoàn thành',
		'Pupils completing',
		'quality',
		TH,
		['TH_HS_HT'],
		TH_KQ,
		'band'
	),
	rate(
		'TH_TL_CHT',
		'Tỷ lệ học sinh Chưa hoàn thành',
		'Pupils not completing',
		'quality',
		TH,
		['TH_HS_CHT'],
		TH_KQ,
		'lower'
	),
	rate(
		'TH_TL_HOANTHANH',
		'Tỷ lệ học sinh xếp loại hoàn thành trở lên',
		'Pupils completing (any level)',
		'quality',
		TH,
		['TH_HS_HTXS', 'TH_HS_HTT', 'TH_HS_HT'],
		TH_KQ
	),
	rate(
		'TH_TL_PCNL_DAT',
		'Tỷ lệ học sinh phẩm chất, năng lực Đạt',
		'Pupils "đạt" on qualities and competencies',
		'quality',
		TH,
		['TH_HS_PCNL_DAT'],
		['TH_TS_HS']
	),
	rate(
		'TH_TL_PCNL_TOT',
		'Tỷ lệ học sinh phẩm chất, năng lực Tốt',
		'Pupils "tốt" on qualities and competencies',
		'quality',
		TH,
		['TH_HS_PCNL_TOT'],
		['TH_TS_HS']
	),
	rate(
		'TH_TL_HTCTTH',
		'Tỷ lệ học sinh hoàn thành chương trình tiểu học',
		'Grade-5 pupils completing the primary programme',
		'quality',
		TH,
		['TH_HS_HTCTTH'],
		['TH_HS_LOP5']
	),
	sum(
		'TH_HS_BOHOC',
		'Số học sinh tiểu học bỏ học',
		'Primary dropouts',
		'quality',
		TH,
		['TH_HS_BOHOC'],
		'lower',
		2
	),

	// Quality: lower secondary
	rate(
		'THCS_TL_RL_TOT',
		'Tỷ lệ rèn luyện Tốt',
		'Conduct: good',
		'quality',
		THCS,
		['THCS_RL_TOT'],
		RL,
		'band'
	),
	rate(
		'THCS_TL_RL_KHA',
		'Tỷ lệ rèn luyện Khá',
		'Conduct: fair',
		'quality',
		THCS,
		['THCS_RL_KHA'],
		RL,
		'band'
	),
	rate(
		'THCS_TL_RL_DAT',
		'Tỷ lệ rèn luyện Đạt',
		'Conduct: satisfactory',
		'quality',
		THCS,
		['THCS_RL_DAT'],
		RL,
		'band'
	),
	rate(
		'THCS_TL_RL_CHUADAT',
		'Tỷ lệ rèn luyện Chưa đạt',
		'Conduct: unsatisfactory',
		'quality',
		THCS,
		['THCS_RL_CHUADAT'],
		RL,
		'lower'
	),
	rate('THCS_TL_HT_TOT', 'Tỷ lệ học tập Tốt', 'Learning: good', 'quality', THCS, ['THCS_HT_TOT'], HT, 'band'),
	rate('THCS_TL_HT_KHA', 'Tỷ lệ học tập Khá', 'Learning: fair', 'quality', THCS, ['THCS_HT_KHA'], HT, 'band'),
	rate(
		'THCS_TL_HT_DAT',
		'Tỷ lệ học tập Đạt',
		'Learning: satisfactory',
		'quality',
		THCS,
		['THCS_HT_DAT'],
		HT,
		'band'
	),
	rate(
		'THCS_TL_HT_CHUADAT',
		'Tỷ lệ học tập Chưa đạt',
		'Learning: unsatisfactory',
		'quality',
		THCS,
		['THCS_HT_CHUADAT'],
		HT,
		'lower'
	),
	rate(
		'THCS_TL_TN',
		'Tỷ lệ học sinh lớp 9 tốt nghiệp THCS',
		'Grade-9 pupils graduating',
		'quality',
		THCS,
		['THCS_TN'],
		['THCS_HS_LOP9']
	),
	rate(
		'THCS_TL_TN_GIOI',
		'Tỷ lệ tốt nghiệp loại Giỏi',
		'Graduates with distinction',
		'quality',
		THCS,
		['THCS_TN_GIOI'],
		['THCS_TN'],
		'band'
	),
	rate(
		'THCS_TL_TN_KHA',
		'Tỷ lệ tốt nghiệp loại Khá',
		'Graduates with credit',
		'quality',
		THCS,
		['THCS_TN_KHA'],
		['THCS_TN'],
		'band'
	),
	rate(
		'THCS_TL_TN_TB',
		'Tỷ lệ tốt nghiệp loại Trung bình',
		'Graduates with a pass',
		'quality',
		THCS,
		['THCS_TN_TB'],
		['THCS_TN'],
		'lower'
	),
	sum(
		'THCS_HS_BOHOC',
		'Số học sinh THCS bỏ học',
		'Lower-secondary dropouts',
		'quality',
		THCS,
		['THCS_HS_BOHOC'],
		'lower',
		2
	),

	// Accreditation and national standard
	share(
		'TL_TRUONG_TUDANHGIA',
		'Tỷ lệ trường hoàn thành tự đánh giá',
		'Schools that completed self-assessment',
		'accreditation',
		'TU_DANHGIA',
		1
	),
	share(
		'TL_TRUONG_CHUANQG',
		'Tỷ lệ trường đạt chuẩn quốc gia',
		'Schools at national standard (level ≥ 1)',
		'accreditation',
		'CHUAN_QG_MUC',
		1
	),
	share(
		'TL_TRUONG_CHUANQG_MUC2',
		'Tỷ lệ trường đạt chuẩn quốc gia mức 2',
		'Schools at national standard level 2',
		'accreditation',
		'CHUAN_QG_MUC',
		2
	),
	share(
		'TL_TRUONG_KDCL',
		'Tỷ lệ trường đạt kiểm định chất lượng',
		'Schools accredited (level ≥ 1)',
		'accreditation',
		'KDCL_CAPDO',
		1
	),
	lvl('CHUAN_QG_MUC', 'Mức đạt chuẩn quốc gia', 'National-standard level', 'accreditation', ALL),
	lvl(
		'KDCL_CAPDO',
		'Cấp độ kiểm định chất lượng giáo dục',
		'Quality-accreditation level',
		'accreditation',
		ALL
	),

	// Universal education (phổ cập giáo dục, xóa mù chữ)
	rate(
		'MN_TL_HUYDONG_5T',
		'Tỷ lệ huy động trẻ 5 tuổi ra lớp',
		'5-year-old enrolment rate',
		'universal',
		MN,
		['MN_TRE_5T_RALOP'],
		['MN_TRE_5T_DIABAN'],
		'higher',
		2
	),
	rate(
		'TH_TL_VAOLOP1',
		'Tỷ lệ trẻ 6 tuổi vào lớp 1',
		'6-year-olds enrolled in grade 1',
		'universal',
		TH,
		['TH_TRE6T_VAOLOP1'],
		['TH_TRE6T_DIABAN'],
		'higher',
		2
	),
	lvl(
		'PCGD_MN5T_MUC',
		'Phổ cập giáo dục mầm non cho trẻ 5 tuổi',
		'Universal preschool for 5-year-olds',
		'universal',
		[]
	),
	lvl(
		'PCGD_TH_MUC',
		'Mức độ phổ cập giáo dục tiểu học',
		'Universal primary education level',
		'universal',
		[]
	),
	lvl(
		'PCGD_THCS_MUC',
		'Mức độ phổ cập giáo dục THCS',
		'Universal lower-secondary education level',
		'universal',
		[]
	),
	lvl('XMC_MUC', 'Mức độ xóa mù chữ', 'Literacy level', 'universal', []),

	// IT and digital transformation
	rate(
		'PH_TL_MAYCHIEU',
		'Tỷ lệ phòng học có máy chiếu, tivi màn hình rộng',
		'Classrooms with a projector or large screen',
		'it',
		ALL,
		['PH_MAYCHIEU'],
		['PH_TS']
	),
	sum(
		'PH_SO_THONGMINH',
		'Số lớp học thông minh đang vận hành',
		'Smart classrooms in use',
		'it',
		['TH', 'THCS'],
		['PH_THONGMINH']
	),
	share(
		'TL_TRUONG_CAMERA',
		'Tỷ lệ trường có hệ thống camera',
		'Schools with a camera system',
		'it',
		'CO_CAMERA',
		1
	),
	share(
		'TL_TRUONG_PHONGTHONGMINH',
		'Tỷ lệ trường có phòng học thông minh',
		'Schools with a smart classroom',
		'it',
		'CO_PHONGTHONGMINH',
		1
	),
	share(
		'TL_TRUONG_THUVIENSO',
		'Tỷ lệ trường có thư viện số',
		'Schools with a digital library',
		'it',
		'CO_THUVIENSO',
		1
	),
	sum('TIN_BAI_THANG', 'Số tin bài trên cổng thông tin điện tử', 'News posts published', 'it', ALL, [
		'TIN_BAI_THANG'
	]),
	share(
		'TL_TRUONG_TINBAI',
		'Tỷ lệ trường đăng từ 4 tin bài/tháng',
		'Schools publishing ≥ 4 posts a month',
		'it',
		'TIN_BAI_THANG',
		4
	)
];

/** A consistency rule as a province states it (validation_rules): Σ left ≤ or = Σ right. */
export type RuleDef = { group: RuleGroupKey; kind: 'le' | 'eq'; left: string[]; right: string[] };

const le = (group: RuleGroupKey, left: string | string[], right: string): RuleDef => ({
	group,
	kind: 'le',
	left: Array.isArray(left) ? left : [left],
	right: [right]
});
const eq = (group: RuleGroupKey, left: string[], right: string): RuleDef => ({
	group,
	kind: 'eq',
	left,
	right: [right]
});

/** The checks of domain.md §4 (enrolled ≤ catchment, outcomes sum to pupils, sub-counts ≤ totals). */
export const standardRules: readonly RuleDef[] = [
	// Enrolled ≤ in the catchment
	le('enrolled_le_catchment', 'MN_TRE_NT_RALOP', 'MN_TRE_NT_DIABAN'),
	le('enrolled_le_catchment', 'MN_TRE_MG_RALOP', 'MN_TRE_MG_DIABAN'),
	le('enrolled_le_catchment', 'MN_TRE_5T_RALOP', 'MN_TRE_5T_DIABAN'),
	le('enrolled_le_catchment', 'TH_TRE6T_VAOLOP1', 'TH_TRE6T_DIABAN'),
	// Outcome categories sum to the pupils evaluated
	eq('outcome_sum', ['TH_HS_HTXS', 'TH_HS_HTT', 'TH_HS_HT', 'TH_HS_CHT'], 'TH_TS_HS'),
	eq('outcome_sum', ['THCS_RL_TOT', 'THCS_RL_KHA', 'THCS_RL_DAT', 'THCS_RL_CHUADAT'], 'THCS_TS_HS'),
	eq('outcome_sum', ['THCS_HT_TOT', 'THCS_HT_KHA', 'THCS_HT_DAT', 'THCS_HT_CHUADAT'], 'THCS_TS_HS'),
	eq('outcome_sum', ['THCS_TN_GIOI', 'THCS_TN_KHA', 'THCS_TN_TB'], 'THCS_TN'),
	// Graduates ≤ grade-9 pupils
	le('graduates_le_grade9', 'THCS_TN', 'THCS_HS_LOP9'),
	// Above standard ≤ meeting standard ≤ teachers
	le('qualified_chain', 'GV_TRENCHUAN', 'GV_DATCHUAN'),
	le('qualified_chain', 'GV_DATCHUAN', 'GV_TS'),
	// Sub-counts ≤ totals
	le('part_le_total', 'PH_MAYCHIEU', 'PH_TS'),
	le('part_le_total', 'PH_THONGMINH', 'PH_TS'),
	le('part_le_total', ['MN_TRE_NT_RALOP', 'MN_TRE_MG_RALOP'], 'MN_TS_TRE'),
	le('part_le_total', 'MN_TRE_5T_RALOP', 'MN_TRE_MG_RALOP'),
	le('part_le_total', 'MN_TRE_KHAMSK', 'MN_TS_TRE'),
	le('part_le_total', ['MN_TRE_CANBT', 'MN_TRE_BEOPHI'], 'MN_TRE_KHAMSK'),
	le('part_le_total', 'MN_TRE_SDD', 'MN_TRE_KHAMSK'),
	le('part_le_total', 'MN_TRE_TUPHUCVU', 'MN_TS_TRE'),
	le('part_le_total', 'MN_TRE_DAT5LV', 'MN_TS_TRE'),
	le('part_le_total', 'TH_HS_LOP1', 'TH_TS_HS'),
	le('part_le_total', 'TH_LOP1', 'TH_TS_LOP'),
	le('part_le_total', 'TH_HS_2BUOI', 'TH_TS_HS'),
	le('part_le_total', 'TH_HS_NGOAINGU', 'TH_TS_HS'),
	le('part_le_total', 'TH_HS_BANTRU', 'TH_TS_HS'),
	le('part_le_total', 'TH_HS_PCNL_TOT', 'TH_HS_PCNL_DAT'),
	le('part_le_total', 'TH_HS_PCNL_DAT', 'TH_TS_HS'),
	le('part_le_total', 'TH_HS_LOP5', 'TH_TS_HS'),
	le('part_le_total', 'TH_HS_HTCTTH', 'TH_HS_LOP5'),
	le('part_le_total', 'TH_HS_BOHOC', 'TH_TS_HS'),
	le('part_le_total', 'THCS_HS_LOP6', 'THCS_TS_HS'),
	le('part_le_total', 'THCS_LOP6', 'THCS_TS_LOP'),
	le('part_le_total', 'THCS_HS_LOP9', 'THCS_TS_HS'),
	le('part_le_total', 'THCS_HS_BOHOC', 'THCS_TS_HS')
];

/** The standard rules as the importer judges them (for checks run without a database). */
export const standardRuleSet: readonly Rule[] = standardRules.map((r) => ({
	...r,
	id: ruleId(r.kind, r.left, r.right)
}));
