// An evaluated indicator keeps its history: a formula change takes effect from a school year on, the
// years before it evaluate exactly as before, and a change reaching an evaluated year must say so.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { type DbHandle } from '../../src/lib/server/db/client';
import { createTestDb } from '../helpers/db';
import { evaluate } from '../../src/lib/server/evaluation/queries';
import type { EvaluateRequest } from '../../src/lib/domain/evaluation';
import { readGenerations } from '../../src/lib/server/generations/read';
import { updateIndicator } from '../../src/lib/server/catalogue/store-indicators';
import { findIndicatorForEdit, readCatalogue } from '../../src/lib/server/catalogue/queries';
import { loadStandardCatalogue } from '../../src/lib/server/catalogue/load-standard';
import { indicators as standardIndicators } from '../../src/lib/server/catalogue/standard';
import { indicatorSchema } from '../../src/lib/schemas/catalogue';
import { deleteYear } from '../../src/lib/server/school-years/store-years';
import type { IndicatorFormula } from '../../src/lib/domain/types';
import { selectRows } from '../helpers/select-rows';

const CODE = 'TH_TL_HTCTTH';
const [Y0, Y1, Y2, Y3] = ['2023-2024', '2024-2025', '2025-2026', '2026-2027'];
const ADMIN = 'u-admin';
const OLD: IndicatorFormula = { kind: 'rate', numerator: ['TH_HS_HTCTTH'], denominator: ['TH_HS_LOP5'] };
const NEW: IndicatorFormula = { kind: 'rate', numerator: ['TH_HS_HTCTTH'], denominator: ['TH_TS_HS'] };

let h: DbHandle;
beforeAll(async () => {
	h = await createTestDb({ demo: true });
});
afterAll(async () => h?.close());

const request = (yearCode: string): EvaluateRequest => ({
	unitCode: 'HAIAN',
	yearCode,
	periodKey: 'CUOI_NAM',
	children: true,
	withSelf: true
});
/** The whole district evaluation of a year, as the API would send it. */
const evaluationText = async (year: string) => JSON.stringify(await evaluate(h.db, request(year)));
const areaRow = async (year: string) =>
	(await evaluate(h.db, { ...request(year), children: false, withSelf: false, indicatorCodes: [CODE] }))[0];

async function handSum(year: string, code: string) {
	const [row] = await selectRows<{ total: number | null }>(
		h.db,
		sql`select sum(f.value)::float8 as total from figures f
		    join data_elements d on d.id = f.data_element_id join submissions s on s.id = f.submission_id
		    join periods p on p.id = s.period_id join school_years y on y.id = p.school_year_id
		    join units u on u.id = s.unit_id join units top on u.path like top.path || '%'
		    where top.code = 'HAIAN' and y.code = ${year} and p.key = 'CUOI_NAM' and d.code = ${code}
		      and u.type = 'school' and chitieu_level_parts(u.school_level) && '{TH}'::text[]`
	);
	return Number(row.total ?? 0);
}

