// A synthetic province of N schools for load tests and benchmarks (deterministic by seed).
import type { Ownership, SchoolDef, SchoolLevel } from '../../domain/types';
import { createRng, type Rng } from './generate-figures-common';

export type ScaleProvince = {
	province: { code: string; name: string };
	districts: {
		code: string;
		name: string;
		communes: { code: string; name: string }[];
		schools: SchoolDef[];
	}[];
};

const FIRST = [
	'An',
	'Tân',
	'Hòa',
	'Phú',
	'Bình',
	'Thạnh',
	'Đông',
	'Tây',
	'Nam',
	'Bắc',
	'Hưng',
	'Thuận',
	'Vĩnh',
	'Long',
	'Quang',
	'Minh',
	'Đức',
	'Phúc',
	'Thái',
	'Hồng',
	'Trường',
	'Thanh',
	'Kiến',
	'Quốc',
	'Đại',
	'Hải',
	'Sơn',
	'Lạc',
	'Yên',
	'Mỹ',
	'Cát',
	'Tràng',
	'Ngọc',
	'Hương',
	'Kim',
	'Xuân'
];
const SECOND = [
	'Lộc',
	'Thành',
	'Hòa',
	'Lợi',
	'Phong',
	'Thịnh',
	'Hưng',
	'Tiến',
	'Lập',
	'Khánh',
	'Định',
	'Thuận',
	'Bình',
	'An',
	'Xuân',
	'Nghĩa',
	'Trung',
	'Hải',
	'Sơn',
	'Điền',
	'Phước',
	'Lâm',
	'Cường',
	'Đồng',
	'Tân',
	'Mỹ',
	'Quý',
	'Linh',
	'Thắng',
	'Dương',
	'Bi',
	'Đức'
];
const PEOPLE = [
	'Nguyễn Trãi',
	'Lê Lợi',
	'Trần Hưng Đạo',
	'Chu Văn An',
	'Lý Tự Trọng',
	'Kim Đồng',
	'Võ Thị Sáu',
	'Nguyễn Du',
	'Lê Quý Đôn',
	'Ngô Quyền',
	'Hai Bà Trưng',
	'Quang Trung',
	'Phan Bội Châu',
	'Trần Phú',
	'Lê Hồng Phong',
	'Nguyễn Bỉnh Khiêm',
	'Tô Hiệu',
	'Đinh Tiên Hoàng',
	'Lý Thường Kiệt',
	'Trần Quốc Toản',
	'Nguyễn Đình Chiểu',
	'Hoàng Hoa Thám',
	'Phan Chu Trinh',
	'Nguyễn Văn Trỗi'
];
const FLOWERS = [
	'Hoa Sen',
	'Hoa Mai',
	'Ánh Dương',
	'Sao Mai',
	'Hướng Dương',
	'Tuổi Thơ',
	'Họa Mi',
	'Sơn Ca',
	'Vành Khuyên',
	'Búp Măng',
	'Hoa Hồng',
	'Bình Minh',
	'Thiên Thần',
	'Mặt Trời Nhỏ',
	'Cầu Vồng'
];
const SURNAMES = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Vũ', 'Đặng', 'Bùi', 'Đỗ', 'Ngô', 'Dương', 'Lý'];
const MIDDLE = ['Thị', 'Văn', 'Thị Thu', 'Minh', 'Thị Hồng', 'Đức', 'Thị Thanh', 'Quang', 'Ngọc'];
const GIVEN = ['Hà', 'Lan', 'Hương', 'Hùng', 'Dũng', 'Mai', 'Hạnh', 'Tuấn', 'Nga', 'Thảo', 'Phương', 'Long'];

const LEVEL_MIX: [SchoolLevel, number, number][] = [
	// level, cumulative share, share of non-public schools in the level
	['MN', 0.35, 0.45],
	['TH', 0.7, 0.07],
	['THCS', 0.95, 0.03],
	['TH_THCS', 1, 0.1]
];
const LEVEL_NAME: Record<string, string> = {
	MN: 'Mầm non',
	TH: 'Tiểu học',
	THCS: 'THCS',
	TH_THCS: 'TH&THCS'
};

const pick = <T>(rng: Rng, xs: readonly T[]): T => xs[Math.floor(rng.next() * xs.length)];
const pad = (n: number, width: number) => String(n).padStart(width, '0');

