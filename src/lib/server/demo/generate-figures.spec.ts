import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { SCHOOL_LEVELS, levelParts, type PeriodDef, type SchoolDef } from '../../domain/types';
import { generateFigures, type GeneratedSubmission, type GenerateOptions } from './generate-figures';
import { split, createRng } from './generate-figures-common';
import { generateScaleProvince } from './generate-scale';

function period(form: string, key: string, start: string, end: string, deadline: string): PeriodDef {
	return {
		form,
		key,
		labelVi: key,
		labelEn: key,
		start,
		end,
		schoolDeadline: deadline,
		districtDeadline: deadline
	};
}

/** The school-year forms plus monthly reports for `months` months starting in `firstMonth`. */
function yearPeriods(y: number, firstMonth = 9, months = 10): PeriodDef[] {
	const ps = [
		period('DAU_NAM', 'DAU_NAM', `${y}-08-01`, `${y}-09-30`, `${y}-09-25`),
		period('CAN_DO', 'CAN_DO_1', `${y}-09-01`, `${y}-09-30`, `${y}-09-25`),
		period('CAN_DO', 'CAN_DO_2', `${y}-11-01`, `${y}-12-05`, `${y}-12-05`),
		period('HK1', 'HK1', `${y}-09-06`, `${y + 1}-01-15`, `${y}-12-05`),
		period('CAN_DO', 'CAN_DO_3', `${y + 1}-04-01`, `${y + 1}-05-05`, `${y + 1}-05-05`),
		period('CUOI_NAM', 'CUOI_NAM', `${y + 1}-01-16`, `${y + 1}-05-31`, `${y + 1}-05-10`)
	];
	for (let i = 0; i < months; i++) {
		const m = ((firstMonth - 1 + i) % 12) + 1;
		const yy = m >= firstMonth ? y : y + 1;
		const mm = String(m).padStart(2, '0');
		const next = m === 12 ? `${yy + 1}-01-05` : `${yy}-${String(m + 1).padStart(2, '0')}-05`;
		ps.push(period('THANG', `${yy}-${mm}`, `${yy}-${mm}-01`, `${yy}-${mm}-28`, next));
	}
	return ps;
}

const PERIODS = yearPeriods(2024);
const school = (
	code: string,
	level: SchoolDef['level'],
	ownership: SchoolDef['ownership'],
	pupils: number,
	classes: number
): SchoolDef => ({
	code,
	name: `Trường ${code}`,
	level,
	ownership,
	pupils,
	classes
});
const SCHOOLS: SchoolDef[] = [
	school('MN01', 'MN', 'public', 320, 11),
	school('MN02', 'MN', 'public', 180, 7),
	school('MN03', 'MN', 'non_public', 90, 5),
	school('MN04', 'MN', 'non_public', 40, 2),
	school('TH01', 'TH', 'public', 900, 24),
	school('TH02', 'TH', 'public', 450, 15),
	school('TH03', 'TH', 'non_public', 300, 10),
	school('THCS01', 'THCS', 'public', 800, 20),
	school('THCS02', 'THCS', 'public', 380, 10),
	school('THTHCS01', 'TH_THCS', 'public', 420, 16),
	school('CAP23', 'THCS_THPT', 'public', 900, 22),
	school('THPT01', 'THPT', 'public', 1200, 30),
	school('TINY', 'TH', 'public', 3, 1),
	school('EMPTY', 'MN', 'public', 0, 0)
];
const BASE: GenerateOptions = {
	schools: SCHOOLS,
	yearCode: '2024-2025',
	periods: PERIODS,
	seed: 42,
	yearIndex: 0
};

