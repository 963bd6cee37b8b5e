// A Sở's school list for a province that is not in the demo: Thái Bình before the 2025 reform (the Sở
// → 8 Phòng GDĐT → their preschools, primary and lower-secondary schools; the Sở keeps the upper-secondary
// ones itself), 150 schools across every level and both ownerships, as a Vietnamese Windows Excel saves
// "CSV": Windows-1258, `;`, rows in any order (schools before the offices they belong to).
import { encodeCp1258, HEADER, toSemicolonCsv } from './unit-list';

export const PROVINCE = 'TB';
export const PROVINCE_NAME = 'Sở Giáo dục và Đào tạo Thái Bình';

/** District code, name, then ten of its communes (schools take their names). */
const DISTRICTS: [string, string, string[]][] = [
	[
		'TB-TP',
		'Phòng GDĐT Thành phố Thái Bình',
		[
			'Lê Hồng Phong',
			'Bồ Xuyên',
			'Đề Thám',
			'Kỳ Bá',
			'Quang Trung',
			'Phú Khánh',
			'Tiền Phong',
			'Trần Lãm',
			'Đông Hòa',
			'Hoàng Diệu'
		]
	],
	[
		'TB-DH',
		'Phòng GDĐT huyện Đông Hưng',
		[
			'Đông Hợp',
			'Đông La',
			'Đông Xá',
			'Mê Linh',
			'Phong Châu',
			'Hồng Việt',
			'Thăng Long',
			'Chương Dương',
			'Hoa Lư',
			'Liên Hoa'
		]
	],
	[
		'TB-HH',
		'Phòng GDĐT huyện Hưng Hà',
		[
			'Hưng Nhân',
			'Hưng Hà',
			'Tân Lễ',
			'Canh Tân',
			'Minh Khai',
			'Hòa Bình',
			'Duyên Hải',
			'Tiến Đức',
			'Thái Phương',
			'Độc Lập'
		]
	],
	[
		'TB-KX',
		'Phòng GDĐT huyện Kiến Xương',
		[
			'Thanh Nê',
			'Vũ Lễ',
			'Quang Lịch',
			'Bình Nguyên',
			'Thanh Tân',
			'Hồng Thái',
			'Quốc Tuấn',
			'Vũ Quý',
			'Trà Giang',
			'Nam Bình'
		]
	],
	[
		'TB-QP',
		'Phòng GDĐT huyện Quỳnh Phụ',
		[
			'Quỳnh Côi',
			'An Bài',
			'Quỳnh Hải',
			'An Khê',
			'Quỳnh Hoa',
			'An Ninh',
			'Quỳnh Giao',
			'An Thái',
			'Quỳnh Hồng',
			'Đồng Tiến'
		]
	],
	[
		'TB-TT',
		'Phòng GDĐT huyện Thái Thụy',
		[
			'Diêm Điền',
			'Thụy Hà',
			'Thụy Liên',
			'Thái Thượng',
			'Thái Nguyên',
			'Thụy Trình',
			'Thái Hưng',
			'Thụy Quỳnh',
			'Thái Đô',
			'Thụy Dân'
		]
	],
	[
		'TB-TH',
		'Phòng GDĐT huyện Tiền Hải',
		[
			'Tây Giang',
			'Đông Trà',
			'Nam Thịnh',
			'Tiền Hải',
			'Đông Hoàng',
			'Nam Hồng',
			'Vân Trường',
			'Đông Minh',
			'Nam Trung',
			'Tây Lương'
		]
	],
	[
		'TB-VT',
		'Phòng GDĐT huyện Vũ Thư',
		[
			'Vũ Thư',
			'Tam Quang',
			'Song Lãng',
			'Việt Hùng',
			'Minh Lãng',
			'Tân Hòa',
			'Hồng Lý',
			'Dũng Nghĩa',
			'Xuân Hòa',
			'Nguyên Xá'
		]
	]
];

