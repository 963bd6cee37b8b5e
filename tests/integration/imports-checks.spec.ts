// Every problem the import service finds against the database, with its row, column and reason.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import type { DbHandle } from '../../src/lib/server/db/client';
import type { AuthUser } from '../../src/lib/server/auth/user';
import { createTestDb } from '../helpers/db';
import { OUTLIER_MIN_MAGNITUDE } from '../../src/lib/server/imports/outliers';
import { demoUser, longCsv, run, storedFigures, submissionOf, type LongRow } from '../helpers/imports';

const SCHOOL = 'HA-TH-THANHTO';
const PERIOD = '2025-2026/CUOI_NAM';

let h: DbHandle;
let school: AuthUser;
let district: AuthUser;
let base: Record<string, number>;

beforeAll(async () => {
	h = await createTestDb({ demo: true });
	school = await demoUser(h, 'school');
	district = await demoUser(h, 'district');
	base = await storedFigures(h, SCHOOL, PERIOD);
});
afterAll(async () => h?.close());

const ok = (code = 'GV_VIPHAM'): LongRow => [SCHOOL, PERIOD, code, base[code]];
const codes = (list: { row: number; code: string }[]) => list.map((p) => [p.row, p.code]);

describe('references', () => {
	it('names unknown schools, units that are not schools, and schools out of the uploader’s scope', async () => {
		const out = await run(
			h,
			school,
			longCsv([
				ok(),
				['XX-KHONGCO', PERIOD, 'GV_VIPHAM', 0],
				['HP', PERIOD, 'GV_VIPHAM', 0],
				['HA-MN-CATBI', PERIOD, 'GV_VIPHAM', 0],
				['HAIAN', PERIOD, 'GV_VIPHAM', 0]
			])
		);
		expect(out.status).toBe('rejected');
		expect(codes(out.errors)).toEqual([
			[3, 'school_unknown'],
			[4, 'school_unknown'],
			[5, 'school_out_of_scope'],
			[6, 'school_out_of_scope']
		]);
		expect(out.forbidden).toBe(true);
		expect(out.errors[0]).toMatchObject({ column: 'ma_truong', value: 'XX-KHONGCO', severity: 'error' });
		expect(out.errors[0].message.vi).toBe('Không có trường nào mang mã “XX-KHONGCO”.');
		expect(out.errors[0].message.en).toBe('No school has the code “XX-KHONGCO”.');
		expect(out.errors[1].message.vi).toContain('không phải một trường');
		expect(out.errors[2].message.vi).toContain('Bạn không có quyền nhập số liệu');
	});

	it('lets a district upload for its schools but not for another district’s', async () => {
		const out = await run(h, district, longCsv([ok(), ['AL-TH-ANTIEN', PERIOD, 'GV_VIPHAM', 0]]), {
			dryRun: true
		});
		expect(codes(out.errors)).toEqual([[3, 'school_out_of_scope']]);
		const mine = await run(h, district, longCsv([ok(), ['HA-MN-CATBI', PERIOD, 'GV_VIPHAM', 0]]), {
			dryRun: true
		});
		expect(mine.errors).toEqual([]);
		expect(mine.status).toBe('preview');
	});

	it('names unknown figure codes, figures of another level, commune figures and figures not on the period’s form', async () => {
		const out = await run(
			h,
			school,
			longCsv([
				ok(),
				[SCHOOL, PERIOD, 'TH_KHONGCO', 1],
				[SCHOOL, PERIOD, 'MN_TS_TRE', 100],
				[SCHOOL, PERIOD, 'XMC_MUC', 2],
				[SCHOOL, PERIOD, 'TH_TS_LOP', 20]
			])
		);
		expect(codes(out.errors)).toEqual([
			[3, 'code_unknown'],
			[4, 'code_not_applicable'],
			[5, 'code_not_applicable'],
			[6, 'code_not_on_form']
		]);
		expect(out.errors[0]).toMatchObject({ column: 'ma_chi_so', value: 'TH_KHONGCO' });
		expect(out.errors[1].message.vi).toContain('Tiểu học');
		expect(out.errors[2].message.vi).toContain('số liệu của xã/phường');
		expect(out.errors[3].message.vi).toContain('không thuộc biểu báo cáo');
	});

	it('accepts commune figures for a commune, and stores them in a new submission', async () => {
		const out = await run(
			h,
			district,
			longCsv([
				['HA-P-CATBI', PERIOD, 'XMC_MUC', 2],
				['HA-P-CATBI', PERIOD, 'PCGD_TH_MUC', 3]
			])
		);
		expect(out.errors).toEqual([]);
		// The commune's year-end form has four commune figures: storing two of them needs confirming.
		expect(out.status).toBe('rejected');
		expect(codes(out.warnings)).toEqual([[0, 'report_incomplete']]);
		expect(out.schools[0].missing).toEqual(['PCGD_MN5T_MUC', 'PCGD_THCS_MUC']);
		const confirmed = await run(
			h,
			district,
			longCsv([
				['HA-P-CATBI', PERIOD, 'XMC_MUC', 2],
				['HA-P-CATBI', PERIOD, 'PCGD_TH_MUC', 3]
			]),
			{ confirmWarnings: true }
		);
		expect(confirmed.status).toBe('stored');
		expect(await submissionOf(h, 'HA-P-CATBI', PERIOD)).toMatchObject({ status: 'submitted', version: 1 });
		expect(await storedFigures(h, 'HA-P-CATBI', PERIOD)).toEqual({ XMC_MUC: 2, PCGD_TH_MUC: 3 });
		const school = await run(h, district, longCsv([['HA-P-CATBI', PERIOD, 'GV_TS', 2]]), { dryRun: true });
		expect(codes(school.errors)).toEqual([[2, 'code_not_applicable']]);
	});

	it('stores a district’s roll-up (its own code) for the district, not for a school account', async () => {
		const out = await run(
			h,
			district,
			longCsv([
				['HAIAN', PERIOD, 'GV_TS', 1234],
				['HAIAN', PERIOD, 'XMC_MUC', 2]
			])
		);
		expect(out.errors).toEqual([]);
		expect(out.status).toBe('stored');
		expect(await storedFigures(h, 'HAIAN', PERIOD)).toEqual({ GV_TS: 1234, XMC_MUC: 2 });
	});

	it('names unknown periods', async () => {
		const out = await run(h, school, longCsv([ok(), [SCHOOL, '2030-2031/CUOI_NAM', 'GV_VIPHAM', 0]]));
		expect(codes(out.errors)).toEqual([[3, 'period_unknown']]);
		expect(out.errors[0]).toMatchObject({ column: 'ky_bao_cao', value: '2030-2031/CUOI_NAM' });
	});

	it('refuses closed periods, closed system-wide or for the area, unless reopened for the school', async () => {
		const file = longCsv([ok()]);
		await h.db.execute(
			sql`update periods set status = 'closed' where key = 'CUOI_NAM' and school_year_id = (select id from school_years where code = '2025-2026')`
		);
		const closed = await run(h, school, file, { dryRun: true });
		expect(codes(closed.errors)).toEqual([[2, 'period_closed']]);
		expect(closed.errors[0].message.vi).toContain('đã khóa sổ');

		await h.db.execute(sql`insert into period_exceptions (period_id, unit_id, reason)
			select p.id, u.id, 'test' from periods p join school_years y on y.id = p.school_year_id, units u
			where y.code = '2025-2026' and p.key = 'CUOI_NAM' and u.code = ${SCHOOL}`);
		expect((await run(h, school, file, { dryRun: true })).errors).toEqual([]);

		await h.db.execute(sql`update periods set status = 'open' where key = 'CUOI_NAM'`);
		await h.db.execute(sql`delete from period_exceptions`);
		await h.db.execute(sql`insert into period_closures (period_id, unit_id)
			select p.id, u.id from periods p join school_years y on y.id = p.school_year_id, units u
			where y.code = '2025-2026' and p.key = 'CUOI_NAM' and u.code = 'HAIAN'`);
		const area = await run(h, district, longCsv([ok(), ['AL-TH-ANTIEN', PERIOD, 'GV_VIPHAM', 0]]), {
			dryRun: true
		});
		expect(codes(area.errors)).toEqual([
			[2, 'period_closed'],
			[3, 'school_out_of_scope']
		]);
		const admin = await demoUser(h, 'admin');
		const other = await run(h, admin, longCsv([['AL-TH-ANTIEN', PERIOD, 'GV_VIPHAM', 0]]), { dryRun: true });
		expect(other.errors).toEqual([]);
		await h.db.execute(sql`delete from period_closures`);
	});

	it('refuses figures of an approved submission, with the reason', async () => {
		const out = await run(h, school, longCsv([[SCHOOL, '2024-2025/CUOI_NAM', 'GV_VIPHAM', 0]]));
		expect(codes(out.errors)).toEqual([[2, 'submission_locked']]);
		expect(out.errors[0].message.vi).toContain('đã được duyệt nên số liệu đã khóa');
		expect(out.errors[0].message.en).toContain('approved');
	});
});