const YES_NO = ['CO_CAMERA', 'CO_PHONGTHONGMINH', 'CO_THUVIENSO', 'TU_DANHGIA'];
const NOT_ABOVE: [string, string][] = [
	['MN_TRE_NT_RALOP', 'MN_TRE_NT_DIABAN'],
	['MN_TRE_MG_RALOP', 'MN_TRE_MG_DIABAN'],
	['MN_TRE_5T_RALOP', 'MN_TRE_5T_DIABAN'],
	['MN_TRE_5T_DIABAN', 'MN_TRE_MG_DIABAN'],
	['MN_TRE_5T_RALOP', 'MN_TRE_MG_RALOP'],
	['MN_TRE_5T_RALOP', 'MN_TS_TRE'],
	['MN_TRE_KHAMSK', 'MN_TS_TRE'],
	['MN_TRE_SDD', 'MN_TRE_KHAMSK'],
	['MN_TRE_TUPHUCVU', 'MN_TS_TRE'],
	['MN_TRE_DAT5LV', 'MN_TS_TRE'],
	['TH_HS_LOP1', 'TH_TS_HS'],
	['TH_LOP1', 'TH_TS_LOP'],
	['TH_TRE6T_VAOLOP1', 'TH_TRE6T_DIABAN'],
	['TH_TRE6T_VAOLOP1', 'TH_HS_LOP1'],
	['TH_HS_2BUOI', 'TH_TS_HS'],
	['TH_HS_NGOAINGU', 'TH_TS_HS'],
	['TH_HS_BANTRU', 'TH_TS_HS'],
	['TH_HS_PCNL_TOT', 'TH_HS_PCNL_DAT'],
	['TH_HS_PCNL_DAT', 'TH_TS_HS'],
	['TH_HS_LOP5', 'TH_TS_HS'],
	['TH_HS_HTCTTH', 'TH_HS_LOP5'],
	['THCS_HS_LOP6', 'THCS_TS_HS'],
	['THCS_LOP6', 'THCS_TS_LOP'],
	['THCS_HS_LOP9', 'THCS_TS_HS'],
	['THCS_TN', 'THCS_HS_LOP9'],
	['GV_TRENCHUAN', 'GV_DATCHUAN'],
	['GV_DATCHUAN', 'GV_TS'],
	['PH_MAYCHIEU', 'PH_TS'],
	['PH_THONGMINH', 'PH_TS']
];
const SUMS: [string, string[]][] = [
	['MN_TS_TRE', ['MN_TRE_NT_RALOP', 'MN_TRE_MG_RALOP']],
	['TH_TS_HS', ['TH_HS_HTXS', 'TH_HS_HTT', 'TH_HS_HT', 'TH_HS_CHT']],
	['THCS_TS_HS', ['THCS_RL_TOT', 'THCS_RL_KHA', 'THCS_RL_DAT', 'THCS_RL_CHUADAT']],
	['THCS_TS_HS', ['THCS_HT_TOT', 'THCS_HT_KHA', 'THCS_HT_DAT', 'THCS_HT_CHUADAT']],
	['THCS_TN', ['THCS_TN_GIOI', 'THCS_TN_KHA', 'THCS_TN_TB']]
];

/** The validation rules of domain.md §4, within one submission. */
function violations(s: GeneratedSubmission): string[] {
	const f = s.figures;
	const bad: string[] = [];
	const where = `${s.schoolCode}/${s.periodKey}`;
	for (const [code, v] of Object.entries(f)) {
		if (!Number.isInteger(v) || v < 0) bad.push(`${where} ${code}=${v} is not a non-negative integer`);
		if (!/^[A-Z0-9_]+$/.test(code)) bad.push(`${where} bad code ${code}`);
	}
	for (const c of YES_NO) if (c in f && f[c] > 1) bad.push(`${where} ${c}=${f[c]} not yes/no`);
	if ('CHUAN_QG_MUC' in f && f.CHUAN_QG_MUC > 2) bad.push(`${where} CHUAN_QG_MUC>2`);
	if ('KDCL_CAPDO' in f && f.KDCL_CAPDO > 4) bad.push(`${where} KDCL_CAPDO>4`);
	if ('TIN_BAI_THANG' in f && f.TIN_BAI_THANG > 8) bad.push(`${where} TIN_BAI_THANG>8`);
	for (const [a, b] of NOT_ABOVE)
		if (a in f && b in f && f[a] > f[b]) bad.push(`${where} ${a}=${f[a]} > ${b}=${f[b]}`);
	for (const [total, parts] of SUMS) {
		if (!parts.every((p) => p in f) || !(total in f)) continue;
		const sum = parts.reduce((acc, p) => acc + f[p], 0);
		if (sum !== f[total]) bad.push(`${where} ${parts.join('+')}=${sum} ≠ ${total}=${f[total]}`);
	}
	if ('MN_TRE_CANBT' in f && f.MN_TRE_CANBT + f.MN_TRE_BEOPHI > f.MN_TRE_KHAMSK)
		bad.push(`${where} CANBT+BEOPHI > KHAMSK`);
	if ('PH_THONGMINH' in f && f.PH_THONGMINH > 0 !== (f.CO_PHONGTHONGMINH === 1))
		bad.push(`${where} PH_THONGMINH=${f.PH_THONGMINH} but CO_PHONGTHONGMINH=${f.CO_PHONGTHONGMINH}`);
	if ('TH_HS_LOP5' in f && 'TH_HS_LOP1' in f && f.TH_HS_LOP1 + f.TH_HS_LOP5 > f.TH_TS_HS)
		bad.push(`${where} grade 1 + grade 5 > pupils`);
	if ('THCS_HS_LOP9' in f && 'THCS_HS_LOP6' in f && f.THCS_HS_LOP6 + f.THCS_HS_LOP9 > f.THCS_TS_HS)
		bad.push(`${where} grade 6 + grade 9 > pupils`);
	return bad;
}

