import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, desc, eq } from 'drizzle-orm';
import * as table from '../../src/lib/server/db/schema';
import type { DbHandle } from '../../src/lib/server/db/client';
import { loadAuthUser, type AuthUser } from '../../src/lib/server/auth/user';
import { attemptLogin } from '../../src/lib/server/auth/login';
import { createSession, validateSessionToken } from '../../src/lib/server/auth/session';
import { createApiToken, validateApiToken } from '../../src/lib/server/auth/api-tokens';
import {
	findManagedUser,
	listAssignableUnits,
	listManagedUsers,
	listUserHistory
} from '../../src/lib/server/users/queries';
import {
	addRole,
	createUser,
	removeRole,
	resetPassword,
	setDisabled,
	updateProfile
} from '../../src/lib/server/users/manage';
import { createTestDb } from '../helpers/db';

let h: DbHandle;
let admin: AuthUser;
let district: AuthUser;
let anlao: AuthUser;
let inspector: AuthUser;

const newSchool = (username: string, unit: string) => ({
	username,
	displayName: `Người dùng ${username}`,
	email: null,
	phone: null,
	role: 'school' as const,
	unit
});

async function lastAudit(subject: string) {
	const [row] = await h.db
		.select()
		.from(table.auditLog)
		.where(eq(table.auditLog.subject, subject))
		.orderBy(desc(table.auditLog.id))
		.limit(1);
	return row;
}

beforeAll(async () => {
	h = await createTestDb({ demo: true });
	admin = (await loadAuthUser(h.db, 'u-admin'))!;
	district = (await loadAuthUser(h.db, 'u-district'))!;
	anlao = (await loadAuthUser(h.db, 'u-anlao'))!;
	inspector = (await loadAuthUser(h.db, 'u-inspector'))!;
});
afterAll(() => h.close());

describe('who sees which accounts', () => {
	it('an administrator sees all; a district leader only its schools’ accounts', async () => {
		const all = (await listManagedUsers(h.db, admin)).users.map((u) => u.username);
		expect(all).toEqual(
			expect.arrayContaining(['admin', 'province', 'district', 'inspector', 'school', 'anlao'])
		);
		const haian = (await listManagedUsers(h.db, district)).users.map((u) => u.username);
		expect(haian).toEqual(['school']);
		expect((await listManagedUsers(h.db, anlao)).users).toEqual([]);
		expect((await listManagedUsers(h.db, inspector)).total).toBe(0);
		expect(await findManagedUser(h.db, district, 'anlao')).toBeNull();
		expect(await findManagedUser(h.db, district, 'inspector')).toBeNull();
		expect(await findManagedUser(h.db, anlao, 'school')).toBeNull();
		expect((await findManagedUser(h.db, district, 'SCHOOL'))?.username).toBe('school');
	});

	it('searches by username, name or unit code', async () => {
		expect((await listManagedUsers(h.db, admin, 'HA-TH-THANHTO')).users.map((u) => u.username)).toEqual([
			'school'
		]);
		expect((await listManagedUsers(h.db, admin, 'an lão')).users.map((u) => u.username)).toEqual(['anlao']);
		expect((await listManagedUsers(h.db, admin, '%')).users).toEqual([]);
	});

	it('offers a district leader only the schools under it', async () => {
		const units = await listAssignableUnits(h.db, district);
		expect(units.length).toBe(40);
		expect(units.every((u) => u.type === 'school' && u.code.startsWith('HA-'))).toBe(true);
		expect((await listAssignableUnits(h.db, admin)).some((u) => u.code === 'ANLAO')).toBe(true);
		expect(await listAssignableUnits(h.db, inspector)).toEqual([]);
	});
});

