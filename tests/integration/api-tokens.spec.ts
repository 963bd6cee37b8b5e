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