describe('values and duplicates', () => {
	it('reads each value by its figure’s type', async () => {
		const out = await run(
			h,
			school,
			longCsv([
				[SCHOOL, PERIOD, 'TH_HS_HTXS', 'nhiều'],
				[SCHOOL, PERIOD, 'TH_HS_HT', '12,5'],
				[SCHOOL, PERIOD, 'TH_HS_HTT', '-3'],
				[SCHOOL, PERIOD, 'CO_CAMERA', 'có lẽ'],
				[SCHOOL, PERIOD, 'CHUAN_QG_MUC', '3'],
				[SCHOOL, PERIOD, 'TH_HS_CHT', '1.500'],
				[SCHOOL, PERIOD, 'CO_THUVIENSO', 'Có'],
				[SCHOOL, PERIOD, 'PH_TS', '']
			])
		);
		expect(codes(out.errors)).toEqual([
			[2, 'value_not_number'],
			[3, 'value_not_integer'],
			[4, 'value_negative'],
			[5, 'value_not_yes_no'],
			[6, 'value_out_of_range'],
			// 1,500 pupils not completing, of fewer pupils in the school: impossible.
			[7, 'figure_impossible'],
			[9, 'value_missing']
		]);
		expect(out.errors[0]).toMatchObject({ column: 'gia_tri', value: 'nhiều' });
		// '1.500' is 1500 for a count; 'Có' is yes.
		expect(out.schools[0].items.find((i) => i.code === 'TH_HS_CHT')?.value).toBe(1500);
		expect(out.schools[0].items.find((i) => i.code === 'CO_THUVIENSO')?.value).toBe(1);
	});

	it('names both rows of a duplicated figure', async () => {
		const out = await run(h, school, longCsv([ok(), ok('TH_HS_HT'), ok(), ok('TH_HS_HTT')]));
		expect(codes(out.errors)).toEqual([
			[2, 'duplicate_figure'],
			[4, 'duplicate_figure']
		]);
		expect(out.errors[0].message.vi).toContain('(2, 4)');
	});
});

