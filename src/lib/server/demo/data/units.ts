// Demo administrative units: Hải Phòng, with the Hải An (seed 004) and An Lão (seed 003) districts as
// they were before 1 July 2025, and each school's place in the 2025 layout (commune/ward, cluster).
import type { SchoolDef, SchoolLevel, Ownership } from '$lib/domain/types';

export const province = { code: 'HP', name: 'Sở Giáo dục và Đào tạo Hải Phòng' };

/** Post-reform (from 1 July 2025) communes and wards that took over the two districts' schools. */
export const communes2025: { code: string; name: string }[] = [
	{ code: 'P-HAIAN', name: 'Phường Hải An' },
	{ code: 'P-DONGHAI', name: 'Phường Đông Hải' },
	{ code: 'X-ANLAO', name: 'Xã An Lão' },
	{ code: 'X-ANTRUONG', name: 'Xã An Trường' },
	{ code: 'X-ANHUNG', name: 'Xã An Hưng' },
	{ code: 'X-ANKHANH', name: 'Xã An Khánh' },
	{ code: 'X-ANQUANG', name: 'Xã An Quang' }
];

/** Professional clusters (cụm chuyên môn) the province set up in 2025-2026. */
export const clusters2025: { code: string; name: string }[] = [
	{ code: 'CUM-1', name: 'Cụm chuyên môn số 1 – Mầm non phường Hải An, Đông Hải' },
	{ code: 'CUM-2', name: 'Cụm chuyên môn số 2 – Tiểu học, THCS phường Hải An, Đông Hải' },
	{
		code: 'CUM-3',
		name: 'Cụm chuyên môn số 3 – Mầm non các xã An Lão, An Trường, An Hưng, An Khánh, An Quang'
	},
	{
		code: 'CUM-4',
		name: 'Cụm chuyên môn số 4 – Tiểu học, THCS các xã An Lão, An Trường, An Hưng, An Khánh, An Quang'
	}
];

// Pre-reform commune/ward → post-reform commune/ward.
const MERGED_INTO: Record<string, string> = {
	'HA-P-CATBI': 'P-HAIAN',
	'HA-P-DANGLAM': 'P-HAIAN',
	'HA-P-THANHTO': 'P-HAIAN',
	'HA-P-TRANGCAT': 'P-HAIAN',
	'HA-P-DONGHAI1': 'P-DONGHAI',
	'HA-P-DONGHAI2': 'P-DONGHAI',
	'HA-P-DANGHAI': 'P-DONGHAI',
	'HA-P-NAMHAI': 'P-DONGHAI',
	'AL-TT-ANLAO': 'X-ANLAO',
	'AL-X-ANTHANG': 'X-ANLAO',
	'AL-X-ANTIEN': 'X-ANLAO',
	'AL-X-TANVIEN': 'X-ANLAO',
	'AL-TT-TRUONGSON': 'X-ANTRUONG',
	'AL-X-TRUONGTHANH': 'X-ANTRUONG',
	'AL-X-TRUONGTHO': 'X-ANTRUONG',
	'AL-X-ANTHO': 'X-ANTRUONG',
	'AL-X-ANTHAI': 'X-ANKHANH',
	'AL-X-THAISON': 'X-ANKHANH',
	'AL-X-BATTRANG': 'X-ANKHANH',
	'AL-X-QUOCTUAN': 'X-ANHUNG',
	'AL-X-TANDAN': 'X-ANHUNG',
	'AL-X-QUANGHUNG': 'X-ANHUNG',
	'AL-X-QUANGTRUNG': 'X-ANQUANG',
	'AL-X-MYDUC': 'X-ANQUANG',
	'AL-X-CHIENTHANG': 'X-ANQUANG'
};

/** Each school's pre-reform commune/ward (SchoolDef has no field for it). */
export const schoolCommunes: Record<string, string> = {};

