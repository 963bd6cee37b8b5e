// The tree keeps its history: the 2025 reorganisation done through the unit pages' functions (schools
// moved from the district to a new commune, the district closed) and a merge of two schools leave the
// 2024-2025 evaluation and completeness of the old district exactly as they were, and give 2025-2026
// the new tree; completeness after the merge expects only the school that absorbed the other.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { type DbHandle } from '../../src/lib/server/db/client';
import { evaluate, evaluateSchools } from '../../src/lib/server/evaluation/queries';
import { computeCompleteness } from '../../src/lib/server/calendar/board';
import type { EvaluationRow } from '../../src/lib/domain/evaluation';
import { findUnitByCode, listUnits, toPublicUnit } from '../../src/lib/server/units/queries';
import { closeUnit, createUnit, moveUnit } from '../../src/lib/server/units/manage';
import { mergeSchool } from '../../src/lib/server/units/merge';
import { importUnits } from '../../src/lib/server/units/import/import-units';
import type { AuthUser } from '../../src/lib/server/auth/user';
import { createTestDb } from '../helpers/db';
import { selectRows } from '../helpers/select-rows';

let h: DbHandle;
const REFORM = '2025-07-01';
const admin: AuthUser = {
	id: 'u-admin',
	username: 'admin',
	displayName: 'Admin',
	mustChangePassword: false,
	disabled: false,
	assignments: [
		{ role: 'admin', unitId: null, unitCode: null, unitName: null, unitPath: null, unitType: null }
	]
};

/** The numbers of a row (what must not change), not who it is labelled for. */
const numbers = (rows: EvaluationRow[]) =>
	rows.map((r) => ({
		unit: r.unit,
		indicator: r.indicator,
		actual: r.actual,
		numerator: r.numerator,
		denominator: r.denominator,
		status: r.status,
		target: r.target
	}));
const figures = (rows: EvaluationRow[]) =>
	rows
		.map((r) => ({ unit: r.unit, actual: r.actual, numerator: r.numerator, denominator: r.denominator }))
		.sort((a, b) => a.unit.localeCompare(b.unit));

const haian = (year: string, period: string, extra: { children?: boolean } = {}) =>
	evaluate(h.db, { unitCode: 'HAIAN', yearCode: year, periodKey: period, ...extra });
const board = (unitCode: string, year: string, period: string) =>
	computeCompleteness(h.db, { unitCode, yearCode: year, periodKey: period, today: '2026-06-30' });

async function unit(code: string) {
	const u = await findUnitByCode(h.db, code);
	if (!u) throw new Error(`no unit ${code}`);
	return u;
}

type Before = Record<string, unknown>;
const before: Before = {};

beforeAll(async () => {
	h = await createTestDb({ demo: true });
	before.haian2425 = numbers(await haian('2024-2025', 'CUOI_NAM'));
	before.haianKids2425 = numbers(await haian('2024-2025', 'CUOI_NAM', { children: true }));
	before.provinceKids2425 = numbers(
		await evaluate(h.db, { unitCode: 'HP', yearCode: '2024-2025', periodKey: 'CUOI_NAM', children: true })
	);
	before.ranking2425 = numbers(
		await evaluateSchools(h.db, {
			unitCode: 'HAIAN',
			yearCode: '2024-2025',
			periodKey: 'CUOI_NAM',
			indicatorCode: 'TH_TL_2BUOI'
		})
	);
	before.ranking2526 = figures(
		await evaluateSchools(h.db, {
			unitCode: 'HAIAN',
			yearCode: '2025-2026',
			periodKey: 'DAU_NAM',
			indicatorCode: 'TH_TL_2BUOI'
		})
	);
	before.board2425 = (await board('HAIAN', '2024-2025', 'CUOI_NAM'))!.counts;
	before.board2526 = (await board('HAIAN', '2025-2026', 'DAU_NAM'))!;
	before.catbi2425 = numbers(
		await evaluate(h.db, { unitCode: 'HA-TH-CATBI', yearCode: '2024-2025', periodKey: 'CUOI_NAM' })
	);

	// An account that only ever acted for Cát Bi primary, and a merge of Cát Bi into Đằng Lâm.
	await h.db.execute(
		sql`insert into users (id, username, display_name, password_hash) values ('u-catbi', 'catbi', 'Cát Bi', 'x')`
	);
	await h.db.execute(
		sql`insert into role_assignments (user_id, role, unit_id)
		    select 'u-catbi', 'school', id from units where code = 'HA-TH-CATBI'`
	);
	const merged = await mergeSchool(h.db, admin, await unit('HA-TH-CATBI'), {
		intoCode: 'HA-TH-DANGLAM',
		from: REFORM
	});
	expect(merged).toEqual({ ok: true, disabled: ['catbi'] });

	// The 2025 reorganisation: a new ward under the province takes the district's open schools, the
	// old communes and the district close.
	expect(
		await createUnit(h.db, admin, {
			code: 'P-HAIAN-TEST',
			type: 'commune',
			parentCode: 'HP',
			activeFrom: REFORM,
			name: 'Phường Hải An (thử)',
			schoolLevel: '',
			ownership: '',
			ministryCode: null,
			address: null,
			contactName: null,
			contactPhone: null
		})
	).toEqual({ ok: true });
	const district = await unit('HAIAN');
	const under = await selectRows<{ code: string; type: string; open: boolean }>(
		h.db,
		sql`select code, type, (active_to is null or active_to >= ${REFORM}::date) as open from units
		    where path like ${district.path + '%'} and id <> ${district.id} order by code`
	);
	for (const u of under) {
		if (!u.open) continue;
		const outcome =
			u.type === 'school'
				? await moveUnit(h.db, admin, await unit(u.code), { parentCode: 'P-HAIAN-TEST', from: REFORM })
				: await closeUnit(h.db, admin, await unit(u.code), REFORM);
		expect(outcome, u.code).toEqual({ ok: true });
	}
	expect(await closeUnit(h.db, admin, await unit('HAIAN'), REFORM)).toEqual({ ok: true });
}, 120_000);
afterAll(async () => h?.close());

