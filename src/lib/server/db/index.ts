import { env } from './env';
import { migrateDatabase, openDatabase, type Db, type DbHandle } from './client';

export type { Db, DbHandle } from './client';
export { queryRows, queryRow } from './rows';

let opening: Promise<DbHandle> | null = null;

/** The app's database, opened (and migrated) on first use, never at import time. */
export function getHandle(): Promise<DbHandle> {
	opening ??= (async () => {
		const settings = env();
		const handle = settings.databaseUrl
			? await openDatabase({ kind: 'postgres', url: settings.databaseUrl })
			: await openDatabase({ kind: 'pglite', dataDir: settings.dataDir });
		if (settings.migrateOnStart) await migrateDatabase(handle);
		return handle;
	})();
	// A database out of reach at the first request must not stay the answer once it is back.
	const attempt = opening;
	attempt.catch(() => {
		if (opening === attempt) opening = null;
	});
	return attempt;
}

export async function getDb(): Promise<Db> {
	return (await getHandle()).db;
}
