import type { SQL } from 'drizzle-orm';
import type { Db } from '../../src/lib/server/db/client';

/** Rows of a raw query, as the test expects them (assertions check the values themselves). */
export async function selectRows<T>(db: Db, query: SQL): Promise<T[]> {
	const result = (await db.execute(query)) as unknown;
	if (Array.isArray(result)) return result as T[];
	return ((result as { rows?: T[] }).rows ?? []) as T[];
}