describe('2024-2025 keeps the tree it had', () => {
	it("the old district's evaluation, by itself and by its children, is unchanged", async () => {
		expect(numbers(await haian('2024-2025', 'CUOI_NAM'))).toEqual(before.haian2425);
		expect(numbers(await haian('2024-2025', 'CUOI_NAM', { children: true }))).toEqual(before.haianKids2425);
	});

	it("the province's districts and the district's school ranking are unchanged", async () => {
		const kids = await evaluate(h.db, {
			unitCode: 'HP',
			yearCode: '2024-2025',
			periodKey: 'CUOI_NAM',
			children: true
		});
		expect(numbers(kids)).toEqual(before.provinceKids2425);
		expect(kids.some((r) => r.unit === 'P-HAIAN-TEST')).toBe(false);
		const ranking = await evaluateSchools(h.db, {
			unitCode: 'HAIAN',
			yearCode: '2024-2025',
			periodKey: 'CUOI_NAM',
			indicatorCode: 'TH_TL_2BUOI'
		});
		expect(numbers(ranking)).toEqual(before.ranking2425);
	});

	it("the old district's completeness is unchanged, the merged school still expected then", async () => {
		const b = (await board('HAIAN', '2024-2025', 'CUOI_NAM'))!;
		expect(b.counts).toEqual(before.board2425);
		expect(b.schools.some((s) => s.code === 'HA-TH-CATBI')).toBe(true);
	});

	it("the merged school's own figures stay readable under it", async () => {
		expect(
			numbers(await evaluate(h.db, { unitCode: 'HA-TH-CATBI', yearCode: '2024-2025', periodKey: 'CUOI_NAM' }))
		).toEqual(before.catbi2425);
	});
});

describe('2025-2026 has the new tree', () => {
	it('the new ward holds the schools the district held but the merged one, the district nothing', async () => {
		const ward = await evaluate(h.db, {
			unitCode: 'P-HAIAN-TEST',
			yearCode: '2025-2026',
			periodKey: 'DAU_NAM'
		});
		expect(ward.length).toBeGreaterThan(0);
		const ranking = await evaluateSchools(h.db, {
			unitCode: 'P-HAIAN-TEST',
			yearCode: '2025-2026',
			periodKey: 'DAU_NAM',
			indicatorCode: 'TH_TL_2BUOI'
		});
		const expected = (before.ranking2526 as ReturnType<typeof figures>).filter(
			(r) => r.unit !== 'HA-TH-CATBI'
		);
		expect(figures(ranking)).toEqual(expected);
		expect(expected.length).toBeLessThan((before.ranking2526 as unknown[]).length);
		expect(await haian('2025-2026', 'DAU_NAM')).toEqual([]);
	});

	it('completeness expects the merged-into school and not the merged one', async () => {
		const old = before.board2526 as NonNullable<Awaited<ReturnType<typeof board>>>;
		expect(old.schools.some((s) => s.code === 'HA-TH-CATBI')).toBe(true);
		const ward = (await board('P-HAIAN-TEST', '2025-2026', 'DAU_NAM'))!;
		const codes = ward.schools.map((s) => s.code);
		expect(codes).toContain('HA-TH-DANGLAM');
		expect(codes).not.toContain('HA-TH-CATBI');
		expect(ward.counts.expected).toBe(old.counts.expected - 1);
		expect((await board('HAIAN', '2025-2026', 'DAU_NAM'))!.counts.expected).toBe(0);
	});
});