/** Rules across one school's periods: few transfers; the 5-year-olds stay within the kindergarten group. */
function crossViolations(subs: GeneratedSubmission[]): string[] {
	const bad: string[] = [];
	const by = new Map<string, Map<string, Record<string, number>>>();
	for (const s of subs) {
		if (!by.has(s.schoolCode)) by.set(s.schoolCode, new Map());
		by.get(s.schoolCode)!.set(s.periodKey, s.figures);
	}
	for (const [code, ps] of by) {
		const dau = ps.get('DAU_NAM');
		if (!dau) continue;
		for (const key of ['HK1', 'CUOI_NAM', 'CAN_DO_1', 'CAN_DO_2', 'CAN_DO_3']) {
			const f = ps.get(key);
			if (!f) continue;
			for (const c of ['TH_TS_HS', 'THCS_TS_HS', 'MN_TS_TRE']) {
				if (!(c in f) || !(c in dau)) continue;
				if (Math.abs(f[c] - dau[c]) > Math.max(6, 0.05 * dau[c]))
					bad.push(`${code}/${key} ${c} ${dau[c]} → ${f[c]}`);
			}
			if ('MN_TRE_5T_RALOP' in f && f.MN_TRE_5T_RALOP > dau.MN_TRE_MG_RALOP)
				bad.push(`${code}/${key} 5T > MG`);
			if (key !== 'CUOI_NAM' || !('GV_TS' in f)) continue;
			// staff stay; equipment is not lost during the year
			for (const c of ['GV_TS', 'GV_DATCHUAN', 'GV_TRENCHUAN', 'PH_TS'])
				if (f[c] !== dau[c]) bad.push(`${code}/${key} ${c} changed`);
			for (const c of [
				'PH_MAYCHIEU',
				'PH_THONGMINH',
				'CO_CAMERA',
				'CO_PHONGTHONGMINH',
				'CO_THUVIENSO',
				'CHUAN_QG_MUC'
			])
				if (f[c] < dau[c]) bad.push(`${code}/${key} ${c} fell`);
		}
	}
	return bad;
}

const byKey = (subs: GeneratedSubmission[], code: string, key: string) =>
	subs.find((s) => s.schoolCode === code && s.periodKey === key)?.figures;

describe('split', () => {
	it('always yields non-negative integers summing to the total', () => {
		fc.assert(
			fc.property(
				fc.integer({ min: 0, max: 5000 }),
				fc.array(fc.double({ min: 0, max: 1.5, noNaN: true }), { minLength: 2, maxLength: 5 }),
				fc.nat(),
				fc.integer(),
				(total, shares, restRaw, seed) => {
					const rest = restRaw % shares.length;
					const counts = split(total, shares, rest, createRng(seed, 'split'));
					expect(counts.every((c) => Number.isInteger(c) && c >= 0)).toBe(true);
					expect(counts.reduce((a, b) => a + b, 0)).toBe(total);
				}
			)
		);
	});
});

