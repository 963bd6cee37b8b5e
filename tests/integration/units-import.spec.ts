import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq, sql } from 'drizzle-orm';
import * as table from '../../src/lib/server/db/schema';
import { type DbHandle } from '../../src/lib/server/db/client';
import { loadAuthUser, type AuthUser } from '../../src/lib/server/auth/user';
import { createOrResetAdmin } from '../../src/lib/server/users/create-admin';
import { importUnits } from '../../src/lib/server/units/import/import-units';
import { readSetupCounts } from '../../src/lib/server/setup/state';
import { createTestDb } from '../helpers/db';
import { HEADER, encodeCp1258, quangNinhFile, quangNinhRows, toSemicolonCsv } from '../helpers/unit-list';
import { selectRows } from '../helpers/select-rows';

let h: DbHandle;
let admin: AuthUser;

beforeAll(async () => {
	h = await createTestDb();
	await createOrResetAdmin(h.db, { username: 'quantri', password: 'song-hong-2026' });
	const [u] = await h.db.select().from(table.users);
	admin = (await loadAuthUser(h.db, u.id))!;
});
afterAll(() => h.close());

const file = (bytes: Uint8Array, fileName = 'don-vi.csv') => ({ bytes, fileName });
const count = async (what: string) =>
	Number((await selectRows<{ n: number }>(h.db, sql.raw(`select count(*)::int as n from ${what}`)))[0].n);