describe('a file of 20,000 duplicate rows', () => {
	it('is refused quickly, each message naming a few rows and a count', async () => {
		const rows: LongRow[] = Array.from({ length: 20_000 }, () => [SCHOOL, PERIOD, 'GV_VIPHAM', 0]);
		const started = Date.now();
		const out = await run(h, school, longCsv(rows), { dryRun: true });
		expect(out.status).toBe('rejected');
		// 5,000 listed and one line counting the other 15,000.
		expect(out.errors).toHaveLength(5_001);
		expect(out.errors.find((e) => e.code === 'too_many_problems')?.message.en).toContain('15000 more');
		expect(Math.max(...out.errors.map((e) => e.message.vi.length))).toBeLessThan(300);
		expect(out.errors[1].message.en).toContain('2, 3, 4, 5, 6 and 19,995 more rows');
		expect(Date.now() - started).toBeLessThan(20_000);
	});
});

describe('warnings', () => {
	it('flags a broken consistency rule on the figures as they will be, and needs confirmation', async () => {
		// Only one category changes: the stored total no longer matches.
		const file = longCsv([[SCHOOL, PERIOD, 'TH_HS_HTXS', base.TH_HS_HTXS + 40]]);
		const preview = await run(h, school, file, { dryRun: true });
		expect(preview.status).toBe('preview');
		expect(preview.errors).toEqual([]);
		expect(codes(preview.warnings)).toEqual([[2, 'rule_violation']]);
		const w = preview.warnings[0];
		expect(w.severity).toBe('warning');
		expect(w.message.vi).toContain(
			`TH_HS_HTXS + TH_HS_HTT + TH_HS_HT + TH_HS_CHT = ${base.TH_HS_HTXS + base.TH_HS_HTT + base.TH_HS_HT + base.TH_HS_CHT + 40} ≠ TH_TS_HS = ${base.TH_TS_HS}`
		);

		const refused = await run(h, school, file);
		expect(refused.status).toBe('rejected');
		expect(refused.needsConfirmation).toBe(true);
		expect(await storedFigures(h, SCHOOL, PERIOD)).toEqual(base);

		const stored = await run(h, school, file, { confirmWarnings: true });
		expect(stored.status).toBe('stored');
		expect((await storedFigures(h, SCHOOL, PERIOD)).TH_HS_HTXS).toBe(base.TH_HS_HTXS + 40);
		// The same file again: unchanged, with no confirmation needed.
		expect((await run(h, school, file)).status).toBe('unchanged');
		// Fixing the total in a later file clears the warning.
		const fixed = await run(h, school, longCsv([[SCHOOL, PERIOD, 'TH_TS_HS', base.TH_TS_HS + 40]]), {
			dryRun: true
		});
		expect(fixed.warnings).toEqual([]);
	});

	it('flags a figure far from the school’s own history (the same form last year)', async () => {
		const prev = await storedFigures(h, SCHOOL, '2024-2025/CUOI_NAM');
		expect(prev.GV_TS).toBeGreaterThan(OUTLIER_MIN_MAGNITUDE);
		const value = prev.GV_TS * 6;
		const out = await run(h, school, longCsv([[SCHOOL, PERIOD, 'GV_TS', value]]), { dryRun: true });
		expect(codes(out.warnings)).toEqual([[2, 'outlier']]);
		expect(out.warnings[0].message.vi).toContain(`GV_TS = ${value} gấp`);
		expect(out.warnings[0].message.vi).toContain(`${prev.GV_TS}`);
		expect(
			(await run(h, school, longCsv([[SCHOOL, PERIOD, 'GV_TS', prev.GV_TS + 1]]), { dryRun: true })).warnings
		).toEqual([]);
	});
});

