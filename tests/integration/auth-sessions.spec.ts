import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import * as table from '../../src/lib/server/db/schema';
import type { DbHandle } from '../../src/lib/server/db/client';
import {
	createSession,
	invalidateSession,
	SESSION_DAYS,
	validateSessionToken
} from '../../src/lib/server/auth/session';
import { hashPassword } from '../../src/lib/server/auth/password';
import { hashSecret } from '../../src/lib/server/auth/tokens';
import { changeOwnPassword } from '../../src/lib/server/auth/change-password';
import { attemptLogin } from '../../src/lib/server/auth/login';
import { loadAuthUser } from '../../src/lib/server/auth/user';
import { findManagedUser } from '../../src/lib/server/users/queries';
import { resetPassword } from '../../src/lib/server/users/manage';
import { createTestDb } from '../helpers/db';

const DAY = 86_400_000;
const T0 = new Date('2025-03-01T08:00:00Z');
const at = (days: number) => new Date(T0.getTime() + days * DAY);
let h: DbHandle;
const idleBefore = process.env.SESSION_IDLE_DAYS;

beforeAll(async () => {
	h = await createTestDb();
	const passwordHash = await hashPassword('old-password-1');
	await h.db.insert(table.users).values([
		{ id: 'u-ann', username: 'ann', displayName: 'Ann', passwordHash },
		{ id: 'u-bob', username: 'bob', displayName: 'Bob', passwordHash },
		{ id: 'u-root', username: 'root', displayName: 'Root', passwordHash }
	]);
	await h.db.insert(table.roleAssignments).values({ userId: 'u-root', role: 'admin', unitId: null });
});
afterAll(() => h.close());
afterEach(() => {
	if (idleBefore === undefined) delete process.env.SESSION_IDLE_DAYS;
	else process.env.SESSION_IDLE_DAYS = idleBefore;
});

async function sessionRow(id: string) {
	const [row] = await h.db.select().from(table.sessions).where(eq(table.sessions.id, id));
	return row;
}

