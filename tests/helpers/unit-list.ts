// A school list of a province that is not in the demo (Quảng Ninh, after the 2025 reform: communes and
// wards under the province, ~150 schools), as a Vietnamese Windows Excel writes "CSV": Windows-1258, `;`.
import iconv from 'iconv-lite';

export const HEADER = [
	'Mã đơn vị',
	'Tên đơn vị',
	'Loại',
	'Mã đơn vị cấp trên',
	'Cấp học',
	'Loại hình',
	'Mã trường CSDL',
	'Địa chỉ',
	'Điện thoại',
	'Hiệu trưởng'
];

const COMMUNES = [
	['HALONG', 'Phường Hạ Long'],
	['CAMPHA', 'Phường Cẩm Phả'],
	['TIENYEN', 'Xã Tiên Yên'],
	['DAMHA', 'Xã Đầm Hà'],
	['MONGCAI', 'Phường Móng Cái'],
	['BACHE', 'Xã Ba Chẽ'],
	['VANDON', 'Đặc khu Vân Đồn'],
	['UONGBI', 'Phường Uông Bí'],
	['DONGTRIEU', 'Phường Đông Triều'],
	['COTO', 'Đặc khu Cô Tô']
];
const LEVELS = [
	['MN', 'Mầm non', 4],
	['TH', 'Tiểu học', 5],
	['THCS', 'THCS', 4],
	['THPT', 'Trung học phổ thông', 1],
	['TH_THCS', 'TH&THCS', 1]
] as const;
const HEADS = ['Nguyễn Thị Hường', 'Trần Văn Đức', 'Lê Thị Ánh', 'Phạm Quốc Việt', 'Vũ Thị Thủy'];

/** Rows in file order: schools before their commune, communes before the province (parents come later). */
export function quangNinhRows(): string[][] {
	const schools: string[][] = [];
	let n = 0;
	for (const [code, name] of COMMUNES) {
		for (const [level, levelName, count] of LEVELS) {
			for (let i = 1; i <= count; i++) {
				n++;
				// The upper-secondary schools form one cluster of the province's (a group beside the tree).
				const parent = level === 'THPT' ? 'QN-CUM-THPT' : `QN-${code}`;
				schools.push([
					`QN-${code}-${level}${i}`,
					`Trường ${level === 'MN' ? 'Mầm non' : levelName} ${name.replace(/^(Phường|Xã|Đặc khu) /, '')} ${i}`,
					'Trường',
					parent,
					levelName,
					n % 7 === 0 ? 'Tư thục' : 'Công lập',
					String(22_000_000 + n),
					`Số ${n} đường Trần Hưng Đạo, ${name}`,
					`0203 38${String(n).padStart(4, '0')}`,
					HEADS[n % HEADS.length]
				]);
			}
		}
	}
	const communes = COMMUNES.map(([code, name]) => [`QN-${code}`, name, 'Xã', 'QN', '', '', '', name, '', '']);
	return [
		...schools,
		['QN-CUM-THPT', 'Cụm trường THPT Quảng Ninh', 'Cụm', 'QN', '', '', '', '', '', ''],
		...communes,
		[
			'QN',
			'Sở Giáo dục và Đào tạo Quảng Ninh',
			'Sở',
			'',
			'',
			'',
			'',
			'Hạ Long, Quảng Ninh',
			'0203 3835 633',
			''
		]
	];
}

const TONE = /[\u0300\u0301\u0303\u0309\u0323]/;

/** Windows-1258 as Excel writes it: base letters (with circumflex, breve or horn) + a combining tone mark. */
export function encodeCp1258(text: string): Uint8Array {
	const decomposed = [...text.normalize('NFC')]
		.map((ch) => {
			const parts = [...ch.normalize('NFD')];
			return (
				parts
					.filter((p) => !TONE.test(p))
					.join('')
					.normalize('NFC') + parts.filter((p) => TONE.test(p)).join('')
			);
		})
		.join('');
	const bytes = iconv.encode(decomposed, 'windows-1258');
	if (iconv.decode(bytes, 'windows-1258').normalize('NFC') !== text.normalize('NFC')) {
		throw new Error('text not representable in windows-1258');
	}
	return new Uint8Array(bytes);
}

export function toSemicolonCsv(rows: string[][]): string {
	return rows.map((r) => r.join(';')).join('\r\n') + '\r\n';
}

export function quangNinhFile(rows = quangNinhRows()): Uint8Array {
	return encodeCp1258(toSemicolonCsv([HEADER, ...rows]));
}