describe('generateFigures: consistency', () => {
	it('the fixture checker catches a broken submission', () => {
		const bad: GeneratedSubmission = {
			schoolCode: 'X',
			periodKey: 'HK1',
			submittedAt: null,
			figures: {
				TH_TS_HS: 10,
				TH_HS_HTXS: 5,
				TH_HS_HTT: 3,
				TH_HS_HT: 1,
				TH_HS_CHT: 0,
				GV_TS: 2,
				GV_DATCHUAN: 3
			}
		};
		expect(violations(bad)).toHaveLength(2);
	});

	it('breaks no validation rule in any submission, over several seeds, years and quirks', () => {
		for (const seed of [1, 42, 2024, 987654321]) {
			for (const yearIndex of [0, 2, 5]) {
				const subs = generateFigures({
					...BASE,
					seed,
					yearIndex,
					quirks: { underTarget: ['TH02', 'MN02', 'THCS02'], implausiblyHigh: ['TH01', 'THCS01', 'MN01'] }
				});
				expect(subs.length).toBeGreaterThan(100);
				expect(subs.flatMap(violations)).toEqual([]);
				expect(crossViolations(subs)).toEqual([]);
			}
		}
	});

	it('holds for arbitrary schools (property)', () => {
		const arbSchool = fc.record({
			level: fc.constantFrom(...SCHOOL_LEVELS),
			ownership: fc.constantFrom('public' as const, 'non_public' as const),
			pupils: fc.integer({ min: 0, max: 3000 }),
			classes: fc.integer({ min: 0, max: 80 }),
			quirk: fc.constantFrom('none', 'under', 'high', 'late', 'missing')
		});
		fc.assert(
			fc.property(
				fc.array(arbSchool, { minLength: 1, maxLength: 8 }),
				fc.integer(),
				fc.nat(8),
				(defs, seed, yearIndex) => {
					const schools = defs.map((d, i) => school(`P${i}`, d.level, d.ownership, d.pupils, d.classes));
					const codes = (q: string) => schools.filter((_, i) => defs[i].quirk === q).map((s) => s.code);
					const subs = generateFigures({
						...BASE,
						schools,
						seed,
						yearIndex,
						quirks: {
							underTarget: codes('under'),
							implausiblyHigh: codes('high'),
							late: codes('late'),
							missing: codes('missing')
						}
					});
					expect(subs.flatMap(violations)).toEqual([]);
					expect(crossViolations(subs)).toEqual([]);
				}
			),
			{ numRuns: 150 }
		);
	});

	it('reports exactly the contract codes of each form for each level', () => {
		const subs = generateFigures(BASE);
		const codes = (code: string, key: string) => Object.keys(byKey(subs, code, key) ?? {}).sort();
		const staff = [
			'GV_TS',
			'GV_DATCHUAN',
			'GV_TRENCHUAN',
			'PH_TS',
			'PH_MAYCHIEU',
			'CO_CAMERA',
			'CO_PHONGTHONGMINH',
			'CO_THUVIENSO'
		];
		const status = ['CHUAN_QG_MUC', 'KDCL_CAPDO'];
		const mnDau = [
			'MN_TRE_NT_DIABAN',
			'MN_TRE_NT_RALOP',
			'MN_TRE_MG_DIABAN',
			'MN_TRE_MG_RALOP',
			'MN_TRE_5T_DIABAN',
			'MN_TRE_5T_RALOP',
			'MN_TS_TRE'
		];
		const thDau = [
			'TH_TS_HS',
			'TH_TS_LOP',
			'TH_HS_LOP1',
			'TH_LOP1',
			'TH_TRE6T_DIABAN',
			'TH_TRE6T_VAOLOP1',
			'TH_HS_2BUOI',
			'TH_HS_NGOAINGU',
			'TH_HS_BANTRU',
			'TH_HS_LOP5'
		];
		const thcsDau = ['THCS_TS_HS', 'THCS_TS_LOP', 'THCS_HS_LOP6', 'THCS_LOP6', 'THCS_HS_LOP9'];
		const thHk = [
			'TH_TS_HS',
			'TH_HS_HTXS',
			'TH_HS_HTT',
			'TH_HS_HT',
			'TH_HS_CHT',
			'TH_HS_PCNL_DAT',
			'TH_HS_PCNL_TOT',
			'TH_HS_BOHOC'
		];
		const thcsHk = [
			'THCS_TS_HS',
			'THCS_RL_TOT',
			'THCS_RL_KHA',
			'THCS_RL_DAT',
			'THCS_RL_CHUADAT',
			'THCS_HT_TOT',
			'THCS_HT_KHA',
			'THCS_HT_DAT',
			'THCS_HT_CHUADAT',
			'THCS_HS_BOHOC'
		];
		const end = ['TU_DANHGIA', 'GV_VIPHAM', ...staff, ...status];
		const smart = ['PH_THONGMINH']; // smart classrooms in use: TH and THCS schools only
		const mnEnd = ['MN_TS_TRE', 'MN_TRE_TUPHUCVU', 'MN_TRE_DAT5LV', 'MN_TRE_5T_DIABAN', 'MN_TRE_5T_RALOP'];
		const sorted = (...xs: string[][]) => [...new Set(xs.flat())].sort();
		expect(codes('MN01', 'DAU_NAM')).toEqual(sorted(mnDau, staff, status));
		expect(codes('MN01', 'CAN_DO_2')).toEqual(
			sorted(['MN_TS_TRE', 'MN_TRE_KHAMSK', 'MN_TRE_CANBT', 'MN_TRE_SDD', 'MN_TRE_BEOPHI'])
		);
		expect(codes('MN01', 'HK1')).toEqual(['GV_VIPHAM', 'MN_TS_TRE']);
		expect(codes('MN01', 'CUOI_NAM')).toEqual(sorted(mnEnd, end));
		expect(codes('TH01', 'DAU_NAM')).toEqual(sorted(thDau, staff, status, smart));
		expect(codes('TH01', 'HK1')).toEqual(sorted(thHk, ['GV_VIPHAM']));
		expect(codes('TH01', 'CUOI_NAM')).toEqual(sorted(thHk, ['TH_HS_LOP5', 'TH_HS_HTCTTH'], end, smart));
		expect(codes('THCS01', 'CUOI_NAM')).toEqual(
			sorted(thcsHk, ['THCS_HS_LOP9', 'THCS_TN', 'THCS_TN_GIOI', 'THCS_TN_KHA', 'THCS_TN_TB'], end, smart)
		);
		expect(codes('THTHCS01', 'DAU_NAM')).toEqual(sorted(thDau, thcsDau, staff, status, smart));
		expect(codes('CAP23', 'HK1')).toEqual(sorted(thcsHk, ['GV_VIPHAM']));
		expect(codes('THPT01', 'DAU_NAM')).toEqual(sorted(staff, status));
		expect(codes('THPT01', 'CUOI_NAM')).toEqual(sorted(end));
		expect(codes('TH01', '2024-10')).toEqual(['TIN_BAI_THANG']);
	});

	it('sends growth monitoring (CAN_DO) only to schools with preschool classes', () => {
		const subs = generateFigures(BASE);
		const canDo = subs.filter((s) => s.periodKey.startsWith('CAN_DO'));
		expect(new Set(canDo.map((s) => s.schoolCode))).toEqual(
			new Set(['MN01', 'MN02', 'MN03', 'MN04', 'EMPTY'])
		);
		for (const s of SCHOOLS) {
			const expected = levelParts(s.level).includes('MN') ? PERIODS.length : PERIODS.length - 3;
			expect(subs.filter((x) => x.schoolCode === s.code)).toHaveLength(expected);
		}
	});

	it('splits combined schools between their levels', () => {
		const f = byKey(generateFigures(BASE), 'THTHCS01', 'DAU_NAM')!;
		expect(f.TH_TS_HS).toBeGreaterThan(0);
		expect(f.THCS_TS_HS).toBeGreaterThan(0);
		expect(Math.abs(f.TH_TS_HS + f.THCS_TS_HS - 420)).toBeLessThan(30);
		expect(f.TH_TS_LOP + f.THCS_TS_LOP).toBe(16);
	});

	it('skips periods outside a school’s active dates', () => {
		const schools = [
			{ ...SCHOOLS[4], activeFrom: '2025-01-01' },
			{ ...SCHOOLS[5], activeTo: '2024-09-01' }
		];
		const subs = generateFigures({ ...BASE, schools });
		const keys = (c: string) => subs.filter((s) => s.schoolCode === c).map((s) => s.periodKey);
		expect(keys('TH01')).not.toContain('DAU_NAM');
		expect(keys('TH01')).toContain('CUOI_NAM');
		expect(keys('TH02')).toContain('DAU_NAM');
		expect(keys('TH02')).not.toContain('HK1');
	});
});