describe('sessions', () => {
	it('store only the SHA-256 of the secret and validate the exact token', async () => {
		const { token, session } = await createSession(h.db, 'u-ann', T0);
		const [id, secret] = token.split('.');
		expect(session.id).toBe(id);
		const row = await sessionRow(id);
		expect(row.secretHash).toBe(hashSecret(secret));
		expect(JSON.stringify(row)).not.toContain(secret);
		expect(session.expiresAt.getTime() - T0.getTime()).toBe(SESSION_DAYS * DAY);

		const ok = await validateSessionToken(h.db, token, at(1));
		expect(ok.user?.username).toBe('ann');
		// The last character changed, never to itself (one secret in 32 ends in "x").
		const wrong = `${secret.slice(0, -1)}${secret.endsWith('x') ? 'y' : 'x'}`;
		expect(wrong).not.toBe(secret);
		expect((await validateSessionToken(h.db, `${id}.${wrong}`, at(1))).session).toBeNull();
		expect((await validateSessionToken(h.db, id, at(1))).session).toBeNull();
		expect((await validateSessionToken(h.db, `nope.${secret}`, at(1))).session).toBeNull();
	});

	it('carry the same user and roles as loadAuthUser, read in one query', async () => {
		const [unit] = await h.db
			.insert(table.units)
			.values({ code: 'SESS-D', name: 'Phòng GD Sess', type: 'district', path: '/999/', depth: 1 })
			.returning({ id: table.units.id });
		await h.db.insert(table.roleAssignments).values([
			{ userId: 'u-bob', role: 'district', unitId: unit.id },
			{ userId: 'u-bob', role: 'inspector', unitId: null }
		]);
		for (const id of ['u-bob', 'u-root', 'u-ann']) {
			const { token } = await createSession(h.db, id, T0);
			const { user } = await validateSessionToken(h.db, token, at(1));
			expect(user).toEqual(await loadAuthUser(h.db, id));
		}
		expect((await loadAuthUser(h.db, 'u-bob'))!.assignments).toHaveLength(2);
	});

	it('slide: used in their second half they are renewed for 30 days, in the first half not', async () => {
		process.env.SESSION_IDLE_DAYS = '60';
		const { token, session } = await createSession(h.db, 'u-ann', T0);
		const early = await validateSessionToken(h.db, token, at(10));
		expect(early.session?.expiresAt.getTime()).toBe(session.expiresAt.getTime());
		const late = await validateSessionToken(h.db, token, at(16));
		expect(late.session?.expiresAt.getTime()).toBe(at(16 + SESSION_DAYS).getTime());
		expect((await sessionRow(session.id)).expiresAt.getTime()).toBe(at(46).getTime());
		// Still valid past the first expiry because it was renewed.
		expect((await validateSessionToken(h.db, token, at(40))).user?.username).toBe('ann');
	});

	it('expire after 30 days without renewal, and the row is deleted', async () => {
		process.env.SESSION_IDLE_DAYS = '60';
		const { token, session } = await createSession(h.db, 'u-ann', T0);
		expect((await validateSessionToken(h.db, token, at(29.9))).session).not.toBeNull();
		// Renewed at 29.9 → now expires at 59.9; unused until then it ends.
		expect((await validateSessionToken(h.db, token, at(60))).session).toBeNull();
		expect(await sessionRow(session.id)).toBeUndefined();
	});

	it('end after the idle timeout (SESSION_IDLE_DAYS), counted from the last use', async () => {
		process.env.SESSION_IDLE_DAYS = '7';
		const { token } = await createSession(h.db, 'u-ann', T0);
		expect((await validateSessionToken(h.db, token, at(6))).session).not.toBeNull();
		expect((await validateSessionToken(h.db, token, at(12))).session).not.toBeNull();
		expect((await validateSessionToken(h.db, token, at(19.5))).session).toBeNull();
		const other = await createSession(h.db, 'u-ann', T0);
		expect((await validateSessionToken(h.db, other.token, at(7.01))).session).toBeNull();
	});

	it('end on logout', async () => {
		const { token, session } = await createSession(h.db, 'u-ann');
		await invalidateSession(h.db, session.id);
		expect((await validateSessionToken(h.db, token)).session).toBeNull();
	});

	it('all end when the user changes the password; a wrong current password changes nothing', async () => {
		const a = await createSession(h.db, 'u-bob');
		const b = await createSession(h.db, 'u-bob');
		const ann = await createSession(h.db, 'u-ann');
		expect(await changeOwnPassword(h.db, 'u-bob', 'wrong-password', 'new-password-22')).toBe('wrong_current');
		expect((await validateSessionToken(h.db, a.token)).session).not.toBeNull();
		expect(await changeOwnPassword(h.db, 'u-bob', 'old-password-1', 'new-password-22')).toBe('ok');
		expect((await validateSessionToken(h.db, a.token)).session).toBeNull();
		expect((await validateSessionToken(h.db, b.token)).session).toBeNull();
		expect((await validateSessionToken(h.db, ann.token)).session).not.toBeNull();
		expect((await attemptLogin(h.db, 'bob', 'new-password-22', '10.0.0.1')).ok).toBe(true);
		const [audit] = await h.db
			.select()
			.from(table.auditLog)
			.where(eq(table.auditLog.action, 'user.password_change'));
		expect(audit.subject).toBe('bob');
	});

	it('all end when an administrator resets the password, and the user must change it', async () => {
		const s = await createSession(h.db, 'u-ann');
		const root = (await loadAuthUser(h.db, 'u-root'))!;
		const target = (await findManagedUser(h.db, root, 'ann'))!;
		const reset = await resetPassword(h.db, root, target);
		expect(reset.ok).toBe(true);
		expect((await validateSessionToken(h.db, s.token)).session).toBeNull();
		expect((await attemptLogin(h.db, 'ann', 'old-password-1', '10.0.0.2')).ok).toBe(false);
		const login = await attemptLogin(h.db, 'ann', reset.ok ? reset.password : '', '10.0.0.2');
		expect(login).toMatchObject({ ok: true, mustChangePassword: true });
	});

	it('stop working for a disabled account', async () => {
		const s = await createSession(h.db, 'u-bob');
		await h.db.update(table.users).set({ disabled: true }).where(eq(table.users.id, 'u-bob'));
		expect((await validateSessionToken(h.db, s.token)).session).toBeNull();
		await h.db.update(table.users).set({ disabled: false }).where(eq(table.users.id, 'u-bob'));
	});
});