/** District sizes of ~60–120 summing to n (one district when n is small). */
function districtSizes(n: number, rng: Rng): number[] {
	if (n <= 120) return [n];
	const k = Math.min(Math.floor(n / 60), Math.max(Math.ceil(n / 120), Math.round(n / 90)));
	const sizes = Array.from({ length: k }, (_, i) => Math.floor(n / k) + (i < n % k ? 1 : 0));
	for (let t = 0; t < k * 3; t++) {
		const a = rng.int(0, k - 1);
		const b = rng.int(0, k - 1);
		const moved = Math.min(rng.int(0, 15), sizes[a] - 60, 120 - sizes[b]);
		if (a !== b && moved > 0) {
			sizes[a] -= moved;
			sizes[b] += moved;
		}
	}
	return sizes;
}

/** Distinct two-syllable place names. */
function placeNames(count: number, rng: Rng, taken: Set<string>): string[] {
	const names: string[] = [];
	for (let tries = 0; names.length < count; tries++) {
		let name = `${pick(rng, FIRST)} ${pick(rng, SECOND)}`;
		if (tries > 2000) name = `${name} ${tries}`;
		const [a, b] = name.split(' ');
		if (a === b || taken.has(name)) continue;
		taken.add(name);
		names.push(name);
	}
	return names;
}

function schoolSize(level: SchoolLevel, ownership: Ownership, urban: boolean, rng: Rng) {
	let classes: number;
	let perClass: number;
	if (level === 'MN') {
		classes = ownership === 'non_public' ? rng.int(2, 8) : rng.int(6, urban ? 22 : 14);
		perClass = ownership === 'non_public' ? rng.range(16, 25) : rng.range(urban ? 28 : 22, urban ? 34 : 30);
	} else if (level === 'TH') {
		classes = rng.int(urban ? 18 : 10, urban ? 40 : 25);
		perClass = rng.range(urban ? 36 : 26, urban ? 44 : 35);
	} else if (level === 'THCS') {
		classes = rng.int(urban ? 14 : 8, urban ? 36 : 20);
		perClass = rng.range(urban ? 40 : 30, urban ? 46 : 40);
	} else {
		classes = rng.int(9, 18);
		perClass = rng.range(22, 32);
	}
	if (ownership === 'non_public' && level !== 'MN') classes = Math.max(5, Math.round(classes * 0.5));
	return { classes, pupils: Math.round(classes * perClass) };
}

export function generateScaleProvince(opts: { schools: number; seed: number }): ScaleProvince {
	const total = Math.max(0, Math.floor(opts.schools));
	const rng = createRng(opts.seed, 'scale-province');
	const districtNames = placeNames(Math.max(1, Math.ceil(total / 60)), rng, new Set());
	const sizes = total === 0 ? [] : districtSizes(total, rng);
	let next = 1;
	const districts = sizes.map((size, d) => {
		const code = `D${pad(d + 1, 3)}`;
		const urban = rng.chance(0.25);
		const communeNames = placeNames(Math.max(1, Math.round(size / rng.range(4, 7))), rng, new Set());
		const communes = communeNames.map((name, c) => ({
			code: `${code}X${pad(c + 1, 2)}`,
			name: `${urban ? 'Phường' : 'Xã'} ${name}`
		}));
		const used = new Set<string>();
		const schools: SchoolDef[] = [];
		for (let i = 0; i < size; i++) {
			const u = rng.next();
			const [level, , npShare] = LEVEL_MIX.find(([, cum]) => u < cum) ?? LEVEL_MIX[0];
			const ownership: Ownership = rng.chance(npShare) ? 'non_public' : 'public';
			const commune = pick(rng, communes);
			const place = commune.name.replace(/^(Xã|Phường) /, '');
			const kind = ownership === 'non_public' ? `${LEVEL_NAME[level]} tư thục` : LEVEL_NAME[level];
			const base =
				ownership === 'non_public'
					? pick(rng, FLOWERS)
					: level === 'MN' || level === 'TH_THCS' || rng.chance(0.6)
						? place
						: pick(rng, PEOPLE);
			let name = `Trường ${kind} ${base}`;
			for (let k = 2; used.has(name); k++) name = `Trường ${kind} ${base} ${k}`;
			used.add(name);
			const { pupils, classes } = schoolSize(level, ownership, urban, rng);
			schools.push({
				code: `S${pad(next++, 5)}`,
				name,
				level,
				ownership,
				pupils,
				classes,
				commune2025: commune.code,
				contactName: `${pick(rng, SURNAMES)} ${pick(rng, MIDDLE)} ${pick(rng, GIVEN)}`,
				contactPhone: `09${pad(rng.int(0, 99_999_999), 8)}`
			});
		}
		return { code, name: `${urban ? 'Quận' : 'Huyện'} ${districtNames[d]}`, communes, schools };
	});
	return { province: { code: 'SCALE', name: 'Tỉnh Quy Mô (dữ liệu thử tải)' }, districts };
}
