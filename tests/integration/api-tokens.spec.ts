import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import * as table from '../../src/lib/server/db/schema';
import type { DbHandle } from '../../src/lib/server/db/client';
import { hashPassword } from '../../src/lib/server/auth/password';
import { hashSecret } from '../../src/lib/server/auth/tokens';
import {
	createApiToken,
	listApiTokens,
	revokeApiToken,
	validateApiToken
} from '../../src/lib/server/auth/api-tokens';
import { changeOwnPassword } from '../../src/lib/server/auth/change-password';
import { loadAuthUser } from '../../src/lib/server/auth/user';
import { findManagedUser } from '../../src/lib/server/users/queries';
import { resetPassword } from '../../src/lib/server/users/manage';
import { createTestDb } from '../helpers/db';

let h: DbHandle;
const ann = { id: 'u-ann', username: 'ann' };
const bob = { id: 'u-bob', username: 'bob' };

beforeAll(async () => {
	h = await createTestDb();
	const passwordHash = await hashPassword('whatever-123');
	await h.db.insert(table.users).values([
		{ id: ann.id, username: ann.username, displayName: 'Ann', passwordHash },
		{ id: bob.id, username: bob.username, displayName: 'Bob', passwordHash }
	]);
});
afterAll(() => h.close());

describe('API tokens', () => {
	it('authenticate as their owner; only a hash is stored; the last use is recorded', async () => {
		const { id, token } = await createApiToken(h.db, ann, 'district software');
		expect(token.startsWith(`${id}.`)).toBe(true);
		const secret = token.slice(id.length + 1);
		const [row] = await h.db.select().from(table.apiTokens).where(eq(table.apiTokens.id, id));
		expect(row.tokenHash).toBe(hashSecret(secret));
		expect(JSON.stringify(row)).not.toContain(secret);
		expect(row.lastUsedAt).toBeNull();
		const user = await validateApiToken(h.db, token);
		expect(user?.username).toBe('ann');
		const [used] = await listApiTokens(h.db, ann.id);
		expect(used.lastUsedAt).toBeInstanceOf(Date);
	});

	it('refuse a wrong secret, an unknown id and anything malformed', async () => {
		const { id, token } = await createApiToken(h.db, ann, 'x');
		expect(await validateApiToken(h.db, `${token}x`)).toBeNull();
		expect(await validateApiToken(h.db, `${id}.${'a'.repeat(24)}`)).toBeNull();
		expect(await validateApiToken(h.db, `ct_unknown.${token.split('.')[1]}`)).toBeNull();
		expect(await validateApiToken(h.db, token.replace('ct_', 'xx_'))).toBeNull();
		expect(await validateApiToken(h.db, '')).toBeNull();
		expect(await validateApiToken(h.db, id)).toBeNull();
	});

	it('stop working when revoked by their owner, and only their owner can revoke them', async () => {
		const { id, token } = await createApiToken(h.db, ann, 'to revoke');
		expect(await revokeApiToken(h.db, bob, id)).toBe(false);
		expect(await validateApiToken(h.db, token)).not.toBeNull();
		expect(await revokeApiToken(h.db, ann, id)).toBe(true);
		expect(await validateApiToken(h.db, token)).toBeNull();
		expect(await revokeApiToken(h.db, ann, id)).toBe(false);
		const listed = (await listApiTokens(h.db, ann.id)).find((t) => t.id === id);
		expect(listed?.revokedAt).toBeInstanceOf(Date);
		const audit = await h.db.select().from(table.auditLog).where(eq(table.auditLog.subject, 'ann'));
		expect(audit.map((a) => a.action)).toEqual(expect.arrayContaining(['token.create', 'token.revoke']));
	});

	it('stop working while their owner is disabled', async () => {
		const { token } = await createApiToken(h.db, bob, 'bob’s');
		expect(await validateApiToken(h.db, token)).not.toBeNull();
		await h.db.update(table.users).set({ disabled: true }).where(eq(table.users.id, bob.id));
		expect(await validateApiToken(h.db, token)).toBeNull();
		await h.db.update(table.users).set({ disabled: false }).where(eq(table.users.id, bob.id));
		expect(await validateApiToken(h.db, token)).not.toBeNull();
	});

	it('list only the owner’s tokens', async () => {
		const ids = (await listApiTokens(h.db, bob.id)).map((t) => t.name);
		expect(ids).toEqual(['bob’s']);
	});
});

describe('API tokens and the password', () => {
	const cat = { id: 'u-cat', username: 'cat' };
	const dee = { id: 'u-dee', username: 'dee' };

	beforeAll(async () => {
		const passwordHash = await hashPassword('old-password-1');
		await h.db.insert(table.users).values([
			{ id: cat.id, username: cat.username, displayName: 'Cat', passwordHash },
			{ id: dee.id, username: dee.username, displayName: 'Dee', passwordHash },
			{ id: 'u-root', username: 'root', displayName: 'Root', passwordHash }
		]);
		await h.db.insert(table.roleAssignments).values({ userId: 'u-root', role: 'admin', unitId: null });
	});

	it('a password change ends every token of the user (and only theirs)', async () => {
		const { token } = await createApiToken(h.db, cat, 'cat’s software');
		const other = await createApiToken(h.db, dee, 'dee’s software');
		expect(await validateApiToken(h.db, token)).not.toBeNull();
		expect(await changeOwnPassword(h.db, cat.id, 'old-password-1', 'new-password-22')).toBe('ok');
		expect(await validateApiToken(h.db, token)).toBeNull();
		expect(await validateApiToken(h.db, other.token)).not.toBeNull();
		const [listed] = await listApiTokens(h.db, cat.id);
		expect(listed.revokedAt).toBeInstanceOf(Date);
	});

	it('a password reset by an administrator ends every token of the user', async () => {
		const { token } = await createApiToken(h.db, dee, 'second');
		const root = (await loadAuthUser(h.db, 'u-root'))!;
		const target = (await findManagedUser(h.db, root, 'dee'))!;
		expect((await resetPassword(h.db, root, target)).ok).toBe(true);
		expect(await validateApiToken(h.db, token)).toBeNull();
		expect((await listApiTokens(h.db, dee.id)).every((t) => t.revokedAt !== null)).toBe(true);
		const [audit] = await h.db
			.select()
			.from(table.auditLog)
			.where(eq(table.auditLog.action, 'user.password_reset'));
		expect(audit.after).toMatchObject({ tokensRevoked: 2 });
	});

	it('expire at the end of the lifetime chosen at creation; without one they do not', async () => {
		const t0 = new Date('2025-03-01T08:00:00Z');
		const days = (n: number) => new Date(t0.getTime() + n * 86_400_000);
		const short = await createApiToken(h.db, cat, 'thirty days', 30, t0);
		const forever = await createApiToken(h.db, cat, 'forever', null, t0);
		expect(short.expiresAt).toEqual(days(30));
		expect(await validateApiToken(h.db, short.token, days(29))).not.toBeNull();
		expect(await validateApiToken(h.db, short.token, days(30))).toBeNull();
		expect(await validateApiToken(h.db, forever.token, days(3000))).not.toBeNull();
		const listed = await listApiTokens(h.db, cat.id);
		expect(listed.find((t) => t.name === 'thirty days')).toMatchObject({ expiresAt: days(30) });
		expect(listed.find((t) => t.name === 'forever')).toMatchObject({
			expiresAt: null,
			lastUsedAt: days(3000)
		});
	});
});
