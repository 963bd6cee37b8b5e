import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { PGlite } from '@electric-sql/pglite';
import * as table from '../../src/lib/server/db/schema';
import { openDatabase, type DbHandle } from '../../src/lib/server/db/client';
import { hashPassword } from '../../src/lib/server/auth/password';
import { attemptLogin, isThrottled, THROTTLE_WINDOW_MINUTES } from '../../src/lib/server/auth/login';
import { createTestDb } from '../helpers/db';
import { selectRows } from '../helpers/select-rows';

const T0 = new Date('2025-03-01T08:00:00Z');
const sec = (s: number) => new Date(T0.getTime() + s * 1000);
let h: DbHandle;

beforeAll(async () => {
	h = await createTestDb();
	const passwordHash = await hashPassword('right-password');
	await h.db.insert(table.users).values(
		['ann', 'bob', 'cat', 'dan', 'eve', 'fay'].map((u) => ({
			id: `u-${u}`,
			username: u,
			displayName: u,
			passwordHash
		}))
	);
});
afterAll(() => h.close());

/** A second handle on the same data, as another process or a restarted server would have. */
async function reopen(handle: DbHandle): Promise<DbHandle> {
	if (handle.kind === 'pglite') {
		const dump = await handle.pglite!.dumpDataDir('none');
		return openDatabase({ kind: 'pglite', instance: new PGlite({ loadDataDir: dump }) });
	}
	const [{ name }] = await selectRows<{ name: string }>(handle.db, sql`select current_database() as name`);
	const url = new URL(process.env.TEST_DATABASE_URL!);
	url.pathname = `/${name}`;
	return openDatabase({ kind: 'postgres', url: url.toString(), max: 1 });
}

describe('login throttling', () => {
	it('refuses a username after 5 failures in 15 minutes, even with the right password', async () => {
		for (let i = 0; i < 5; i++) {
			expect(await attemptLogin(h.db, 'ann', 'wrong', `10.1.0.${i}`, sec(i))).toEqual({
				ok: false,
				reason: 'invalid',
				triesLeft: 4 - i
			});
		}
		const refused = await attemptLogin(h.db, 'ANN ', 'right-password', '10.1.0.9', sec(5));
		expect(refused).toEqual({ ok: false, reason: 'throttled', minutes: THROTTLE_WINDOW_MINUTES });
		const later = await attemptLogin(h.db, 'ann', 'right-password', '10.1.0.9', sec(10 * 60));
		expect(later).toEqual({ ok: false, reason: 'throttled', minutes: 5 });
		// Other users are not affected.
		expect((await attemptLogin(h.db, 'bob', 'right-password', '10.1.0.9', sec(6))).ok).toBe(true);
	});

	it('holds across a new database handle (restart, another process)', async () => {
		const other = await reopen(h);
		try {
			expect(await isThrottled(other.db, 'ann', '10.9.9.9', sec(60))).toBe(14);
		} finally {
			await other.close();
		}
	});

	it('lets the username in again once the window has passed', async () => {
		const after = sec(THROTTLE_WINDOW_MINUTES * 60 + 1);
		expect(await attemptLogin(h.db, 'ann', 'right-password', '10.1.0.9', after)).toMatchObject({ ok: true });
	});

	it('a successful sign-in clears the username’s count', async () => {
		for (let i = 0; i < 4; i++) await attemptLogin(h.db, 'cat', 'wrong', '10.2.0.1', sec(i));
		expect((await attemptLogin(h.db, 'cat', 'right-password', '10.2.0.1', sec(10))).ok).toBe(true);
		for (let i = 0; i < 4; i++) await attemptLogin(h.db, 'cat', 'wrong', '10.2.0.1', sec(20 + i));
		expect((await attemptLogin(h.db, 'cat', 'right-password', '10.2.0.1', sec(30))).ok).toBe(true);
	});

	it('refuses an address after 20 failures in 15 minutes, whatever the username', async () => {
		const address = '192.0.2.7';
		for (let i = 0; i < 20; i++) {
			const result = await attemptLogin(h.db, `nobody${i % 4}`, 'wrong', address, sec(100 + i));
			expect(result.ok).toBe(false);
		}
		expect(await attemptLogin(h.db, 'dan', 'right-password', address, sec(130))).toEqual({
			ok: false,
			reason: 'throttled',
			minutes: 15
		});
		// A success does not clear an address's count.
		expect((await attemptLogin(h.db, 'dan', 'right-password', '192.0.2.8', sec(131))).ok).toBe(true);
		expect((await attemptLogin(h.db, 'eve', 'right-password', address, sec(132))).ok).toBe(false);
		expect((await attemptLogin(h.db, 'eve', 'right-password', address, sec(100 + 15 * 60 + 1))).ok).toBe(
			true
		);
	});

	it('30 parallel wrong passwords for one user: only 5 reach the password check', async () => {
		const results = await Promise.all(
			Array.from({ length: 30 }, (_, i) => attemptLogin(h.db, 'fay', 'wrong', `10.5.0.${i}`, sec(40)))
		);
		expect(results.filter((r) => !r.ok && r.reason === 'invalid')).toHaveLength(5);
		expect(results.filter((r) => !r.ok && r.reason === 'throttled')).toHaveLength(25);
		const [{ n }] = await selectRows<{ n: number }>(
			h.db,
			sql`select count(*)::int as n from login_attempts where username = 'fay'`
		);
		expect(Number(n)).toBe(5);
	});

	it('30 parallel attempts from one address on many usernames: only 20 are checked', async () => {
		const results = await Promise.all(
			Array.from({ length: 30 }, (_, i) => attemptLogin(h.db, `probe${i}`, 'wrong', '198.51.100.9', sec(50)))
		);
		expect(results.filter((r) => !r.ok && r.reason === 'invalid')).toHaveLength(20);
		expect(results.filter((r) => !r.ok && r.reason === 'throttled')).toHaveLength(10);
	});

	it('does not say whether a username exists', async () => {
		expect(await attemptLogin(h.db, 'ghost', 'x', '10.3.0.1', sec(0))).toEqual({
			ok: false,
			reason: 'invalid',
			triesLeft: 4
		});
		expect(await attemptLogin(h.db, 'eve', 'x', '10.3.0.2', sec(1))).toEqual({
			ok: false,
			reason: 'invalid',
			triesLeft: 4
		});
	});
});
