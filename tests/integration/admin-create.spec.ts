import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq, sql } from 'drizzle-orm';
import * as table from '../../src/lib/server/db/schema';
import type { DbHandle } from '../../src/lib/server/db/client';
import { attemptLogin } from '../../src/lib/server/auth/login';
import { loadAuthUser } from '../../src/lib/server/auth/user';
import { can } from '../../src/lib/server/auth/access';
import { createSession, validateSessionToken } from '../../src/lib/server/auth/session';
import { createOrResetAdmin } from '../../src/lib/server/users/create-admin';
import { ensureDemoData } from '../../src/lib/server/demo/ensure';
import { loadSetup } from '../../src/lib/server/setup/state';
import { createTestDb } from '../helpers/db';
import { selectRows } from '../helpers/select-rows';

let h: DbHandle;
beforeAll(async () => {
	h = await createTestDb();
});
afterAll(() => h.close());

async function audits(subject: string) {
	return h.db.select().from(table.auditLog).where(eq(table.auditLog.subject, subject));
}

describe('admin:create on a database without any unit or user', () => {
	it('starts empty', async () => {
		const [row] = await selectRows<{ units: number; users: number }>(
			h.db,
			sql`select (select count(*) from units)::int as units, (select count(*) from users)::int as users`
		);
		expect(row).toEqual({ units: 0, users: 0 });
	});

	it('refuses a weak password and changes nothing', async () => {
		const result = await createOrResetAdmin(h.db, { username: 'quantri', password: 'short' });
		expect(result).toEqual({ ok: false, reason: 'weak_password', weakness: 'too_short' });
		const again = await createOrResetAdmin(h.db, { username: 'quantri', password: 'quantri-2026!' });
		expect(again).toMatchObject({ ok: false, weakness: 'contains_username' });
		expect(await h.db.select().from(table.users)).toHaveLength(0);
		expect(await audits('quantri')).toHaveLength(0);
	});

	it('refuses a malformed username', async () => {
		expect(await createOrResetAdmin(h.db, { username: 'Bad Name!', password: 'song-hong-2026' })).toEqual({
			ok: false,
			reason: 'invalid_username'
		});
	});

	it('creates an administrator with the piped password, at no unit, audited', async () => {
		const result = await createOrResetAdmin(h.db, { username: 'QuanTri', password: 'song-hong-2026' });
		expect(result).toEqual({ ok: true, created: true, username: 'quantri', generatedPassword: null });
		const login = await attemptLogin(h.db, 'quantri', 'song-hong-2026', '10.0.0.1');
		expect(login.ok).toBe(true);
		const [user] = await h.db.select().from(table.users).where(eq(table.users.username, 'quantri'));
		expect(user.mustChangePassword).toBe(false);
		const auth = (await loadAuthUser(h.db, user.id))!;
		expect(auth.assignments).toEqual([expect.objectContaining({ role: 'admin', unitId: null })]);
		expect(can(auth, 'administer', null)).toBe(true);
		const rows = await audits('quantri');
		expect(rows.map((r) => r.action)).toEqual(['user.admin_create']);
		expect(JSON.stringify(rows[0])).not.toContain('song-hong-2026');
	});

	it('resets an existing account: new password, enabled, sessions ended, one admin role', async () => {
		const [user] = await h.db.select().from(table.users).where(eq(table.users.username, 'quantri'));
		await h.db.update(table.users).set({ disabled: true }).where(eq(table.users.id, user.id));
		const { token } = await createSession(h.db, user.id);
		const result = await createOrResetAdmin(h.db, { username: 'quantri', password: null });
		expect(result.ok && result.created).toBe(false);
		const password = result.ok ? result.generatedPassword! : '';
		expect(password).toHaveLength(20);
		expect((await validateSessionToken(h.db, token)).user).toBeNull();
		expect((await attemptLogin(h.db, 'quantri', 'song-hong-2026', '10.0.0.2')).ok).toBe(false);
		expect((await attemptLogin(h.db, 'quantri', password, '10.0.0.3')).ok).toBe(true);
		const [after] = await h.db.select().from(table.users).where(eq(table.users.id, user.id));
		expect(after).toMatchObject({ disabled: false, mustChangePassword: true });
		const roles = await h.db
			.select()
			.from(table.roleAssignments)
			.where(eq(table.roleAssignments.userId, user.id));
		expect(roles).toHaveLength(1);
		expect((await audits('quantri')).map((r) => r.action)).toEqual(['user.admin_create', 'user.admin_reset']);
	});

	it('leaves a database with an account alone: no demo loaded over a real province', async () => {
		const settings = {
			databaseUrl: undefined,
			dataDir: '',
			migrateOnStart: false,
			seedDemo: 'always' as const
		};
		expect(await ensureDemoData(h, settings)).toBe(false);
		expect(await h.db.select().from(table.units)).toHaveLength(0);
	});

	it('shows the administrator a setup with every step to do, no administrator counted as an account', async () => {
		const setup = await loadSetup(h.db);
		expect(setup.complete).toBe(false);
		expect(setup.steps.map((s) => [s.key, s.done])).toEqual([
			['units', false],
			['years', false],
			['catalogue', false],
			['plans', false],
			['accounts', false]
		]);
		expect(setup.steps[4].counts).toEqual({ accounts: 0 });
	});
});