describe('generateFigures: determinism', () => {
	it('gives identical output for identical input, and different output for another seed', () => {
		const a = generateFigures({ ...BASE, quirks: { late: ['TH01'], missing: ['MN03'] } });
		const b = generateFigures({ ...BASE, quirks: { late: ['TH01'], missing: ['MN03'] } });
		expect(b).toEqual(a);
		expect(JSON.stringify(b)).toBe(JSON.stringify(a));
		expect(generateFigures({ ...BASE, seed: 43 })).not.toEqual(generateFigures(BASE));
		expect(generateFigures({ ...BASE, yearCode: '2025-2026' })).not.toEqual(generateFigures(BASE));
	});

	it('gives a school the same figures whatever the other schools are', () => {
		const all = generateFigures(BASE);
		const alone = generateFigures({ ...BASE, schools: [SCHOOLS[4]] });
		expect(alone).toEqual(all.filter((s) => s.schoolCode === 'TH01'));
	});
});

const share = (subs: GeneratedSubmission[], key: string, num: string, den: string) => {
	let n = 0;
	let d = 0;
	for (const s of subs) {
		if (s.periodKey !== key || !(num in s.figures)) continue;
		n += s.figures[num];
		d += s.figures[den];
	}
	return (100 * n) / d;
};

describe('generateFigures: realism', () => {
	const province = generateScaleProvince({ schools: 400, seed: 7 });
	const many = province.districts.flatMap((d) => d.schools);
	const subs = generateFigures({ ...BASE, schools: many });

	it('puts district rates around the plan targets of domain.md §4', () => {
		expect(share(subs, 'DAU_NAM', 'TH_HS_2BUOI', 'TH_TS_HS')).toBeGreaterThan(97);
		expect(share(subs, 'DAU_NAM', 'TH_HS_NGOAINGU', 'TH_TS_HS')).toBeGreaterThan(99);
		const xs = share(subs, 'CUOI_NAM', 'TH_HS_HTXS', 'TH_TS_HS');
		expect(xs).toBeGreaterThan(54);
		expect(xs).toBeLessThan(61);
		const conduct = share(subs, 'CUOI_NAM', 'THCS_RL_TOT', 'THCS_TS_HS');
		expect(conduct).toBeGreaterThan(95);
		expect(conduct).toBeLessThan(97.5);
		expect(share(subs, 'CUOI_NAM', 'THCS_TN', 'THCS_HS_LOP9')).toBeGreaterThan(99.5);
		expect(share(subs, 'CUOI_NAM', 'TH_HS_HTCTTH', 'TH_HS_LOP5')).toBeGreaterThan(99.5);
		const good = share(subs, 'CUOI_NAM', 'THCS_TN_GIOI', 'THCS_TN');
		expect(good).toBeGreaterThan(68);
		expect(good).toBeLessThan(77);
		expect(share(subs, 'DAU_NAM', 'MN_TRE_5T_RALOP', 'MN_TRE_5T_DIABAN')).toBeGreaterThan(99);
		const dau = subs.filter((s) => s.periodKey === 'DAU_NAM' && 'MN_TS_TRE' in s.figures);
		const sum = (code: string) => dau.reduce((a, s) => a + s.figures[code], 0);
		const mobilised = (100 * sum('MN_TS_TRE')) / (sum('MN_TRE_NT_DIABAN') + sum('MN_TRE_MG_DIABAN'));
		expect(mobilised).toBeGreaterThan(80); // seed 004: 7,910 / 9,232 = 85.7%
		expect(mobilised).toBeLessThan(92);
		const checked = share(subs, 'CAN_DO_1', 'MN_TRE_CANBT', 'MN_TRE_KHAMSK');
		expect(checked).toBeGreaterThan(93);
		expect(checked).toBeLessThan(98);
	});

	it('gives mostly zero dropouts and ethics violations, and mostly ≥ 4 news posts a month', () => {
		const end = subs.filter((s) => s.periodKey === 'CUOI_NAM');
		const zeroDrop = end.filter((s) => !s.figures.TH_HS_BOHOC && !s.figures.THCS_HS_BOHOC).length;
		expect(zeroDrop / end.length).toBeGreaterThan(0.9);
		expect(end.filter((s) => s.figures.GV_VIPHAM === 0).length / end.length).toBeGreaterThan(0.95);
		const months = subs.filter((s) => /^\d{4}-(09|1[0-2]|0[1-5])$/.test(s.periodKey));
		const ok = months.filter((s) => s.figures.TIN_BAI_THANG >= 4).length / months.length;
		expect(ok).toBeGreaterThan(0.75);
		expect(ok).toBeLessThan(1);
	});

	it('qualifies ~99% of public and ~71–72% of non-public preschool teachers', () => {
		const dau = subs.filter((s) => s.periodKey === 'DAU_NAM');
		const owner = new Map(many.map((s) => [s.code, s]));
		const rate = (ownership: string) => {
			const xs = dau.filter(
				(s) => owner.get(s.schoolCode)!.level === 'MN' && owner.get(s.schoolCode)!.ownership === ownership
			);
			return (
				(100 * xs.reduce((a, s) => a + s.figures.GV_DATCHUAN, 0)) /
				xs.reduce((a, s) => a + s.figures.GV_TS, 0)
			);
		};
		expect(rate('public')).toBeGreaterThan(98);
		expect(rate('non_public')).toBeGreaterThan(66);
		expect(rate('non_public')).toBeLessThan(77);
	});

	it('lowers malnutrition by ~1–2 points from round 1 to round 3 for most preschools', () => {
		const r1 = share(subs, 'CAN_DO_1', 'MN_TRE_SDD', 'MN_TRE_KHAMSK');
		const r3 = share(subs, 'CAN_DO_3', 'MN_TRE_SDD', 'MN_TRE_KHAMSK');
		expect(r1 - r3).toBeGreaterThan(0.9);
		expect(r1 - r3).toBeLessThan(2.1);
		const mn = many.filter((s) => s.level === 'MN');
		const falling = mn.filter((s) => {
			const a = byKey(subs, s.code, 'CAN_DO_1')!;
			const b = byKey(subs, s.code, 'CAN_DO_3')!;
			return b.MN_TRE_SDD / b.MN_TRE_KHAMSK < a.MN_TRE_SDD / a.MN_TRE_KHAMSK;
		});
		expect(falling.length / mn.length).toBeGreaterThan(0.75);
	});

	it('improves slightly year over year', () => {
		// callers may use another seed per year: the year-over-year continuity must survive it
		const later = generateFigures({ ...BASE, schools: many, seed: 99, yearIndex: 4, yearCode: '2028-2029' });
		for (const [key, num, den] of [
			['DAU_NAM', 'TH_HS_2BUOI', 'TH_TS_HS'],
			['DAU_NAM', 'PH_MAYCHIEU', 'PH_TS'],
			['DAU_NAM', 'CO_CAMERA', 'CO_CAMERA'],
			['CUOI_NAM', 'TH_HS_HTXS', 'TH_TS_HS']
		]) {
			if (num === 'CO_CAMERA') {
				const count = (xs: GeneratedSubmission[]) =>
					xs.filter((s) => s.periodKey === key && s.figures.CO_CAMERA === 1).length;
				expect(count(later)).toBeGreaterThan(count(subs));
			} else expect(share(later, key, num, den)).toBeGreaterThan(share(subs, key, num, den));
		}
		const sdd = (xs: GeneratedSubmission[]) => share(xs, 'CAN_DO_1', 'MN_TRE_SDD', 'MN_TRE_KHAMSK');
		expect(sdd(later)).toBeLessThan(sdd(subs));
		// a school's national-standard level and equipment never fall back
		for (const s of many) {
			const before = byKey(subs, s.code, 'DAU_NAM')!;
			const after = byKey(later, s.code, 'DAU_NAM')!;
			for (const c of ['CHUAN_QG_MUC', 'CO_CAMERA', 'CO_PHONGTHONGMINH', 'CO_THUVIENSO'])
				expect(after[c], `${s.code} ${c}`).toBeGreaterThanOrEqual(before[c]);
		}
	});
});

