import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq, inArray } from 'drizzle-orm';
import * as table from '../../src/lib/server/db/schema';
import type { DbHandle } from '../../src/lib/server/db/client';
import { loadAuthUser, type AuthUser } from '../../src/lib/server/auth/user';
import { attemptLogin } from '../../src/lib/server/auth/login';
import { changeOwnPassword } from '../../src/lib/server/auth/change-password';
import { createUser } from '../../src/lib/server/users/manage';
import {
	createSchoolAccounts,
	listSchoolsForAccounts,
	listUnitsForAccounts
} from '../../src/lib/server/users/bulk-create';
import { createTestDb } from '../helpers/db';

let h: DbHandle;
const actors = {} as Record<'admin' | 'district' | 'anlao' | 'inspector' | 'province', AuthUser>;

const HAIAN_TH = { unit: 'HAIAN', level: 'TH' as const, ownership: 'public' as const };

async function auditRows(action: string, actorId: string) {
	return h.db
		.select()
		.from(table.auditLog)
		.where(and(eq(table.auditLog.action, action), eq(table.auditLog.actorId, actorId)));
}

beforeAll(async () => {
	h = await createTestDb({ demo: true });
	for (const name of ['admin', 'district', 'anlao', 'inspector', 'province'] as const) {
		actors[name] = (await loadAuthUser(h.db, `u-${name}`))!;
	}
	// An An Lão account that already holds the name Hải An's Nam Hải primary school would get.
	const clash = await createUser(h.db, actors.admin, {
		username: 'ha-th-namhai',
		displayName: 'Tên trùng',
		email: null,
		phone: null,
		role: 'school',
		unit: 'AL-TH-ANTIEN'
	});
	expect(clash.ok).toBe(true);
});
afterAll(() => h.close());

describe('a district leader creates accounts for its schools', () => {
	it('lists the schools with their accounts and the usernames they would get', async () => {
		const list = await listSchoolsForAccounts(h.db, actors.district, HAIAN_TH);
		if (!list.ok) throw new Error(list.reason);
		expect(list.schools).toHaveLength(9);
		expect(list.schools.every((s) => s.level === 'TH' && s.code.startsWith('HA-TH-'))).toBe(true);
		const thanhTo = list.schools.find((s) => s.code === 'HA-TH-THANHTO');
		expect(thanhTo).toMatchObject({ accounts: ['school'], username: 'ha-th-thanhto' });
		expect(list.schools.filter((s) => s.accounts.length === 0)).toHaveLength(8);
	});

	it('creates one account per school without one, skips the rest, audits each', async () => {
		const [schoolBefore] = await h.db.select().from(table.users).where(eq(table.users.username, 'school'));
		const result = await createSchoolAccounts(h.db, actors.district, { ...HAIAN_TH, schools: null });
		if (!result.ok) throw new Error(result.reason);
		expect(result.created).toHaveLength(8);
		expect(result.skipped).toEqual([
			{ code: 'HA-TH-THANHTO', name: 'Trường Tiểu học Thành Tô', accounts: ['school'] }
		]);
		const catBi = result.created.find((c) => c.code === 'HA-TH-CATBI')!;
		expect(catBi).toMatchObject({ username: 'ha-th-catbi', name: 'Trường Tiểu học Cát Bi' });
		expect(catBi.password).toMatch(/^[a-z2-9]{4}-[a-z2-9]{4}-[a-z2-9]{4}$/);
		expect(new Set(result.created.map((c) => c.password)).size).toBe(8);
		// The name was taken by another account: the next free one, the other account untouched.
		expect(result.created.find((c) => c.code === 'HA-TH-NAMHAI')?.username).toBe('ha-th-namhai-2');

		const rows = await h.db
			.select({
				username: table.users.username,
				mustChange: table.users.mustChangePassword,
				unit: table.units.code
			})
			.from(table.users)
			.innerJoin(table.roleAssignments, eq(table.roleAssignments.userId, table.users.id))
			.innerJoin(table.units, eq(table.units.id, table.roleAssignments.unitId))
			.where(
				inArray(
					table.users.username,
					result.created.map((c) => c.username)
				)
			);
		expect(rows).toHaveLength(8);
		expect(rows.every((r) => r.mustChange)).toBe(true);
		expect(rows.find((r) => r.username === 'ha-th-namhai-2')?.unit).toBe('HA-TH-NAMHAI');
		const [clash] = await h.db.select().from(table.users).where(eq(table.users.username, 'ha-th-namhai'));
		expect(clash.displayName).toBe('Tên trùng');

		// The existing school account was neither reset nor changed.
		const [schoolAfter] = await h.db.select().from(table.users).where(eq(table.users.username, 'school'));
		expect(schoolAfter.passwordHash).toBe(schoolBefore.passwordHash);

		const creations = await auditRows('user.create', actors.district.id);
		expect(creations.map((r) => r.subject).sort()).toEqual(result.created.map((c) => c.username).sort());
		expect(JSON.stringify(creations)).not.toContain(catBi.password);
		const [summary, ...more] = await auditRows('user.bulk_create', actors.district.id);
		expect(more).toEqual([]);
		expect(summary.subject).toBe('HAIAN');
		expect(summary.after).toMatchObject({ level: 'TH', ownership: 'public', skipped: ['HA-TH-THANHTO'] });
		expect((summary.after as { created: unknown[] }).created).toHaveLength(8);
	});

	it('a second run creates nothing and resets nothing', async () => {
		const [before] = await h.db.select().from(table.users).where(eq(table.users.username, 'ha-th-catbi'));
		const again = await createSchoolAccounts(h.db, actors.district, { ...HAIAN_TH, schools: null });
		if (!again.ok) throw new Error(again.reason);
		expect(again.created).toEqual([]);
		expect(again.skipped).toHaveLength(9);
		const [after] = await h.db.select().from(table.users).where(eq(table.users.username, 'ha-th-catbi'));
		expect(after.passwordHash).toBe(before.passwordHash);
	});

	it('new accounts sign in with the temporary password and must change it', async () => {
		const result = await createSchoolAccounts(h.db, actors.district, {
			unit: 'HAIAN',
			level: null,
			ownership: null,
			schools: ['HA-MN-CATBI']
		});
		if (!result.ok) throw new Error(result.reason);
		const [account] = result.created;
		expect(account.username).toBe('ha-mn-catbi');
		expect(await attemptLogin(h.db, 'ha-mn-catbi', 'wrong-password', '10.1.0.1')).toMatchObject({
			ok: false
		});
		const login = await attemptLogin(h.db, 'HA-MN-CATBI', account.password, '10.1.0.2');
		expect(login).toMatchObject({ ok: true, mustChangePassword: true });
		if (!login.ok) return;
		expect(await changeOwnPassword(h.db, login.userId, account.password, 'truong-cat-bi-2025')).toBe('ok');
		expect(await attemptLogin(h.db, 'ha-mn-catbi', 'truong-cat-bi-2025', '10.1.0.2')).toMatchObject({
			ok: true,
			mustChangePassword: false
		});
	});
});