const FAMILY = [
	'Nguyễn',
	'Trần',
	'Lê',
	'Phạm',
	'Hoàng',
	'Vũ',
	'Đỗ',
	'Bùi',
	'Đặng',
	'Ngô',
	'Phan',
	'Đào',
	'Lương'
];
const WOMEN = [
	'Thị Thu Hương',
	'Thị Lan',
	'Thị Minh Hằng',
	'Thị Thanh Mai',
	'Thị Hồng Nhung',
	'Thị Ngọc Anh',
	'Thị Phương Thảo',
	'Thị Hải Yến',
	'Thị Kim Oanh',
	'Thị Thúy Hà',
	'Thị Bích Loan',
	'Thị Huyền Trang'
];
const MEN = ['Văn Hùng', 'Đức Thắng', 'Quang Huy', 'Văn Tuấn', 'Minh Đức', 'Xuân Trường', 'Văn Long'];
let serial = 0;

function school(
	code: string,
	name: string,
	level: SchoolLevel,
	ownership: Ownership,
	pupils: number,
	classes: number,
	commune: string,
	extra: Partial<SchoolDef> = {}
): SchoolDef {
	const i = serial++;
	const district = code.slice(0, 2);
	const preschool = level === 'MN';
	const cluster2025 = district === 'HA' ? (preschool ? 'CUM-1' : 'CUM-2') : preschool ? 'CUM-3' : 'CUM-4';
	const given = preschool || i % 3 !== 0 ? WOMEN[(i * 5) % WOMEN.length] : MEN[i % MEN.length];
	const contactName = `${FAMILY[(i * 7) % FAMILY.length]} ${given}`;
	const contactPhone = `09${String(12_345_678 + ((i * 7_919_311) % 87_000_000)).padStart(8, '0')}`;
	schoolCommunes[code] = commune;
	const commune2025 = MERGED_INTO[commune];
	return {
		code,
		name,
		level,
		ownership,
		pupils,
		classes,
		commune2025,
		cluster2025,
		contactName,
		contactPhone,
		...extra
	};
}

const P: Ownership = 'public';
const NP: Ownership = 'non_public';