describe('generateFigures: quirks', () => {
	const quirks = {
		underTarget: ['TH02', 'THCS02', 'MN02'],
		implausiblyHigh: ['TH01', 'THCS01'],
		late: ['TH03', 'MN01'],
		missing: ['THCS02', 'MN03']
	};
	const normal = generateFigures(BASE);
	const subs = generateFigures({ ...BASE, quirks });

	it('makes underTarget schools fall clearly short', () => {
		const dau = byKey(subs, 'TH02', 'DAU_NAM')!;
		expect(dau.TH_HS_2BUOI / dau.TH_TS_HS).toBeLessThan(0.95);
		const end = byKey(subs, 'TH02', 'CUOI_NAM')!;
		expect(end.TH_HS_HTXS / end.TH_TS_HS).toBeLessThan(0.5);
		expect(end.TH_HS_BOHOC).toBeGreaterThanOrEqual(1);
		expect(dau.GV_DATCHUAN / dau.GV_TS).toBeLessThan(
			byKey(normal, 'TH02', 'DAU_NAM')!.GV_DATCHUAN / byKey(normal, 'TH02', 'DAU_NAM')!.GV_TS
		);
		const mnEnd = byKey(subs, 'MN02', 'CUOI_NAM')!;
		expect(mnEnd.MN_TRE_TUPHUCVU / mnEnd.MN_TS_TRE).toBeLessThan(0.95);
		const thcs = byKey(subs, 'THCS02', 'DAU_NAM');
		expect(thcs).toBeDefined(); // also "missing": its first report still arrives
	});

	it('makes implausiblyHigh schools report inflated results', () => {
		for (const key of ['HK1', 'CUOI_NAM']) {
			const th = byKey(subs, 'TH01', key)!;
			expect(th.TH_HS_HTXS / th.TH_TS_HS).toBeGreaterThan(0.85);
			const thcs = byKey(subs, 'THCS01', key)!;
			expect(thcs.THCS_RL_TOT).toBe(thcs.THCS_TS_HS);
		}
		const normalTh = byKey(normal, 'TH01', 'CUOI_NAM')!;
		expect(normalTh.TH_HS_HTXS / normalTh.TH_TS_HS).toBeLessThan(0.7);
	});

	it('submits late schools 3–12 days after the deadline and everyone else 0–5 days before it, in office hours', () => {
		const deadline = new Map(PERIODS.map((p) => [p.key, p.schoolDeadline]));
		const DAY = 86_400_000;
		let lateCount = 0;
		for (const s of subs) {
			expect(s.submittedAt).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
			const local = new Date(Date.parse(s.submittedAt!) + 7 * 3600_000); // Asia/Ho_Chi_Minh wall clock
			const days = Math.round(
				(Date.UTC(local.getUTCFullYear(), local.getUTCMonth(), local.getUTCDate()) -
					Date.parse(deadline.get(s.periodKey)!)) /
					DAY
			);
			const minutes = local.getUTCHours() * 60 + local.getUTCMinutes();
			expect(minutes).toBeGreaterThanOrEqual(7 * 60 + 30);
			expect(minutes).toBeLessThanOrEqual(17 * 60);
			expect([0, 6]).not.toContain(local.getUTCDay());
			if (quirks.late.includes(s.schoolCode)) {
				lateCount++;
				expect(days).toBeGreaterThanOrEqual(3);
				expect(days).toBeLessThanOrEqual(12);
			} else {
				expect(days).toBeLessThanOrEqual(0);
				expect(days).toBeGreaterThanOrEqual(-5);
			}
		}
		expect(lateCount).toBe(2 * PERIODS.length - 3);
	});

	it('omits every report of a missing school after its first one', () => {
		expect(subs.filter((s) => s.schoolCode === 'THCS02').map((s) => s.periodKey)).toEqual(['DAU_NAM']);
		expect(subs.filter((s) => s.schoolCode === 'MN03').map((s) => s.periodKey)).toEqual(['DAU_NAM']);
		expect(byKey(subs, 'MN03', 'DAU_NAM')).toEqual(byKey(normal, 'MN03', 'DAU_NAM'));
	});

	it('leaves the schools without quirks untouched', () => {
		const plain = (xs: GeneratedSubmission[]) =>
			xs.filter((s) => ['MN04', 'THTHCS01', 'CAP23', 'THPT01', 'TINY', 'EMPTY'].includes(s.schoolCode));
		expect(plain(subs)).toEqual(plain(normal));
	});
});

