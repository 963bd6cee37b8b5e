// Housekeeping: one lease holder at a time (the cluster runs a round once), and what a round deletes.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import * as table from '../../src/lib/server/db/schema';
import { type DbHandle } from '../../src/lib/server/db/client';
import { createOrResetAdmin } from '../../src/lib/server/users/create-admin';
import { releaseLease, takeLease } from '../../src/lib/server/housekeeping/lease';
import { registerHousekeepingJob, runHousekeeping } from '../../src/lib/server/housekeeping/jobs';
import { HOUSEKEEPING_LEASE, tickHousekeeping } from '../../src/lib/server/housekeeping/schedule';
import { savePreview } from '../../src/lib/server/previews/store';
import { createTestDb } from '../helpers/db';
import { selectRows } from '../helpers/select-rows';

let h: DbHandle;
let userId: string;

beforeAll(async () => {
	h = await createTestDb();
	await createOrResetAdmin(h.db, { username: 'quantri', password: 'song-hong-2026' });
	[{ id: userId }] = await h.db.select({ id: table.users.id }).from(table.users);
});
afterAll(() => h.close());

const count = async (query: ReturnType<typeof sql>) =>
	Number((await selectRows<{ n: number }>(h.db, query))[0].n);

describe('the housekeeping lease', () => {
	it('is held by one holder until it expires, renewed by that holder, then taken over', async () => {
		expect(await takeLease(h.db, 'job', 'A', 60)).toBe(true);
		expect(await takeLease(h.db, 'job', 'B', 60)).toBe(false);
		expect(await takeLease(h.db, 'job', 'A', 60)).toBe(true);
		await h.db.execute(sql`update leases set until = now() - interval '1 second' where name = 'job'`);
		expect(await takeLease(h.db, 'job', 'B', 60)).toBe(true);
		expect(await takeLease(h.db, 'job', 'A', 60)).toBe(false);
		await releaseLease(h.db, 'job', 'A');
		expect(await takeLease(h.db, 'job', 'A', 60)).toBe(false);
		await releaseLease(h.db, 'job', 'B');
		expect(await takeLease(h.db, 'job', 'A', 60)).toBe(true);
	});

	it('lets one of many processes ticking at once run the round (on PostgreSQL)', async () => {
		const asPostgres = { ...h, kind: 'postgres' as const };
		let rounds = 0;
		registerHousekeepingJob({ name: 'count-rounds', run: async () => void rounds++ });
		const ran = await Promise.all(
			['p1', 'p2', 'p3', 'p4'].map((holder) => tickHousekeeping(asPostgres, 60_000, holder))
		);
		expect(ran.filter(Boolean)).toHaveLength(1);
		expect(rounds).toBe(1);
		const leases = await h.db.select().from(table.leases);
		const lease = leases.find((l) => l.name === HOUSEKEEPING_LEASE)!;
		expect(lease).toBeDefined();
		expect(['p1', 'p2', 'p3', 'p4'][ran.indexOf(true)]).toBe(lease.holder);
		await h.db.delete(table.leases);
	});
});

describe('a housekeeping round', () => {
	it('deletes expired sessions and previews and old failed sign-ins, and keeps the latest success', async () => {
		const now = new Date();
		const day = 86_400_000;
		await h.db.insert(table.sessions).values([
			{ id: 's-old', secretHash: 'x', userId, expiresAt: new Date(now.getTime() - 1000) },
			{ id: 's-live', secretHash: 'x', userId, expiresAt: new Date(now.getTime() + day) }
		]);
		const gone = await savePreview(h.db, {
			kind: 'units',
			userId,
			file: { bytes: new Uint8Array(3), fileName: 'a.csv', mediaType: null }
		});
		const kept = await savePreview(h.db, {
			kind: 'figures',
			userId,
			file: { bytes: new Uint8Array(3), fileName: 'b.csv', mediaType: null }
		});
		await h.db.execute(
			sql`update upload_previews set expires_at = now() - interval '1 minute' where id = ${gone}`
		);
		const at = (days: number) => new Date(now.getTime() - days * day);
		await h.db.insert(table.loginAttempts).values([
			{ username: 'quantri', clientAddress: '10.0.0.1', success: false, at: at(40) },
			{ username: 'quantri', clientAddress: '10.0.0.1', success: true, at: at(45) },
			{ username: 'quantri', clientAddress: '10.0.0.1', success: true, at: at(35) },
			{ username: 'quantri', clientAddress: '10.0.0.1', success: false, at: at(1) },
			{ username: 'khac', clientAddress: '10.0.0.2', success: true, at: at(50) }
		]);

		const { failed } = await runHousekeeping(h.db, now);
		expect(failed).toEqual([]);
		expect((await h.db.select({ id: table.sessions.id }).from(table.sessions)).map((s) => s.id)).toEqual([
			's-live'
		]);
		expect(
			(await h.db.select({ id: table.uploadPreviews.id }).from(table.uploadPreviews)).map((p) => p.id)
		).toEqual([kept]);
		const left = await selectRows<{ username: string; success: boolean; days: number }>(
			h.db,
			sql`select username, success, round(extract(epoch from ${now.toISOString()}::timestamptz - at) / 86400)::int as days
			    from login_attempts order by username, at`
		);
		expect(left).toEqual([
			{ username: 'khac', success: true, days: 50 },
			{ username: 'quantri', success: true, days: 35 },
			{ username: 'quantri', success: false, days: 1 }
		]);
		expect(await count(sql`select count(*)::int as n from sessions`)).toBe(1);
	});
});