// Seed 004: 22 preschools (8 public, 14 non-public), 7,910 children; primary 12,246 pupils / 291 classes;
// lower secondary 10,932 pupils / 227 classes. TH&THCS Đông Hải 2 is still being built (opens 2025-2026).
const haiAnSchools: SchoolDef[] = [
	school('HA-MN-CATBI', 'Trường Mầm non Cát Bi', 'MN', P, 620, 20, 'HA-P-CATBI'),
	school('HA-MN-DANGHAI', 'Trường Mầm non Đằng Hải', 'MN', P, 580, 19, 'HA-P-DANGHAI'),
	school('HA-MN-DANGLAM', 'Trường Mầm non Đằng Lâm', 'MN', P, 640, 21, 'HA-P-DANGLAM'),
	school('HA-MN-DONGHAI1', 'Trường Mầm non Đông Hải 1', 'MN', P, 560, 18, 'HA-P-DONGHAI1'),
	school('HA-MN-DONGHAI2', 'Trường Mầm non Đông Hải 2', 'MN', P, 380, 13, 'HA-P-DONGHAI2'),
	school('HA-MN-NAMHAI', 'Trường Mầm non Nam Hải', 'MN', P, 610, 20, 'HA-P-NAMHAI'),
	school('HA-MN-THANHTO', 'Trường Mầm non Thành Tô', 'MN', P, 420, 14, 'HA-P-THANHTO'),
	school('HA-MN-TRANGCAT', 'Trường Mầm non Tràng Cát', 'MN', P, 590, 19, 'HA-P-TRANGCAT'),
	school('HA-MN-HOASEN', 'Trường Mầm non tư thục Hoa Sen', 'MN', NP, 360, 12, 'HA-P-DANGLAM'),
	school('HA-MN-SAOMAI', 'Trường Mầm non tư thục Sao Mai', 'MN', NP, 330, 11, 'HA-P-DANGHAI'),
	school('HA-MN-BANMAI', 'Trường Mầm non tư thục Ban Mai', 'MN', NP, 260, 9, 'HA-P-CATBI'),
	school('HA-MN-HOAMI', 'Trường Mầm non tư thục Họa Mi', 'MN', NP, 240, 9, 'HA-P-THANHTO'),
	school('HA-MN-TUOITHO', 'Trường Mầm non tư thục Tuổi Thơ', 'MN', NP, 350, 12, 'HA-P-NAMHAI'),
	school('HA-MN-NGOISAOXANH', 'Trường Mầm non tư thục Ngôi Sao Xanh', 'MN', NP, 230, 8, 'HA-P-TRANGCAT'),
	school('HA-MN-VUONXANH', 'Trường Mầm non tư thục Vườn Xanh', 'MN', NP, 210, 8, 'HA-P-DONGHAI1'),
	school('HA-MN-BINHMINH', 'Trường Mầm non tư thục Bình Minh', 'MN', NP, 250, 9, 'HA-P-DANGLAM'),
	school('HA-MN-HOAHONG', 'Trường Mầm non tư thục Hoa Hồng', 'MN', NP, 220, 8, 'HA-P-DANGHAI'),
	school('HA-MN-MATTROI', 'Trường Mầm non tư thục Mặt Trời Bé Con', 'MN', NP, 190, 7, 'HA-P-CATBI'),
	school('HA-MN-THIENTHAN', 'Trường Mầm non tư thục Thiên Thần Nhỏ', 'MN', NP, 180, 7, 'HA-P-NAMHAI', {
		activeTo: '2024-12-31'
	}),
	school('HA-MN-CAUVONG', 'Trường Mầm non tư thục Cầu Vồng', 'MN', NP, 160, 6, 'HA-P-DONGHAI2', {
		activeFrom: '2024-10-01'
	}),
	school('HA-MN-HOAPHUONG', 'Trường Mầm non tư thục Hoa Phượng Đỏ', 'MN', NP, 320, 11, 'HA-P-THANHTO'),
	school('HA-MN-TAINANG', 'Trường Mầm non tư thục Tài Năng Nhí', 'MN', NP, 210, 8, 'HA-P-TRANGCAT'),

	school('HA-TH-CATBI', 'Trường Tiểu học Cát Bi', 'TH', P, 1480, 35, 'HA-P-CATBI'),
	school('HA-TH-DANGHAI', 'Trường Tiểu học Đằng Hải', 'TH', P, 1560, 37, 'HA-P-DANGHAI'),
	school('HA-TH-DANGLAM', 'Trường Tiểu học Đằng Lâm', 'TH', P, 1520, 36, 'HA-P-DANGLAM'),
	school('HA-TH-DONGHAI', 'Trường Tiểu học Đông Hải', 'TH', P, 1390, 33, 'HA-P-DONGHAI1'),
	school('HA-TH-NAMHAI', 'Trường Tiểu học Nam Hải', 'TH', P, 1450, 34, 'HA-P-NAMHAI'),
	school('HA-TH-THANHTO', 'Trường Tiểu học Thành Tô', 'TH', P, 980, 24, 'HA-P-THANHTO'),
	school('HA-TH-TRANGCAT', 'Trường Tiểu học Tràng Cát', 'TH', P, 1420, 34, 'HA-P-TRANGCAT'),
	school('HA-TH-CHUVANAN', 'Trường Tiểu học Chu Văn An', 'TH', P, 1236, 29, 'HA-P-DANGHAI'),
	school('HA-TH-LELOI', 'Trường Tiểu học Lê Lợi', 'TH', P, 1210, 29, 'HA-P-DONGHAI1'),

	school('HA-THCS-CATBI', 'Trường Trung học cơ sở Cát Bi', 'THCS', P, 1390, 29, 'HA-P-CATBI'),
	school('HA-THCS-CHUVANAN', 'Trường Trung học cơ sở Chu Văn An', 'THCS', P, 1520, 31, 'HA-P-DANGLAM'),
	school('HA-THCS-DANGHAI', 'Trường Trung học cơ sở Đằng Hải', 'THCS', P, 1460, 30, 'HA-P-DANGHAI'),
	school('HA-THCS-DANGLAM', 'Trường Trung học cơ sở Đằng Lâm', 'THCS', P, 1410, 29, 'HA-P-DANGLAM'),
	school('HA-THCS-DONGHAI', 'Trường Trung học cơ sở Đông Hải', 'THCS', P, 1250, 26, 'HA-P-DONGHAI1'),
	school('HA-THCS-NAMHAI', 'Trường Trung học cơ sở Nam Hải', 'THCS', P, 1480, 31, 'HA-P-NAMHAI'),
	school('HA-THCS-TRANGCAT', 'Trường Trung học cơ sở Tràng Cát', 'THCS', P, 1330, 28, 'HA-P-TRANGCAT'),
	school('HA-THCS-THANHTO', 'Trường Trung học cơ sở Thành Tô', 'THCS', P, 1092, 23, 'HA-P-THANHTO'),

	school(
		'HA-THTHCS-DONGHAI2',
		'Trường Tiểu học và Trung học cơ sở Đông Hải 2',
		'TH_THCS',
		P,
		640,
		16,
		'HA-P-DONGHAI2',
		{
			activeFrom: '2025-09-01'
		}
	)
];

