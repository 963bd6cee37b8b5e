// The school list's columns and values as people type them (Vietnamese or English, any accents/case).
import { foldHeader } from '../../imports/match-headers';

export const UNIT_FIELDS = [
	'code',
	'name',
	'type',
	'parent',
	'level',
	'ownership',
	'ministryCode',
	'address',
	'phone',
	'head'
] as const;
export type UnitField = (typeof UNIT_FIELDS)[number];

const HEADERS: Record<UnitField, string[]> = {
	code: ['madonvi', 'madv', 'ma', 'code', 'unitcode', 'matruong'],
	name: ['tendonvi', 'tendv', 'ten', 'name', 'unitname', 'tentruong'],
	type: ['loai', 'loaidonvi', 'type', 'unittype', 'kieu'],
	parent: [
		'madonvicaptren',
		'madvcaptren',
		'macaptren',
		'donvicaptren',
		'madonviquanly',
		'tructhuoc',
		'parent',
		'parentcode'
	],
	level: ['caphoc', 'bachoc', 'level', 'schoollevel'],
	ownership: ['loaihinh', 'loaihinhtruong', 'ownership'],
	ministryCode: ['matruongcsdl', 'macsdl', 'matruongcsdlnganh', 'macsdlnganh', 'ministrycode', 'moetcode'],
	address: ['diachi', 'address'],
	phone: ['dienthoai', 'sodienthoai', 'sdt', 'phone', 'telephone'],
	head: ['hieutruong', 'thutruong', 'nguoidungdau', 'head', 'headteacher', 'principal']
};

const BY_HEADER = new Map<string, UnitField>(
	UNIT_FIELDS.flatMap((f) => HEADERS[f].map((h) => [h, f] as const))
);

/** The field a header names, or null. */
export function matchUnitHeader(header: string): UnitField | null {
	return BY_HEADER.get(foldHeader(header)) ?? null;
}

export type ImportedUnitType = 'province' | 'district' | 'commune' | 'school' | 'cluster';

const TYPES: Record<ImportedUnitType, string[]> = {
	province: ['province', 'tinh', 'tinhthanhpho', 'so', 'sogddt', 'sogiaoducvadaotao', 'sogiaoducdaotao'],
	district: ['district', 'huyen', 'quan', 'quanhuyen', 'thixa', 'phong', 'phonggddt', 'phonggiaoducvadaotao'],
	commune: ['commune', 'xa', 'phuong', 'thitran', 'xaphuong', 'dackhu', 'xaphuongdackhu', 'ward'],
	cluster: ['cluster', 'cum', 'cumtruong', 'cumchuyenmon'],
	school: ['school', 'truong', 'truonghoc', 'coso', 'cosogiaoduc']
};

export type SchoolLevel = 'MN' | 'TH' | 'THCS' | 'THPT' | 'TH_THCS' | 'THCS_THPT';

const LEVELS: Record<SchoolLevel, string[]> = {
	MN: ['mn', 'mamnon', 'maugiao', 'nhatre', 'preschool'],
	TH: ['th', 'tieuhoc', 'primary'],
	THCS: ['thcs', 'trunghoccoso', 'lowersecondary'],
	THPT: ['thpt', 'trunghocphothong', 'uppersecondary'],
	TH_THCS: ['ththcs', 'thvathcs', 'tieuhocvatrunghoccoso', 'tieuhoctrunghoccoso', 'ptcs'],
	THCS_THPT: ['thcsthpt', 'thcsvathpt', 'trunghoccosovatrunghocphothong', 'trunghoccosotrunghocphothong']
};

export type Ownership = 'public' | 'non_public';

const OWNERSHIPS: Record<Ownership, string[]> = {
	public: ['public', 'conglap', 'cl'],
	non_public: ['nonpublic', 'ngoaiconglap', 'ncl', 'tuthuc', 'danlap', 'tuthucdanlap', 'private']
};

function lookup<K extends string>(table: Record<K, string[]>, value: string): K | null {
	const folded = foldHeader(value);
	if (!folded) return null;
	for (const key of Object.keys(table) as K[]) {
		if (table[key].includes(folded)) return key;
	}
	return null;
}

export const parseUnitType = (v: string) => lookup(TYPES, v);
export const parseSchoolLevel = (v: string) => lookup(LEVELS, v);
export const parseOwnership = (v: string) => lookup(OWNERSHIPS, v);

const CODE = /^[A-Z0-9][A-Z0-9_.-]{0,39}$/;

/** Unit codes are compared and stored upper case. */
export function normaliseCode(value: string): string | null {
	const code = value.trim().toUpperCase();
	return CODE.test(code) ? code : null;
}