/** Per district: level, its name in a school's name, how many (the Sở's own schools come after). */
const DISTRICT_LEVELS = [
	['MN', 'Mầm non', 5],
	['TH', 'Tiểu học', 7],
	['THCS', 'THCS', 4],
	['TH_THCS', 'TH&THCS', 1]
] as const;
const UPPER_SECONDARY = [
	'Bắc Đông Quan',
	'Nam Đông Quan',
	'Bắc Duyên Hà',
	'Nam Duyên Hà',
	'Quỳnh Côi',
	'Phụ Dực',
	'Thái Ninh',
	'Tây Thụy Anh',
	'Tiền Hải',
	'Vũ Tiên',
	'Lê Quý Đôn',
	'Nguyễn Đức Cảnh'
];
const HEADS = [
	'Nguyễn Thị Hằng',
	'Trần Văn Thắng',
	'Phạm Thị Thu Hà',
	'Vũ Đức Mạnh',
	'Đỗ Thị Lụa',
	'Bùi Quang Huy'
];
/** How the level is written in the file: as people type it, not always the code. */
const LEVEL_TEXT: Record<string, string> = {
	MN: 'Mầm non',
	TH: 'Tiểu học',
	THCS: 'THCS',
	THPT: 'THPT',
	TH_THCS: 'TH&THCS',
	THCS_THPT: 'THCS&THPT'
};

/** ASCII for codes: "Đông Hợp" → "DONGHOP". */
export function asciiCode(name: string): string {
	return name
		.normalize('NFD')
		.replace(/[\u0300-\u036f]/g, '')
		.replace(/[đĐ]/g, 'D')
		.replace(/[^A-Za-z0-9]/g, '')
		.toUpperCase();
}

export type ListedSchool = {
	code: string;
	name: string;
	district: string;
	level: string;
	ownership: string;
	place: string;
};

function schoolRow(s: ListedSchool, n: number): string[] {
	return [
		s.code,
		s.name,
		'Trường',
		s.district,
		LEVEL_TEXT[s.level],
		s.ownership,
		String(34_000_000 + n),
		`Thôn ${(n % 6) + 1}, ${s.place}, tỉnh Thái Bình`,
		`0227 38${String(n).padStart(5, '0').slice(-5)}`,
		HEADS[n % HEADS.length]
	];
}

export function thaiBinhSchools(): ListedSchool[] {
	const out: ListedSchool[] = [];
	for (const [district, , communes] of DISTRICTS) {
		let c = 0;
		for (const [level, words, count] of DISTRICT_LEVELS) {
			for (let i = 0; i < count; i++) {
				const commune = communes[c++ % communes.length];
				const own = level === 'MN' && i === count - 1 ? 'Tư thục' : 'Công lập';
				out.push({
					code: `${district}-${level.replace('_', '')}-${asciiCode(commune)}`,
					name:
						own === 'Tư thục' ? `Trường Mầm non tư thục Hoa Sen ${commune}` : `Trường ${words} ${commune}`,
					district,
					level,
					ownership: own,
					place: `xã ${commune}`
				});
			}
		}
	}
	UPPER_SECONDARY.forEach((name, i) => {
		const combined = i >= 10;
		out.push({
			code: `TB-${combined ? 'THCSTHPT' : 'THPT'}-${asciiCode(name)}`,
			name: `Trường ${combined ? 'THCS&THPT' : 'THPT'} ${name}`,
			district: PROVINCE,
			level: combined ? 'THCS_THPT' : 'THPT',
			ownership: i === 9 || i === 11 ? 'Ngoài công lập' : 'Công lập',
			place: name
		});
	});
	return out;
}

/** Rows in file order: schools first, then the districts, the province last. */
export function thaiBinhRows(): string[][] {
	const schools = thaiBinhSchools().map((s, n) => schoolRow(s, n + 1));
	const districts = DISTRICTS.map(([code, name]) => [code, name, 'Phòng', PROVINCE, '', '', '', '', '', '']);
	return [
		...schools,
		...districts,
		[PROVINCE, PROVINCE_NAME, 'Sở', '', '', '', '', '16 Lê Lợi, TP Thái Bình', '0227 3831 586', '']
	];
}

export function thaiBinhFile(rows = thaiBinhRows()): Uint8Array {
	return encodeCp1258(toSemicolonCsv([HEADER, ...rows]));
}