// Seed 003 names the primary schools; An Lão's preschools and THCS here are plausible stand-ins.
const anLaoSchools: SchoolDef[] = [
	school('AL-MN-THITRAN', 'Trường Mầm non Thị trấn An Lão', 'MN', P, 480, 16, 'AL-TT-ANLAO'),
	school('AL-MN-TRUONGSON', 'Trường Mầm non Trường Sơn', 'MN', P, 420, 14, 'AL-TT-TRUONGSON'),
	school('AL-MN-ANTIEN', 'Trường Mầm non An Tiến', 'MN', P, 360, 12, 'AL-X-ANTIEN'),
	school('AL-MN-QUANGTRUNG', 'Trường Mầm non Quang Trung', 'MN', P, 390, 13, 'AL-X-QUANGTRUNG'),
	school('AL-MN-HOAMAI', 'Trường Mầm non tư thục Hoa Mai', 'MN', NP, 140, 5, 'AL-TT-ANLAO'),

	school('AL-TH-THITRAN', 'Trường Tiểu học Thị trấn An Lão', 'TH', P, 820, 24, 'AL-TT-ANLAO'),
	school('AL-TH-TRUONGSON', 'Trường Tiểu học Trường Sơn', 'TH', P, 910, 26, 'AL-TT-TRUONGSON'),
	school('AL-TH-ANTIEN', 'Trường Tiểu học An Tiến', 'TH', P, 760, 22, 'AL-X-ANTIEN'),
	school('AL-TH-ANTHANG', 'Trường Tiểu học An Thắng', 'TH', P, 690, 20, 'AL-X-ANTHANG'),
	school('AL-TH-TANDAN', 'Trường Tiểu học Tân Dân', 'TH', P, 640, 19, 'AL-X-TANDAN'),
	school('AL-TH-TRANTATVAN', 'Trường Tiểu học Trần Tất Văn', 'TH', P, 720, 21, 'AL-X-ANTHO'),
	school('AL-TH-MYDUC1', 'Trường Tiểu học Mĩ Đức 1', 'TH', P, 540, 16, 'AL-X-MYDUC'),
	school('AL-TH-MYDUC2', 'Trường Tiểu học Mĩ Đức 2', 'TH', P, 480, 15, 'AL-X-MYDUC'),
	school('AL-TH-CHIENTHANG', 'Trường Tiểu học Chiến Thắng', 'TH', P, 610, 18, 'AL-X-CHIENTHANG'),
	school('AL-TH-NGUYENDOCTIN', 'Trường Tiểu học Nguyễn Đốc Tín', 'TH', P, 580, 17, 'AL-X-QUANGHUNG'),
	school('AL-TH-QUOCTUAN', 'Trường Tiểu học Quốc Tuấn', 'TH', P, 650, 19, 'AL-X-QUOCTUAN'),
	school('AL-TH-QUANGTRUNG', 'Trường Tiểu học Quang Trung', 'TH', P, 700, 20, 'AL-X-QUANGTRUNG'),
	school('AL-TH-ANTHAI', 'Trường Tiểu học An Thái', 'TH', P, 520, 15, 'AL-X-ANTHAI'),
	school('AL-TH-TANVIEN', 'Trường Tiểu học Tân Viên', 'TH', P, 560, 16, 'AL-X-TANVIEN'),
	school('AL-TH-THAISON', 'Trường Tiểu học Thái Sơn', 'TH', P, 470, 14, 'AL-X-THAISON'),
	school('AL-TH-TRUONGTHANH', 'Trường Tiểu học Trường Thành', 'TH', P, 630, 18, 'AL-X-TRUONGTHANH'),
	school('AL-TH-TRUONGTHO', 'Trường Tiểu học Trường Thọ', 'TH', P, 540, 16, 'AL-X-TRUONGTHO'),
	school(
		'AL-THTHCS-BATTRANG',
		'Trường Tiểu học và Trung học cơ sở Bát Trang',
		'TH_THCS',
		P,
		720,
		22,
		'AL-X-BATTRANG'
	),

	school('AL-THCS-THITRAN', 'Trường Trung học cơ sở Thị trấn An Lão', 'THCS', P, 780, 19, 'AL-TT-ANLAO'),
	school('AL-THCS-TRUONGSON', 'Trường Trung học cơ sở Trường Sơn', 'THCS', P, 820, 20, 'AL-TT-TRUONGSON'),
	school('AL-THCS-QUANGTRUNG', 'Trường Trung học cơ sở Quang Trung', 'THCS', P, 610, 15, 'AL-X-QUANGTRUNG'),
	school('AL-THCS-ANTIEN', 'Trường Trung học cơ sở An Tiến', 'THCS', P, 540, 14, 'AL-X-ANTIEN')
];