describe('a province not in the demo, from a Windows-1258 school list', () => {
	it('previews 150 schools, 10 communes, the province and a cluster without storing anything', async () => {
		const outcome = await importUnits(h.db, admin, file(quangNinhFile()), { dryRun: true });
		expect(outcome).toMatchObject({
			status: 'preview',
			encoding: 'windows-1258',
			units: { new: 162, changed: 0, unchanged: 0 },
			errors: []
		});
		expect(await count('units')).toBe(0);
	});

	it('stores them whole, with consistent materialized paths, audited', async () => {
		const outcome = await importUnits(h.db, admin, file(quangNinhFile()), { dryRun: false });
		expect(outcome.status).toBe('stored');
		expect(outcome.units.new).toBe(162);
		expect(await count(`units where type = 'school'`)).toBe(150);
		expect(await count('units')).toBe(161);
		const broken = await selectRows(
			h.db,
			sql`select c.code from units c left join units p on p.id = c.parent_id
			    where c.path <> coalesce(p.path, '/') || c.id || '/'
			       or c.depth <> coalesce(p.depth + 1, 0)`
		);
		expect(broken).toEqual([]);
		const [school] = await h.db.select().from(table.units).where(eq(table.units.code, 'QN-BACHE-TH3'));
		expect(school).toMatchObject({
			name: 'Trường Tiểu học Ba Chẽ 3',
			schoolLevel: 'TH',
			contactName: expect.stringMatching(/^[\p{L} ]+$/u),
			address: expect.stringContaining('Xã Ba Chẽ')
		});
		expect(school.name).toBe(school.name.normalize('NFC'));
		const [thpt] = await selectRows<{ parent: string; cluster: string }>(
			h.db,
			sql`select p.code as parent, g.code as cluster from units s join units p on p.id = s.parent_id
			    join unit_group_members m on m.unit_id = s.id join unit_groups g on g.id = m.group_id
			    where s.code = 'QN-COTO-THPT1'`
		);
		expect(thpt).toEqual({ parent: 'QN', cluster: 'QN-CUM-THPT' });
		expect(await count(`audit_log where action = 'unit.create'`)).toBe(161);
		expect(await count(`audit_log where action = 'units.import'`)).toBe(1);
		expect((await readSetupCounts(h.db)).schools).toBe(150);
	});

	it('the same file again changes nothing', async () => {
		const audits = await count('audit_log');
		const outcome = await importUnits(h.db, admin, file(quangNinhFile()), { dryRun: false });
		expect(outcome).toMatchObject({ status: 'unchanged', units: { new: 0, changed: 0, unchanged: 162 } });
		expect(await count('audit_log')).toBe(audits);
	});

	it('a file with an error stores nothing, not even its good rows', async () => {
		const rows = quangNinhRows();
		rows[0][1] = 'Tên đã đổi';
		rows.push(['QN-NEW-TH1', 'Trường mới', 'Trường', 'QN-KHONGCO', 'Tiểu học', 'Công lập', '', '', '', '']);
		rows.push(['QN-NEW-TH2', 'Trường mới 2', 'Trường', 'QN-HALONG', 'Đại học', 'Công lập', '', '', '', '']);
		// A refused commune: its school is not reported again as having an unknown parent.
		rows.push(['QN-NEW', 'Xã mới', 'Kho', 'QN', '', '', '', '', '', '']);
		rows.push(['QN-NEW-TH3', 'Trường mới 3', 'Trường', 'QN-NEW', 'Tiểu học', 'Công lập', '', '', '', '']);
		const outcome = await importUnits(h.db, admin, file(quangNinhFile(rows)), { dryRun: false });
		expect(outcome.status).toBe('rejected');
		expect(outcome.errors.map((e) => [e.row, e.column, e.value, e.code])).toEqual([
			[rows.length - 2, 'Mã đơn vị cấp trên', 'QN-KHONGCO', 'unknown_parent'],
			[rows.length - 1, 'Cấp học', 'Đại học', 'bad_level'],
			[rows.length, 'Loại', 'Kho', 'bad_type']
		]);
		const [first] = await h.db.select().from(table.units).where(eq(table.units.code, rows[0][0]));
		expect(first.name).not.toBe('Tên đã đổi');
		expect(await count('units')).toBe(161);
	});

	it('moves a school to another commune, its path following', async () => {
		const csv = toSemicolonCsv([
			HEADER.slice(0, 6),
			['QN-BACHE-TH3', 'Trường Tiểu học Ba Chẽ 3', 'Trường', 'QN-TIENYEN', 'Tiểu học', 'Công lập']
		]);
		const outcome = await importUnits(h.db, admin, file(encodeCp1258(csv)), { dryRun: false });
		expect(outcome).toMatchObject({ status: 'stored', units: { new: 0, changed: 1, unchanged: 0 } });
		const [row] = await selectRows<{ ok: boolean }>(
			h.db,
			sql`select s.path = p.path || s.id || '/' as ok from units s join units p on p.id = s.parent_id
			    where s.code = 'QN-BACHE-TH3' and p.code = 'QN-TIENYEN'`
		);
		expect(row).toEqual({ ok: true });
	});

	it('a commune leader adds schools under its own commune only', async () => {
		const [commune] = await h.db.select().from(table.units).where(eq(table.units.code, 'QN-HALONG'));
		await h.db
			.insert(table.users)
			.values({ id: 'u-hl', username: 'halong', displayName: 'Hạ Long', passwordHash: 'x' });
		await h.db.insert(table.roleAssignments).values({ userId: 'u-hl', role: 'district', unitId: commune.id });
		const leader = (await loadAuthUser(h.db, 'u-hl'))!;
		const csv = (parent: string) =>
			encodeCp1258(
				toSemicolonCsv([
					HEADER.slice(0, 6),
					['QN-HALONG-MN9', 'Trường Mầm non Hạ Long 9', 'Trường', parent, 'Mầm non', 'Tư thục']
				])
			);
		const outside = await importUnits(h.db, leader, file(csv('QN-CAMPHA')), { dryRun: true });
		expect(outside).toMatchObject({ status: 'rejected', forbidden: true });
		expect(outside.errors[0].code).toBe('forbidden');
		const inside = await importUnits(h.db, leader, file(csv('QN-HALONG')), { dryRun: false });
		expect(inside).toMatchObject({ status: 'stored', units: { new: 1 } });
	});
});