describe('who may, and where', () => {
	it('offers each manager the units with schools it may make accounts for', async () => {
		expect(await listUnitsForAccounts(h.db, actors.district)).toEqual([
			{ code: 'HAIAN', name: expect.any(String), type: 'district' }
		]);
		const all = (await listUnitsForAccounts(h.db, actors.admin)).map((u) => u.code);
		expect(all).toEqual(['HP', ...all.slice(1)]);
		expect(all).toEqual(expect.arrayContaining(['HAIAN', 'ANLAO']));
		expect(all.some((c) => c.startsWith('HA-P-'))).toBe(false);
		expect(await listUnitsForAccounts(h.db, actors.inspector)).toEqual([]);
	});

	it('a district leader is refused outside its unit, even by naming a school', async () => {
		const anLao = { unit: 'ANLAO', level: null, ownership: null };
		expect(await listSchoolsForAccounts(h.db, actors.district, anLao)).toEqual({
			ok: false,
			reason: 'forbidden'
		});
		expect(await createSchoolAccounts(h.db, actors.district, { ...anLao, schools: null })).toEqual({
			ok: false,
			reason: 'forbidden'
		});
		expect(
			await createSchoolAccounts(h.db, actors.district, {
				unit: 'HAIAN',
				level: null,
				ownership: null,
				schools: ['HA-TH-CATBI', 'AL-MN-ANTIEN']
			})
		).toEqual({ ok: false, reason: 'unknown_school' });
		expect(
			await createSchoolAccounts(h.db, actors.district, { ...anLao, unit: 'NOPE', schools: null })
		).toEqual({
			ok: false,
			reason: 'unknown_unit'
		});
		const [made] = await h.db.select().from(table.users).where(eq(table.users.username, 'al-mn-antien'));
		expect(made).toBeUndefined();
	});

	it('province leaders and inspectors manage no accounts', async () => {
		for (const actor of [actors.province, actors.inspector]) {
			expect(await createSchoolAccounts(h.db, actor, { ...HAIAN_TH, schools: null })).toEqual({
				ok: false,
				reason: 'forbidden'
			});
		}
	});

	it('an administrator anywhere, by picked schools; an empty pick is refused', async () => {
		const anLao = { unit: 'ANLAO', level: null, ownership: null };
		expect(await createSchoolAccounts(h.db, actors.admin, { ...anLao, schools: [] })).toEqual({
			ok: false,
			reason: 'nothing_chosen'
		});
		const result = await createSchoolAccounts(h.db, actors.admin, {
			...anLao,
			schools: ['AL-MN-ANTIEN', 'AL-MN-TRUONGSON']
		});
		if (!result.ok) throw new Error(result.reason);
		expect(result.created.map((c) => c.username)).toEqual(['al-mn-antien', 'al-mn-truongson']);
		expect(
			await createSchoolAccounts(h.db, actors.anlao, { ...anLao, level: 'MN', schools: null })
		).toMatchObject({
			ok: true,
			skipped: expect.arrayContaining([expect.objectContaining({ code: 'AL-MN-ANTIEN' })])
		});
	});
});