describe('generateFigures: asOf', () => {
	const full = generateFigures({ ...BASE, quirks: { late: ['TH01'] } });

	it('generates only periods due on or before the demo "today", with the same figures', () => {
		const asOf = '2024-12-10';
		const cut = generateFigures({ ...BASE, quirks: { late: ['TH01'] }, asOf });
		const due = new Set(PERIODS.filter((p) => p.schoolDeadline <= asOf).map((p) => p.key));
		expect(new Set(cut.map((s) => s.periodKey))).toEqual(due);
		expect(due.has('HK1')).toBe(true);
		expect(due.has('CUOI_NAM')).toBe(false);
		const strip = (xs: GeneratedSubmission[]) =>
			xs.map(({ schoolCode, periodKey, figures }) => ({ schoolCode, periodKey, figures }));
		expect(strip(cut)).toEqual(strip(full.filter((s) => due.has(s.periodKey))));
	});

	it('leaves a late report not yet arrived at asOf unsubmitted (null)', () => {
		const cut = generateFigures({ ...BASE, quirks: { late: ['TH01'] }, asOf: '2024-12-06' });
		const hk1 = cut.find((s) => s.schoolCode === 'TH01' && s.periodKey === 'HK1')!;
		expect(hk1.submittedAt).toBeNull();
		const dau = cut.find((s) => s.schoolCode === 'TH01' && s.periodKey === 'DAU_NAM')!;
		expect(dau.submittedAt).toBe(
			full.find((s) => s.schoolCode === 'TH01' && s.periodKey === 'DAU_NAM')!.submittedAt
		);
		expect(cut.filter((s) => s.schoolCode !== 'TH01').every((s) => s.submittedAt !== null)).toBe(true);
	});

	it('generates nothing before the first deadline', () => {
		expect(generateFigures({ ...BASE, asOf: '2024-09-01' })).toEqual([]);
	});
});

describe('generateFigures: a province at scale', () => {
	// No clock here: vitest's timeout bounds a runaway, bench:evaluate times the seeding.
	it('generates reports for every one of 2,000 schools over 18 periods', () => {
		const schools = generateScaleProvince({ schools: 2000, seed: 1 }).districts.flatMap((d) => d.schools);
		const periods = yearPeriods(2024, 8, 12);
		expect(periods).toHaveLength(18);
		const subs = generateFigures({ ...BASE, schools, periods });
		expect(subs.length).toBeGreaterThan(2000 * 15);
		expect(new Set(subs.map((s) => s.schoolCode))).toEqual(new Set(schools.map((s) => s.code)));
	});
});