describe('creating accounts', () => {
	it('a district leader creates a school account in its area, with a temporary password', async () => {
		const result = await createUser(h.db, district, newSchool('Truong.CatBi', 'ha-th-catbi'.toUpperCase()));
		expect(result.ok).toBe(true);
		if (!result.ok) return;
		expect(result.username).toBe('truong.catbi');
		const login = await attemptLogin(h.db, 'truong.catbi', result.password, '10.0.0.1');
		expect(login).toMatchObject({ ok: true, mustChangePassword: true });
		const audit = await lastAudit('truong.catbi');
		expect(audit).toMatchObject({ action: 'user.create', actorId: 'u-district' });
		expect(audit.after).toMatchObject({
			roles: [{ role: 'school', unit: 'HA-TH-CATBI' }],
			mustChangePassword: true
		});
		expect(JSON.stringify(audit.after)).not.toContain('argon2');
		expect((await listManagedUsers(h.db, district)).users.map((u) => u.username)).toContain('truong.catbi');
	});

	it('refuses what is outside the actor’s rights, unknown units and taken usernames', async () => {
		expect(await createUser(h.db, district, newSchool('x-anlao', 'AL-TH-ANTIEN'))).toEqual({
			ok: false,
			reason: 'forbidden'
		});
		expect(await createUser(h.db, district, { ...newSchool('x-dist', 'HAIAN'), role: 'district' })).toEqual({
			ok: false,
			reason: 'forbidden'
		});
		expect(await createUser(h.db, district, newSchool('x-dist2', 'HAIAN'))).toEqual({
			ok: false,
			reason: 'wrong_unit_type'
		});
		expect(await createUser(h.db, inspector, newSchool('x-insp', 'HA-TH-CATBI'))).toEqual({
			ok: false,
			reason: 'forbidden'
		});
		expect(await createUser(h.db, district, newSchool('x-none', 'NOPE'))).toEqual({
			ok: false,
			reason: 'unknown_unit'
		});
		expect(await createUser(h.db, district, newSchool('school', 'HA-TH-CATBI'))).toEqual({
			ok: false,
			reason: 'username_taken'
		});
		expect(await createUser(h.db, admin, { ...newSchool('x-admin', 'HP'), role: 'admin' })).toEqual({
			ok: false,
			reason: 'unit_not_allowed'
		});
		const refused = await h.db.select().from(table.users).where(eq(table.users.username, 'x-anlao'));
		expect(refused).toEqual([]);
	});

	it('an administrator creates any role', async () => {
		const result = await createUser(h.db, admin, {
			...newSchool('thanhtra.anlao', 'ANLAO'),
			role: 'inspector'
		});
		expect(result.ok).toBe(true);
		const user = await findManagedUser(h.db, admin, 'thanhtra.anlao');
		expect(user?.assignments).toMatchObject([{ role: 'inspector', unitCode: 'ANLAO' }]);
	});
});

