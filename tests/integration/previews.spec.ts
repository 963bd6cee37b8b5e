// Checked files kept in the database (PostgreSQL's store, run here on either database) for "confirm": for their user only, of their kind, until they
// expire; bounded per user and in total; what housekeeping deletes.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import * as table from '../../src/lib/server/db/schema';
import type { DbHandle } from '../../src/lib/server/db/client';
import { createOrResetAdmin } from '../../src/lib/server/users/create-admin';
import {
	countPreviews,
	deleteExpiredPreviews,
	dropPreview,
	readFailedRows,
	savePreview,
	setFailedRows,
	takePreview
} from '../../src/lib/server/previews/store';
import { PREVIEW_MAX_PER_USER } from '../../src/lib/server/previews/bounds';
import { createTestDb } from '../helpers/db';

let h: DbHandle;
const ids: string[] = [];

beforeAll(async () => {
	h = await createTestDb();
	for (const username of ['quantri', 'quantri2']) {
		await createOrResetAdmin(h.db, { username, password: 'song-hong-2026' });
	}
	ids.push(...(await h.db.select({ id: table.users.id }).from(table.users)).map((u) => u.id));
});
afterAll(() => h.close());

const file = (text: string) => ({
	bytes: new TextEncoder().encode(text),
	fileName: 'so-lieu.csv',
	mediaType: 'text/csv'
});
const clear = () => h.db.delete(table.uploadPreviews);

describe('a kept preview', () => {
	it('gives the file back to its user only, for its kind only', async () => {
		await clear();
		const token = await savePreview(h.db, {
			kind: 'figures',
			userId: ids[0],
			file: file('ma_truong;ky_bao_cao\nHA;2024-2025/HK1'),
			defaultPeriod: '2024-2025/HK1',
			failedRows: 'dòng;lỗi\n2;sai'
		});
		const kept = await takePreview(h.db, token, ids[0], 'figures');
		expect(new TextDecoder().decode(kept!.file.bytes)).toBe('ma_truong;ky_bao_cao\nHA;2024-2025/HK1');
		expect(kept).toMatchObject({
			defaultPeriod: '2024-2025/HK1',
			file: { fileName: 'so-lieu.csv', mediaType: 'text/csv' }
		});
		expect(await readFailedRows(h.db, token, ids[0])).toBe('dòng;lỗi\n2;sai');
		expect(await takePreview(h.db, token, ids[1], 'figures')).toBeNull();
		expect(await readFailedRows(h.db, token, ids[1])).toBeNull();
		expect(await takePreview(h.db, token, ids[0], 'units')).toBeNull();
		expect(await takePreview(h.db, '', ids[0], 'figures')).toBeNull();

		await setFailedRows(h.db, token, null);
		expect(await readFailedRows(h.db, token, ids[0])).toBeNull();
		await dropPreview(h.db, token);
		expect(await takePreview(h.db, token, ids[0], 'figures')).toBeNull();
	});

	it('keeps only the latest few of a user, without touching another user’s', async () => {
		await clear();
		const other = await savePreview(h.db, { kind: 'figures', userId: ids[1], file: file('b') });
		const mine: string[] = [];
		for (let i = 0; i < PREVIEW_MAX_PER_USER + 2; i++) {
			mine.push(await savePreview(h.db, { kind: 'figures', userId: ids[0], file: file(`a${i}`) }));
		}
		const unit = await savePreview(h.db, { kind: 'units', userId: ids[0], file: file('u') });
		expect(await takePreview(h.db, mine[0], ids[0], 'figures')).toBeNull();
		expect(await takePreview(h.db, mine[1], ids[0], 'figures')).toBeNull();
		for (const t of mine.slice(2)) expect(await takePreview(h.db, t, ids[0], 'figures')).not.toBeNull();
		expect(await takePreview(h.db, other, ids[1], 'figures')).not.toBeNull();
		expect(await takePreview(h.db, unit, ids[0], 'units')).not.toBeNull();
	});

	it('drops the oldest previews once all of them together pass the total', async () => {
		await clear();
		const kb = (n: number) => file('x'.repeat(n * 1024));
		const first = await savePreview(h.db, { kind: 'figures', userId: ids[1], file: kb(40) }, 100 * 1024);
		const second = await savePreview(h.db, { kind: 'units', userId: ids[1], file: kb(40) }, 100 * 1024);
		const third = await savePreview(h.db, { kind: 'figures', userId: ids[0], file: kb(40) }, 100 * 1024);
		expect(await takePreview(h.db, first, ids[1], 'figures')).toBeNull();
		expect(await takePreview(h.db, second, ids[1], 'units')).not.toBeNull();
		expect(await takePreview(h.db, third, ids[0], 'figures')).not.toBeNull();
		expect((await countPreviews(h.db)).bytes).toBeLessThanOrEqual(100 * 1024);
	});

	it('cannot be confirmed once expired, and housekeeping deletes it', async () => {
		await clear();
		const old = await savePreview(h.db, { kind: 'figures', userId: ids[0], file: file('old') });
		const fresh = await savePreview(h.db, { kind: 'figures', userId: ids[0], file: file('new') });
		await h.db.execute(
			sql`update upload_previews set expires_at = now() - interval '1 second' where id = ${old}`
		);
		expect(await takePreview(h.db, old, ids[0], 'figures')).toBeNull();
		expect(await deleteExpiredPreviews(h.db)).toBe(1);
		expect(await countPreviews(h.db)).toMatchObject({ entries: 1 });
		expect(await takePreview(h.db, fresh, ids[0], 'figures')).not.toBeNull();
	});
});
