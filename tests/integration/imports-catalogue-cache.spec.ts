import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { type DbHandle } from '../../src/lib/server/db/client';
import { loadImportCatalogue, readImportCatalogue } from '../../src/lib/server/imports/catalogue-cache';
import { createTestDb } from '../helpers/db';
import { selectRows } from '../helpers/select-rows';

let h: DbHandle;
beforeAll(async () => {
	h = await createTestDb({ demo: true });
});
afterAll(() => h.close());

describe('the catalogue kept between uploads', () => {
	it('is reused while nothing changes, and read again after a commit to the catalogue or calendar', async () => {
		const first = await loadImportCatalogue(h.db);
		expect(first).toEqual(await readImportCatalogue(h.db));
		expect(await loadImportCatalogue(h.db)).toBe(first);

		const [element] = await selectRows<{ code: string }>(
			h.db,
			sql`select code from data_elements order by sort_order limit 1`
		);
		await selectRows(
			h.db,
			sql`update data_elements set name_vi = 'Tên mới hoàn toàn' where code = ${element.code}`
		);
		const renamed = await loadImportCatalogue(h.db);
		expect(renamed).not.toBe(first);
		expect(renamed.elements.get(element.code)!.nameVi).toBe('Tên mới hoàn toàn');
		expect(renamed.names.get('tenmoihoantoan')).toBe(element.code);

		await selectRows(
			h.db,
			sql`update periods set label_en = 'Changed' where id = (select min(id) from periods)`
		);
		const relabelled = await loadImportCatalogue(h.db);
		expect(relabelled.periods.some((p) => p.labelEn === 'Changed')).toBe(true);
		expect(relabelled).toEqual(await readImportCatalogue(h.db));
	});
});