export const districts: {
	code: string;
	name: string;
	communes: { code: string; name: string }[];
	schools: SchoolDef[];
}[] = [
	{
		code: 'HAIAN',
		name: 'Phòng GD&ĐT quận Hải An',
		communes: [
			{ code: 'HA-P-CATBI', name: 'Phường Cát Bi' },
			{ code: 'HA-P-DANGHAI', name: 'Phường Đằng Hải' },
			{ code: 'HA-P-DANGLAM', name: 'Phường Đằng Lâm' },
			{ code: 'HA-P-DONGHAI1', name: 'Phường Đông Hải 1' },
			{ code: 'HA-P-DONGHAI2', name: 'Phường Đông Hải 2' },
			{ code: 'HA-P-NAMHAI', name: 'Phường Nam Hải' },
			{ code: 'HA-P-THANHTO', name: 'Phường Thành Tô' },
			{ code: 'HA-P-TRANGCAT', name: 'Phường Tràng Cát' }
		],
		schools: haiAnSchools
	},
	{
		code: 'ANLAO',
		name: 'Phòng GD&ĐT huyện An Lão',
		communes: [
			{ code: 'AL-TT-ANLAO', name: 'Thị trấn An Lão' },
			{ code: 'AL-TT-TRUONGSON', name: 'Thị trấn Trường Sơn' },
			{ code: 'AL-X-ANTHAI', name: 'Xã An Thái' },
			{ code: 'AL-X-ANTHANG', name: 'Xã An Thắng' },
			{ code: 'AL-X-ANTHO', name: 'Xã An Thọ' },
			{ code: 'AL-X-ANTIEN', name: 'Xã An Tiến' },
			{ code: 'AL-X-BATTRANG', name: 'Xã Bát Trang' },
			{ code: 'AL-X-CHIENTHANG', name: 'Xã Chiến Thắng' },
			{ code: 'AL-X-MYDUC', name: 'Xã Mỹ Đức' },
			{ code: 'AL-X-QUANGHUNG', name: 'Xã Quang Hưng' },
			{ code: 'AL-X-QUANGTRUNG', name: 'Xã Quang Trung' },
			{ code: 'AL-X-QUOCTUAN', name: 'Xã Quốc Tuấn' },
			{ code: 'AL-X-TANDAN', name: 'Xã Tân Dân' },
			{ code: 'AL-X-TANVIEN', name: 'Xã Tân Viên' },
			{ code: 'AL-X-THAISON', name: 'Xã Thái Sơn' },
			{ code: 'AL-X-TRUONGTHANH', name: 'Xã Trường Thành' },
			{ code: 'AL-X-TRUONGTHO', name: 'Xã Trường Thọ' }
		],
		schools: anLaoSchools
	}
];

/** Pre-reform commune → the 2025 commune/ward it merged into. */
export const communeMergedInto: Record<string, string> = MERGED_INTO;

/** The demo 'school' user's school: TH Thành Tô, named in seed 004 (accreditation; national standard level 2). */
export const DEMO_SCHOOL_CODE = 'HA-TH-THANHTO';