async function input(formula: IndicatorFormula, nameVi?: string) {
	const i = (await findIndicatorForEdit(h.db, CODE))!.indicator;
	return indicatorSchema.parse({
		code: i.code,
		nameVi: nameVi ?? i.nameVi,
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
}

const versionCount = async () => {
	const [row] = await selectRows<{ n: number }>(
		h.db,
		sql`select count(*)::int as n from indicator_formulas f join indicators i on i.id = f.indicator_id
		    where i.code = ${CODE}`
	);
	return Number(row.n);
};

describe('a formula change from a school year on', () => {
	let y1Before: string;
	let y2Before: string;
	let evaluated: string[];

	it('starts with one version, from the earliest year, evaluated in every year with figures', async () => {
		const found = (await findIndicatorForEdit(h.db, CODE))!;
		expect(found.history).toEqual([{ fromYear: null, formula: OLD, years: [Y0, Y1, Y2, Y3] }]);
		evaluated = found.years;
		expect(evaluated).toEqual(expect.arrayContaining([Y0, Y1, Y2]));
		y1Before = await evaluationText(Y1);
		y2Before = await evaluationText(Y2);
		const row = await areaRow(Y2);
		expect(row.denominator).toBe(await handSum(Y2, 'TH_HS_LOP5'));
	});

	it('is refused when it would reach an evaluated year without saying so', async () => {
		const everyYear = await updateIndicator(h.db, ADMIN, CODE, await input(NEW));
		expect(everyYear).toEqual({ ok: false, reason: 'formula_in_use', years: evaluated });
		const fromY2 = await updateIndicator(h.db, ADMIN, CODE, await input(NEW), { fromYear: Y2 });
		expect(fromY2).toEqual({
			ok: false,
			reason: 'formula_in_use',
			years: evaluated.filter((y) => y >= Y2)
		});
		expect(await updateIndicator(h.db, ADMIN, CODE, await input(NEW), { fromYear: '2031-2032' })).toEqual({
			ok: false,
			reason: 'unknown_year',
			years: ['2031-2032']
		});
		expect(await versionCount()).toBe(1);
		expect(await evaluationText(Y2)).toBe(y2Before);
	});

	it('takes effect from the chosen year once confirmed; earlier years are byte-identical', async () => {
		const before = (await readGenerations(h.db)).gens;
		const saved = await updateIndicator(h.db, ADMIN, CODE, await input(NEW), { fromYear: Y2, confirm: true });
		expect(saved).toEqual({ ok: true });
		expect((await readGenerations(h.db)).gens.all).toBeGreaterThan(before.all);

		expect(await evaluationText(Y1)).toBe(y1Before);
		expect(await evaluationText(Y2)).not.toBe(y2Before);
		const row = await areaRow(Y2);
		const [num, den] = [await handSum(Y2, 'TH_HS_HTCTTH'), await handSum(Y2, 'TH_TS_HS')];
		expect(den).toBeGreaterThan(0);
		expect(row.numerator).toBe(num);
		expect(row.denominator).toBe(den);
		expect(row.actual).toBeCloseTo((num / den) * 100, 2);
		expect((await areaRow(Y1)).denominator).toBe(await handSum(Y1, 'TH_HS_LOP5'));
	});

	it('is audited with the year it takes effect from and the evaluated years it changed', async () => {
		const rows = await selectRows<{ actor_id: string; after: unknown }>(
			h.db,
			sql`select actor_id, after from audit_log where action = 'indicator.update' and subject = ${CODE}`
		);
		expect(rows).toHaveLength(1);
		const after = (typeof rows[0].after === 'string' ? JSON.parse(rows[0].after) : rows[0].after) as Record<
			string,
			unknown
		>;
		expect(rows[0].actor_id).toBe(ADMIN);
		expect(after).toMatchObject({
			fromYear: Y2,
			rewrittenYears: evaluated.filter((y) => y >= Y2),
			versions: [
				{ fromYear: null, formula: OLD },
				{ fromYear: Y2, formula: NEW }
			]
		});
	});

	it('shows the history on the page and in the API; the API keeps its fields', async () => {
		const found = (await findIndicatorForEdit(h.db, CODE))!;
		expect(found.history).toEqual([
			{ fromYear: null, formula: OLD, years: [Y0, Y1] },
			{ fromYear: Y2, formula: NEW, years: [Y2, Y3] }
		]);
		const api = (await readCatalogue(h.db)).indicators.find((i) => i.code === CODE)!;
		expect(Object.keys(api)).toEqual([
			'code',
			'name',
			'group',
			'levels',
			'formula',
			'direction',
			'unit',
			'weight',
			'formulaVersions'
		]);
		expect(api.formula).toEqual(NEW);
		expect(api.formulaVersions.map((v) => v.fromYear)).toEqual([null, Y2]);
	});

	it('leaves the history alone when only the names change, whatever year the form proposes', async () => {
		const named = await updateIndicator(h.db, ADMIN, CODE, await input(NEW, 'Tên mới'), { fromYear: Y3 });
		expect(named).toEqual({ ok: true });
		expect(await versionCount()).toBe(2);
		expect(await evaluationText(Y1)).toBe(y1Before);
	});

	it('needs no confirmation from a year not begun, which then cannot be deleted', async () => {
		const Y4 = '2027-2028';
		await h.db.execute(
			sql`insert into school_years (code, start_date, end_date, hk1_start, hk1_end, hk2_start, hk2_end)
			    values (${Y4}, '2027-09-05', '2028-05-31', '2027-09-06', '2028-01-15', '2028-01-16', '2028-05-25')`
		);
		const found = (await findIndicatorForEdit(h.db, CODE))!;
		const proposed = found.schoolYears.find((y) => y > evaluated.at(-1)!);
		expect(found.defaultFromYear).toBe(proposed);
		const SUM: IndicatorFormula = {
			kind: 'rate',
			numerator: ['TH_HS_HTCTTH'],
			denominator: ['TH_HS_LOP5', 'TH_TS_HS']
		};
		expect(await updateIndicator(h.db, ADMIN, CODE, await input(SUM), { fromYear: Y4 })).toEqual({
			ok: true
		});
		expect((await findIndicatorForEdit(h.db, CODE))!.history.map((v) => [v.fromYear, v.years])).toEqual([
			[null, [Y0, Y1]],
			[Y2, [Y2, Y3]],
			[Y4, [Y4]]
		]);
		expect(await evaluationText(Y1)).toBe(y1Before);
		expect(await deleteYear(h.db, ADMIN, Y4)).toEqual({ ok: false, reason: 'has_formulas' });
	});

	it('refuses a code change once evaluated', async () => {
		const renamed = { ...(await input(NEW)), code: 'TH_TL_HTCTTH_MOI' };
		expect(await updateIndicator(h.db, ADMIN, CODE, renamed, { fromYear: Y3, confirm: true })).toMatchObject({
			ok: false,
			reason: 'code_evaluated'
		});
	});
});

describe('the standard catalogue on an empty database', () => {
	let empty: DbHandle;
	beforeAll(async () => {
		empty = await createTestDb();
	});
	afterAll(async () => empty?.close());

	it('gives every indicator its first version, from the earliest year', async () => {
		await loadStandardCatalogue(empty.db, null);
		const rows = await selectRows<{ code: string; from_school_year_id: number | null; same: boolean }>(
			empty.db,
			sql`select i.code, f.from_school_year_id, f.formula = i.formula as same
			    from indicators i join indicator_formulas f on f.indicator_id = i.id order by i.code`
		);
		expect(rows).toHaveLength(standardIndicators.length);
		expect(rows.every((r) => r.from_school_year_id === null && r.same)).toBe(true);
		await loadStandardCatalogue(empty.db, null);
		const [{ n }] = await selectRows<{ n: number }>(
			empty.db,
			sql`select count(*)::int as n from indicator_formulas`
		);
		expect(Number(n)).toBe(standardIndicators.length);
	});
});
