import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { desc, eq } from 'drizzle-orm';
import * as table from '../../src/lib/server/db/schema';
import type { DbHandle } from '../../src/lib/server/db/client';
import { hashPassword } from '../../src/lib/server/auth/password';
import { loadAuthUser, type AuthUser } from '../../src/lib/server/auth/user';
import { attemptLogin, usernameLockedFor } from '../../src/lib/server/auth/login';
import { createSession, validateSessionToken } from '../../src/lib/server/auth/session';
import { findManagedUser } from '../../src/lib/server/users/queries';
import { unlockSignIn } from '../../src/lib/server/users/unlock';
import { createTestDb } from '../helpers/db';

const T0 = new Date('2025-03-01T08:00:00Z');
const sec = (s: number) => new Date(T0.getTime() + s * 1000);
const ATTACKER = '203.0.113.66';
let h: DbHandle;
let admin: AuthUser;
let district: AuthUser;

beforeAll(async () => {
	h = await createTestDb({ demo: true });
	admin = (await loadAuthUser(h.db, 'u-admin'))!;
	district = (await loadAuthUser(h.db, 'u-district'))!;
	await h.db
		.update(table.users)
		.set({ passwordHash: await hashPassword('district-password-1') })
		.where(eq(table.users.id, 'u-district'));
});
afterAll(() => h.close());

describe('an attacker locking out a known account', () => {
	it('counts down the tries left, then pauses the username; the owner’s session stays', async () => {
		const session = await createSession(h.db, 'u-district');
		const left = [];
		for (let i = 0; i < 5; i++) {
			const r = await attemptLogin(h.db, 'district', `guess-${i}`, ATTACKER, sec(i));
			left.push(r.ok === false && r.reason === 'invalid' ? r.triesLeft : null);
		}
		expect(left).toEqual([4, 3, 2, 1, 0]);
		expect(await attemptLogin(h.db, 'district', 'district-password-1', '10.20.0.1', sec(10))).toMatchObject({
			reason: 'throttled'
		});
		expect(await usernameLockedFor(h.db, 'district', sec(10))).toBe(15);
		// The owner is not thrown out of the session already held.
		expect((await validateSessionToken(h.db, session.token, sec(20))).session).not.toBeNull();
	});

	it('only a manager of the account may lift the pause; it is audited and shown as lifted', async () => {
		const target = (await findManagedUser(h.db, admin, 'district'))!;
		expect(await unlockSignIn(h.db, district, target, sec(30))).toEqual({ ok: false, reason: 'forbidden' });
		expect(await unlockSignIn(h.db, admin, target, sec(30))).toEqual({ ok: true });
		expect(await usernameLockedFor(h.db, 'district', sec(31))).toBeNull();
		const [audit] = await h.db
			.select()
			.from(table.auditLog)
			.where(eq(table.auditLog.action, 'user.unlock'))
			.orderBy(desc(table.auditLog.id));
		expect(audit).toMatchObject({
			actorId: 'u-admin',
			subject: 'district',
			before: { lockedForMinutes: 15 }
		});
		// Lifting the pause is not a sign-in.
		expect((await findManagedUser(h.db, admin, 'district'))!.lastLoginAt).toBeNull();
	});

	it('after the unlock the owner signs in from elsewhere; the attacker’s address keeps its count', async () => {
		expect(await attemptLogin(h.db, 'district', 'district-password-1', '10.20.0.1', sec(40))).toMatchObject({
			ok: true
		});
		for (let i = 0; i < 15; i++) {
			await attemptLogin(h.db, `someone${i % 3}`, 'guess', ATTACKER, sec(50 + i));
		}
		// 5 + 15 failures from the attacker's address: refused whatever the username.
		expect(await attemptLogin(h.db, 'district', 'district-password-1', ATTACKER, sec(70))).toMatchObject({
			reason: 'throttled'
		});
		expect(await attemptLogin(h.db, 'district', 'district-password-1', '10.20.0.1', sec(71))).toMatchObject({
			ok: true
		});
	});
});
