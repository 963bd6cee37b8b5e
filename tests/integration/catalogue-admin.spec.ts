// The catalogue as data: the standard set loaded on an empty database (and again, harmlessly),
// elements and rules added by a person and judged by the importer, and the edits refused.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { type DbHandle } from '../../src/lib/server/db/client';
import type { AuthUser } from '../../src/lib/server/auth/user';
import { createTestDb } from '../helpers/db';
import { count, demoUser, longCsv, run, storedFigures } from '../helpers/imports';
import { loadStandardCatalogue } from '../../src/lib/server/catalogue/load-standard';
import { dataElements, indicators, standardRules } from '../../src/lib/server/catalogue/standard';
import { createElement, updateElement } from '../../src/lib/server/catalogue/store-elements';
import { createRule, updateRule } from '../../src/lib/server/catalogue/store-rules';
import { createIndicator, updateIndicator } from '../../src/lib/server/catalogue/store-indicators';
import { findIndicatorForEdit, findRule } from '../../src/lib/server/catalogue/queries';
import { previewFormula } from '../../src/lib/server/catalogue/preview-formula';
import { elementSchema, indicatorSchema, ruleSchema } from '../../src/lib/schemas/catalogue';
import { selectRows } from '../helpers/select-rows';

const SCHOOL = 'HA-TH-THANHTO';
const PERIOD = '2025-2026/CUOI_NAM';
const ADMIN = 'u-admin';

const sizes = async (h: DbHandle) => ({
	elements: await count(h, sql`select count(*) as n from data_elements`),
	indicators: await count(h, sql`select count(*) as n from indicators`),
	rules: await count(h, sql`select count(*) as n from validation_rules`)
});

describe('the standard catalogue on an empty database', () => {
	let h: DbHandle;
	beforeAll(async () => {
		h = await createTestDb();
	});
	afterAll(async () => h?.close());

	it('is loaded whole once, then again adds nothing and keeps what a province changed', async () => {
		expect(await sizes(h)).toEqual({ elements: 0, indicators: 0, rules: 0 });
		const first = await loadStandardCatalogue(h.db, null);
		const whole = {
			elements: dataElements.length,
			indicators: indicators.length,
			rules: standardRules.length
		};
		expect(first).toEqual(whole);
		expect(await sizes(h)).toEqual(whole);
		await h.db.execute(sql`update data_elements set name_vi = 'Tên riêng' where code = 'TH_TS_HS'`);
		expect(await loadStandardCatalogue(h.db, null)).toEqual({ elements: 0, indicators: 0, rules: 0 });
		expect(await sizes(h)).toEqual(whole);
		const [row] = await selectRows<{ name_vi: string }>(
			h.db,
			sql`select name_vi from data_elements where code = 'TH_TS_HS'`
		);
		expect(row.name_vi).toBe('Tên riêng');
		expect(
			await count(h, sql`select count(*) as n from audit_log where action = 'catalogue.load_standard'`)
		).toBe(1);
	});
});