describe('impossible figures', () => {
	// Earlier cases stored changes: judge against what is stored now.
	let now: Record<string, number>;
	beforeAll(async () => {
		now = await storedFigures(h, SCHOOL, PERIOD);
	});
	const wideCsv = (header: string[], row: (string | number)[]) =>
		new TextEncoder().encode(
			['ma_truong,ky_bao_cao,' + header.join(','), [SCHOOL, PERIOD, ...row].join(',')].join('\r\n') + '\r\n'
		);

	it('refuses a category above its total, anchored at the category’s cell, even when warnings are confirmed', async () => {
		const total = now.TH_TS_HS;
		const file = wideCsv(['TH_TS_HS', 'TH_HS_HTXS'], [total, total + 175]);
		const out = await run(h, school, file, { confirmWarnings: true });
		expect(out.status).toBe('rejected');
		const impossible = out.errors.filter((e) => e.code === 'figure_impossible');
		expect(impossible).toHaveLength(1);
		expect(impossible[0]).toMatchObject({
			row: 2,
			column: 'TH_HS_HTXS',
			value: String(total + 175),
			severity: 'error'
		});
		expect(impossible[0].message.vi).toContain(`TH_HS_HTXS = ${total + 175} lớn hơn TH_TS_HS = ${total}`);
		expect(impossible[0].message.en).toContain(
			`TH_HS_HTXS = ${total + 175} is more than TH_TS_HS = ${total}`
		);
		expect(await storedFigures(h, SCHOOL, PERIOD)).toEqual(now);
	});

	it('judges the file’s total against the stored parts, anchored at the total', async () => {
		const out = await run(h, school, longCsv([[SCHOOL, PERIOD, 'TH_TS_HS', 10]]), { dryRun: true });
		const impossible = out.errors.filter((e) => e.code === 'figure_impossible');
		expect(impossible.length).toBeGreaterThan(0);
		for (const e of impossible) expect(e).toMatchObject({ row: 2, column: 'gia_tri', value: '10' });
		expect(impossible.map((e) => e.message.en).join('\n')).toContain(
			`TH_HS_HTXS = ${now.TH_HS_HTXS} is more than TH_TS_HS = 10`
		);
	});

	it('refuses a rate’s numerator above its denominator (a rate over 100 %) and a negative count', async () => {
		const out = await run(
			h,
			school,
			longCsv([
				[SCHOOL, PERIOD, 'GV_TRENCHUAN', now.GV_TS + 1],
				[SCHOOL, PERIOD, 'GV_VIPHAM', '-1']
			]),
			{ dryRun: true }
		);
		expect(codes(out.errors)).toEqual([
			[2, 'figure_impossible'],
			[2, 'figure_impossible'],
			[3, 'value_negative']
		]);
		const messages = out.errors.map((e) => e.message.en).join('\n');
		expect(messages).toContain(`GV_TRENCHUAN = ${now.GV_TS + 1} is more than GV_TS = ${now.GV_TS}`);
		expect(messages).toContain('above 100%');
	});

	it('leaves an impossible pair of stored figures alone when the file changes neither', async () => {
		const out = await run(h, school, longCsv([ok()]), { dryRun: true });
		expect(out.errors).toEqual([]);
	});

	it('warns, naming them, when parts of a sum are absent from the file and the stored report', async () => {
		await h.db.execute(sql`delete from figures f using data_elements d, submissions s, units u
			where d.id = f.data_element_id and s.id = f.submission_id and u.id = s.unit_id
			  and u.code = ${SCHOOL} and d.code = 'TH_HS_CHT'
			  and s.period_id = (select p.id from periods p join school_years y on y.id = p.school_year_id
			                     where y.code = '2025-2026' and p.key = 'CUOI_NAM')`);
		const out = await run(h, school, longCsv([[SCHOOL, PERIOD, 'TH_HS_HTXS', now.TH_HS_HTXS + 1]]), {
			dryRun: true
		});
		expect(out.errors).toEqual([]);
		// The report now lacks a figure its form requires, so it is also incomplete as a whole (row 0).
		expect(codes(out.warnings)).toEqual([
			[0, 'report_incomplete'],
			[2, 'rule_incomplete']
		]);
		const sum = out.warnings[1];
		expect(sum.message.en).toContain('TH_HS_CHT missing');
		expect(sum.message.vi).toContain('thiếu TH_HS_CHT');
		expect(sum.message.en).toContain(`TH_TS_HS = ${now.TH_TS_HS}`);
		expect(out.warnings[0].message.en).toContain('TH_HS_CHT');
	});
});