describe('what the changes wrote', () => {
	it('placements only for the years that began before the reform; the accounts of the merged school disabled', async () => {
		const years = await selectRows<{ code: string; n: number }>(
			h.db,
			sql`select y.code, count(p.unit_id)::int as n from school_years y
			    left join unit_placements p on p.school_year_id = y.id group by y.code order by y.code`
		);
		const n = Object.fromEntries(years.map((y) => [y.code, Number(y.n)]));
		expect(n['2024-2025']).toBeGreaterThan(0);
		expect(n['2023-2024']).toBe(n['2024-2025']);
		expect(n['2025-2026']).toBe(0);
		const [catbi] = await selectRows<{ disabled: boolean }>(
			h.db,
			sql`select disabled from users where username = 'catbi'`
		);
		expect(catbi.disabled).toBe(true);
		const actions = await selectRows<{ action: string; n: number }>(
			h.db,
			sql`select action, count(*)::int as n from audit_log where action like 'unit.%' group by action order by action`
		);
		expect(Object.fromEntries(actions.map((a) => [a.action, Number(a.n)]))).toMatchObject({
			'unit.create': 1,
			'unit.merge': 1,
			'unit.close': expect.any(Number),
			'unit.move': expect.any(Number)
		});
	});

	it('refuses to close an area with open units under it, and to move a unit under its own subtree', async () => {
		expect(await closeUnit(h.db, admin, await unit('ANLAO'), REFORM)).toEqual({
			ok: false,
			reason: 'open_children'
		});
		expect(await moveUnit(h.db, admin, await unit('HP'), { parentCode: 'ANLAO', from: REFORM })).toEqual({
			ok: false,
			reason: 'root'
		});
		expect(
			await moveUnit(h.db, admin, await unit('P-HAIAN-TEST'), { parentCode: 'HA-TH-DANGLAM', from: REFORM })
		).toEqual({ ok: false, reason: 'parent_school' });
	});
});

describe('GET /api/units (toPublicUnit)', () => {
	it('keeps every earlier field and adds the details, the dates and the merge', async () => {
		const district = await unit('HAIAN');
		const units = await listUnits(h.db, { scope: { all: true, paths: [] }, underPath: district.path });
		const catbi = units.map(toPublicUnit).find((u) => u.code === 'HA-TH-CATBI');
		expect(catbi).toEqual({
			code: 'HA-TH-CATBI',
			name: 'Trường Tiểu học Cát Bi',
			type: 'school',
			parent: 'HAIAN',
			schoolLevel: 'TH',
			ownership: 'public',
			ministryCode: null,
			address: null,
			contact: { name: expect.anything(), phone: expect.anything() },
			activeFrom: null,
			activeTo: '2025-06-30',
			mergedInto: 'HA-TH-DANGLAM'
		});
	});
});

describe('a move by the school list import', () => {
	it('takes effect today: the years already begun keep the school under its old district', async () => {
		const anlao = () =>
			evaluate(h.db, { unitCode: 'ANLAO', yearCode: '2024-2025', periodKey: 'CUOI_NAM', children: true });
		const before = numbers(await anlao());
		const school = await unit('AL-TH-ANTIEN');
		const csv =
			'Mã đơn vị,Tên đơn vị,Loại,Mã đơn vị cấp trên,Cấp học,Loại hình\r\n' +
			`AL-TH-ANTIEN,${school.name},Trường,P-HAIAN-TEST,Tiểu học,Công lập\r\n`;
		const outcome = await importUnits(
			h.db,
			admin,
			{ bytes: new TextEncoder().encode(csv), fileName: 'don-vi.csv' },
			{ dryRun: false }
		);
		expect(outcome).toMatchObject({ status: 'stored', units: { changed: 1 } });
		expect((await unit('AL-TH-ANTIEN')).parentId).toBe((await unit('P-HAIAN-TEST')).id);
		expect(numbers(await anlao())).toEqual(before);
		const [placed] = await selectRows<{ parent: string }>(
			h.db,
			sql`select p.code as parent from unit_placements l join units p on p.id = l.parent_id
			    join school_years y on y.id = l.school_year_id
			    where l.unit_id = ${school.id} and y.code = '2024-2025'`
		);
		expect(placed).toEqual({ parent: 'ANLAO' });
	});
});