describe('a province’s own elements and rules', () => {
	let h: DbHandle;
	let school: AuthUser;
	let now: Record<string, number>;
	beforeAll(async () => {
		h = await createTestDb({ demo: true });
		school = await demoUser(h, 'school');
		now = await storedFigures(h, SCHOOL, PERIOD);
	});
	afterAll(async () => h?.close());

	const element = (code: string) =>
		elementSchema.parse({
			code,
			nameVi: 'Học sinh khuyết tật',
			nameEn: 'Pupils with disabilities',
			valueType: 'count',
			unitScope: 'school',
			maxLevel: '',
			levels: ['TH'],
			forms: ['CUOI_NAM']
		});
	const rule = (o: Partial<Record<'kind' | 'left' | 'right' | 'groupKey', string>> & { active?: boolean }) =>
		ruleSchema.parse({
			groupKey: 'part_le_total',
			kind: 'le',
			left: '',
			right: '',
			nameVi: '',
			nameEn: '',
			active: true,
			...o
		});

	it('judges an upload by a rule added on the page: a part above its total is refused', async () => {
		expect(await createElement(h.db, ADMIN, element('TH_HS_KHUYETTAT'))).toEqual({ ok: true });
		const csv = longCsv([[SCHOOL, PERIOD, 'TH_HS_KHUYETTAT', now.TH_TS_HS + 1]]);
		const before = await run(h, school, csv, { dryRun: true });
		expect(before.errors.filter((e) => e.code === 'figure_impossible')).toEqual([]);
		const added = await createRule(h.db, ADMIN, rule({ left: 'TH_HS_KHUYETTAT', right: 'TH_TS_HS' }));
		expect(added.ok).toBe(true);
		const after = await run(h, school, csv, { dryRun: true });
		const impossible = after.errors.filter((e) => e.code === 'figure_impossible');
		expect(impossible).toHaveLength(1);
		expect(impossible[0].message.en).toContain('TH_HS_KHUYETTAT');
		// Paused, the rule is not judged.
		await updateRule(
			h.db,
			ADMIN,
			(added as { id: number }).id,
			rule({ left: 'TH_HS_KHUYETTAT', right: 'TH_TS_HS', active: false })
		);
		const paused = await run(h, school, csv, { dryRun: true });
		expect(paused.errors.filter((e) => e.code === 'figure_impossible')).toEqual([]);
	});

	it('warns by an added sum rule, naming it in the province’s own words', async () => {
		const added = await createRule(
			h.db,
			ADMIN,
			ruleSchema.parse({
				groupKey: 'outcome_sum',
				kind: 'eq',
				left: 'TH_HS_KHUYETTAT',
				right: 'TH_HS_CHT',
				nameVi: 'Khuyết tật bằng chưa hoàn thành',
				nameEn: 'Disabled equals not completed',
				active: true
			})
		);
		expect(added.ok).toBe(true);
		const csv = longCsv([[SCHOOL, PERIOD, 'TH_HS_KHUYETTAT', now.TH_HS_CHT + 1]]);
		const out = await run(h, school, csv, { dryRun: true });
		const warned = out.warnings.filter((w) => w.code === 'rule_violation');
		expect(warned).toHaveLength(1);
		expect(warned[0].message.en).toContain('Disabled equals not completed');
	});

	it('stops judging a standard rule that is paused', async () => {
		const [row] = await selectRows<{ id: number }>(
			h.db,
			sql`select id from validation_rules where left_codes = '{TH_HS_LOP5}' and right_codes = '{TH_TS_HS}'`
		);
		const id = Number(row.id);
		const csv = longCsv([[SCHOOL, PERIOD, 'TH_HS_LOP5', now.TH_TS_HS + 1]]);
		const judged = await run(h, school, csv, { dryRun: true });
		expect(judged.errors.map((e) => e.code)).toContain('figure_impossible');
		const stored = (await findRule(h.db, id))!;
		await updateRule(
			h.db,
			ADMIN,
			id,
			rule({
				left: stored.left.join('+'),
				right: stored.right.join('+'),
				groupKey: stored.groupKey,
				active: false
			})
		);
		const paused = await run(h, school, csv, { dryRun: true });
		expect(paused.errors.filter((e) => e.code === 'figure_impossible')).toEqual([]);
	});

	it('refuses what would break the contract or the history', async () => {
		// A code with figures stays.
		expect(await updateElement(h.db, ADMIN, 'TH_TS_HS', element('TH_TS_HS_MOI'))).toEqual({
			ok: false,
			reason: 'code_in_use'
		});
		// A code a rule reads stays too; one that is free may change.
		expect(await updateElement(h.db, ADMIN, 'TH_HS_KHUYETTAT', element('TH_HS_KT'))).toEqual({
			ok: false,
			reason: 'code_in_use'
		});
		await createElement(h.db, ADMIN, element('TH_HS_TAM'));
		expect(await updateElement(h.db, ADMIN, 'TH_HS_TAM', element('TH_HS_TAM2'))).toEqual({ ok: true });
		expect(await createElement(h.db, ADMIN, element('TH_TS_HS'))).toEqual({ ok: false, reason: 'exists' });
		// Rules: unknown codes, the same comparison twice.
		expect(await createRule(h.db, ADMIN, rule({ left: 'TH_KHONGCO', right: 'TH_TS_HS' }))).toEqual({
			ok: false,
			reason: 'unknown_left',
			codes: ['TH_KHONGCO']
		});
		expect(await createRule(h.db, ADMIN, rule({ left: 'TH_HS_KHUYETTAT', right: 'TH_TS_HS' }))).toEqual({
			ok: false,
			reason: 'exists'
		});
		// Forms: per-field errors.
		const bad = elementSchema.safeParse({
			code: 'th ts',
			nameVi: '',
			nameEn: 'x',
			valueType: 'level',
			unitScope: 'school',
			maxLevel: '',
			levels: [],
			forms: []
		});
		expect(bad.success).toBe(false);
		const fields = new Set(bad.error!.issues.map((i) => i.path[0]));
		expect([...fields].sort()).toEqual(['code', 'forms', 'levels', 'maxLevel', 'nameVi']);
		expect(
			ruleSchema.safeParse({
				groupKey: 'part_le_total',
				kind: 'le',
				left: 'A_B',
				right: 'A_B',
				nameVi: '',
				nameEn: '',
				active: true
			}).success
		).toBe(false);
	});

	it('keeps an evaluated indicator’s formula, but lets its names change; a new one may be added', async () => {
		const found = (await findIndicatorForEdit(h.db, 'TH_TL_HTCTTH'))!;
		expect(found.years.length).toBeGreaterThan(0);
		const i = found.indicator;
		const input = (formula: typeof i.formula, nameVi = i.nameVi) =>
			indicatorSchema.parse({
				code: i.code,
				nameVi,
				nameEn: i.nameEn,
				group: i.groupKey,
				levels: i.levels,
				kind: formula.kind,
				numerator: formula.kind === 'rate' ? formula.numerator.join('+') : '',
				denominator: formula.kind === 'rate' ? formula.denominator.join('+') : '',
				element: '',
				atLeast: '',
				direction: i.direction,
				unit: i.unit
			});
		const changed = await updateIndicator(
			h.db,
			ADMIN,
			i.code,
			input({ kind: 'rate', numerator: ['TH_HS_HTCTTH'], denominator: ['TH_TS_HS'] })
		);
		expect(changed).toEqual({ ok: false, reason: 'formula_in_use', years: found.years });
		expect(await updateIndicator(h.db, ADMIN, i.code, input(i.formula, 'Tên mới'))).toEqual({ ok: true });
		const fresh = indicatorSchema.parse({
			code: 'TH_TL_KHUYETTAT',
			nameVi: 'Tỉ lệ học sinh khuyết tật',
			nameEn: 'Share of pupils with disabilities',
			group: 'scale',
			levels: ['TH'],
			kind: 'rate',
			numerator: 'TH_HS_KHUYETTAT',
			denominator: 'TH_TS_HS',
			element: '',
			atLeast: '',
			direction: 'lower',
			unit: 'percent'
		});
		expect(await createIndicator(h.db, ADMIN, fresh)).toEqual({ ok: true });
		expect(
			await createIndicator(h.db, ADMIN, {
				...fresh,
				code: 'TH_TL_X',
				formula: { kind: 'sum', of: ['TH_KHONGCO'] }
			})
		).toEqual({ ok: false, reason: 'unknown_codes', codes: ['TH_KHONGCO'] });
	});

	it('previews a formula on the whole province’s latest figures, schools’ only', async () => {
		const out = await previewFormula(h.db, {
			formula: { kind: 'rate', numerator: ['TH_HS_HTCTTH'], denominator: ['TH_HS_LOP5'] },
			levels: ['TH']
		});
		expect(out.period).not.toBeNull();
		const [year, key] = out.period!.ref.split('/');
		const sums = await selectRows<{ code: string; total: number }>(
			h.db,
			sql`select d.code, sum(f.value)::float8 as total from figures f
				join submissions s on s.id = f.submission_id join units u on u.id = s.unit_id and u.type = 'school'
				join periods p on p.id = s.period_id join school_years y on y.id = p.school_year_id
				join data_elements d on d.id = f.data_element_id
				where y.code = ${year} and p.key = ${key} and d.code in ('TH_HS_HTCTTH', 'TH_HS_LOP5')
				group by d.code`
		);
		const total = Object.fromEntries(sums.map((r) => [r.code, Number(r.total)]));
		expect(out.value).toMatchObject({ numerator: total.TH_HS_HTCTTH, denominator: total.TH_HS_LOP5 });
		expect(out.value!.actual).toBeCloseTo((total.TH_HS_HTCTTH / total.TH_HS_LOP5) * 100, 6);
		const none = await previewFormula(h.db, { formula: { kind: 'sum', of: ['TH_HS_TAM2'] }, levels: ['TH'] });
		expect(none).toEqual({ period: null, value: null });
	});
});