describe('changing accounts', () => {
	it('profile, roles: audited with before and after; the last role stays', async () => {
		const target = (await findManagedUser(h.db, district, 'truong.catbi'))!;
		await updateProfile(h.db, district, target, {
			displayName: 'Trường TH Cát Bi',
			email: 'catbi@example.vn',
			phone: null
		});
		const audit = await lastAudit('truong.catbi');
		expect(audit.action).toBe('user.update');
		expect(audit.before).toMatchObject({ displayName: 'Người dùng Truong.CatBi', email: null });
		expect(audit.after).toMatchObject({ displayName: 'Trường TH Cát Bi', email: 'catbi@example.vn' });

		let current = (await findManagedUser(h.db, district, 'truong.catbi'))!;
		expect(await addRole(h.db, district, current, 'school', 'AL-TH-ANTIEN')).toEqual({
			ok: false,
			reason: 'forbidden'
		});
		expect(await addRole(h.db, district, current, 'school', 'HA-MN-CATBI')).toEqual({ ok: true });
		expect((await lastAudit('truong.catbi')).action).toBe('user.role_add');
		current = (await findManagedUser(h.db, district, 'truong.catbi'))!;
		expect(current.assignments.map((a) => a.unitCode)).toEqual(['HA-TH-CATBI', 'HA-MN-CATBI']);
		expect(await addRole(h.db, district, current, 'school', 'HA-MN-CATBI')).toEqual({ ok: true });
		expect(await removeRole(h.db, district, current, 'school', 'HA-TH-CATBI')).toEqual({ ok: true });
		const removed = await lastAudit('truong.catbi');
		expect(removed.action).toBe('user.role_remove');
		expect(removed.after).toMatchObject({ roles: [{ role: 'school', unit: 'HA-MN-CATBI' }] });
		current = (await findManagedUser(h.db, district, 'truong.catbi'))!;
		expect(await removeRole(h.db, district, current, 'school', 'HA-MN-CATBI')).toEqual({
			ok: false,
			reason: 'last_role'
		});
	});

	it('an account that also has a role outside the area leaves the district leader’s hands', async () => {
		const target = (await findManagedUser(h.db, admin, 'truong.catbi'))!;
		expect((await addRole(h.db, admin, target, 'school', 'AL-TH-ANTIEN')).ok).toBe(true);
		expect(await findManagedUser(h.db, district, 'truong.catbi')).toBeNull();
		expect(await findManagedUser(h.db, anlao, 'truong.catbi')).toBeNull();
		const again = (await findManagedUser(h.db, admin, 'truong.catbi'))!;
		expect((await removeRole(h.db, admin, again, 'school', 'AL-TH-ANTIEN')).ok).toBe(true);
		expect(await findManagedUser(h.db, district, 'truong.catbi')).not.toBeNull();
	});

	it('a password reset ends every session and forces a change; the old password stops working', async () => {
		const login = await attemptLogin(h.db, 'school', 'chitieu-demo', '10.0.0.3');
		expect(login.ok).toBe(true);
		const session = await createSession(h.db, 'u-school');
		const target = (await findManagedUser(h.db, district, 'school'))!;
		const reset = await resetPassword(h.db, district, target);
		expect(reset.ok).toBe(true);
		expect((await validateSessionToken(h.db, session.token)).session).toBeNull();
		expect((await attemptLogin(h.db, 'school', 'chitieu-demo', '10.0.0.3')).ok).toBe(false);
		if (reset.ok) {
			expect(await attemptLogin(h.db, 'school', reset.password, '10.0.0.3')).toMatchObject({
				ok: true,
				mustChangePassword: true
			});
		}
		expect(await lastAudit('school')).toMatchObject({
			action: 'user.password_reset',
			actorId: 'u-district',
			before: { mustChangePassword: false },
			after: { mustChangePassword: true }
		});
	});

	it('disabling ends sessions, refuses sign-in and API tokens; enabling restores them', async () => {
		const creds = await createUser(h.db, admin, newSchool('tam.thoi', 'HA-TH-NAMHAI'));
		if (!creds.ok) throw new Error('create failed');
		const user = (await loadAuthUser(h.db, (await findManagedUser(h.db, admin, 'tam.thoi'))!.id))!;
		const { token } = await createApiToken(h.db, user, 'integration');
		const session = await createSession(h.db, user.id);
		const target = (await findManagedUser(h.db, district, 'tam.thoi'))!;
		expect(await setDisabled(h.db, district, target, true)).toEqual({ ok: true });
		expect((await validateSessionToken(h.db, session.token)).session).toBeNull();
		expect(await validateApiToken(h.db, token)).toBeNull();
		expect(await attemptLogin(h.db, 'tam.thoi', creds.password, '10.0.0.4')).toEqual({
			ok: false,
			reason: 'disabled'
		});
		expect((await lastAudit('tam.thoi')).action).toBe('user.disable');
		const disabled = (await findManagedUser(h.db, district, 'tam.thoi'))!;
		expect(await setDisabled(h.db, district, disabled, false)).toEqual({ ok: true });
		expect(await validateApiToken(h.db, token)).not.toBeNull();
		expect((await attemptLogin(h.db, 'tam.thoi', creds.password, '10.0.0.4')).ok).toBe(true);
		const history = await listUserHistory(h.db, 'tam.thoi');
		expect(history.map((e) => e.action)).toEqual(['user.enable', 'user.disable', 'user.create']);
		expect(history[0].actor).toBe('district');
	});

	it('nobody disables, resets or demotes themselves', async () => {
		const self = (await findManagedUser(h.db, admin, 'admin'))!;
		expect(await setDisabled(h.db, admin, self, true)).toEqual({ ok: false, reason: 'self' });
		expect(await resetPassword(h.db, admin, self)).toEqual({ ok: false, reason: 'self' });
		expect((await addRole(h.db, admin, self, 'inspector', 'HP')).ok).toBe(true);
		const withTwo = (await findManagedUser(h.db, admin, 'admin'))!;
		expect(await removeRole(h.db, admin, withTwo, 'admin', null)).toEqual({ ok: false, reason: 'self' });
		const rows = await h.db
			.select()
			.from(table.roleAssignments)
			.where(and(eq(table.roleAssignments.userId, 'u-admin'), eq(table.roleAssignments.role, 'admin')));
		expect(rows).toHaveLength(1);
	});

	it('a district leader cannot touch accounts it does not manage, even when handed one', async () => {
		const inspectorAccount = (await findManagedUser(h.db, admin, 'inspector'))!;
		expect(await setDisabled(h.db, district, inspectorAccount, true)).toEqual({
			ok: false,
			reason: 'forbidden'
		});
		expect(await resetPassword(h.db, district, inspectorAccount)).toEqual({ ok: false, reason: 'forbidden' });
		expect(
			await updateProfile(h.db, anlao, inspectorAccount, { displayName: 'x', email: null, phone: null })
		).toEqual({
			ok: false,
			reason: 'forbidden'
		});
		const [row] = await h.db.select().from(table.users).where(eq(table.users.username, 'inspector'));
		expect(row.disabled).toBe(false);
		expect(row.displayName).toBe('Thanh tra Hải An');
	});
});
