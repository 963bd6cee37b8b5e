import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { type DbHandle } from '../../src/lib/server/db/client';
import { pgArray } from '../../src/lib/server/db/arrays';
import { createTestDb } from '../helpers/db';
import { selectRows } from '../helpers/select-rows';

let h: DbHandle;
beforeAll(async () => {
	h = await createTestDb();
});
afterAll(async () => h?.close());

describe('pgArray', () => {
	it('binds any text and numbers as one array, exactly, and an empty list as an empty array', async () => {
		const texts = ['HA-TH', 'a"b', 'c\\d', "e'f", 'x,y', '{z}', 'NULL', ' sp ', ''];
		const [row] = await selectRows<{ t: string[]; i: number[]; n: number; found: boolean }>(
			h.db,
			sql`select ${pgArray(texts)}::text[] as t, ${pgArray([3, 1, 2])}::int[] as i,
			       cardinality(${pgArray([])}::int[]) as n, 'a"b' = any(${pgArray(texts)}::text[]) as found`
		);
		expect(row).toEqual({ t: texts, i: [3, 1, 2], n: 0, found: true });
	});
});
