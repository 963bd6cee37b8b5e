import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import type { SQL } from 'drizzle-orm';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { drizzle as drizzlePostgres } from 'drizzle-orm/postgres-js';
import { migrate as migratePostgres } from 'drizzle-orm/postgres-js/migrator';
import postgres from 'postgres';
import { env } from './env';
import * as schema from './schema';

export type Db = PgDatabase<PgQueryResultHKT, typeof schema>;
export type DbKind = 'pglite' | 'postgres';

export type DbHandle = {
	db: Db;
	kind: DbKind;
	/** The driver underneath, for what drizzle does not cover (COPY, raw batches). */
	pglite?: PGlite;
	sql?: postgres.Sql;
	close(): Promise<void>;
};

export type OpenOptions =
	{ kind: 'postgres'; url: string; max?: number } | { kind: 'pglite'; dataDir?: string; instance?: PGlite };

/**
 * Every statement planned for its actual values: a reused prepared statement otherwise switches to a
 * generic plan, which cannot use a path prefix (`like '/1/7/%'`) or the size of an id list and then
 * hashes every figure of every year.
 */
const PLAN_CACHE_MODE = 'force_custom_plan';

export async function openDatabase(options: OpenOptions): Promise<DbHandle> {
	if (options.kind === 'postgres') {
		const client = postgres(options.url, {
			max: options.max ?? 10,
			onnotice: () => {},
			connection: { plan_cache_mode: PLAN_CACHE_MODE }
		});
		const db = drizzlePostgres(client, { schema }) as unknown as Db;
		return { db, kind: 'postgres', sql: client, close: () => client.end({ timeout: 5 }) };
	}
	let instance = options.instance;
	if (!instance) {
		// PGlite creates only the last folder of its data path.
		if (options.dataDir) mkdirSync(path.dirname(path.resolve(options.dataDir)), { recursive: true });
		instance = new PGlite(options.dataDir ? path.resolve(options.dataDir) : undefined);
	}
	await instance.waitReady;
	await instance.exec(`set plan_cache_mode = ${PLAN_CACHE_MODE}`);
	const db = drizzlePglite(instance, { schema }) as unknown as Db;
	const pg = instance;
	return { db, kind: 'pglite', pglite: pg, close: () => pg.close() };
}

export function migrationsFolder(): string {
	return env().migrationsDir;
}

export async function migrateDatabase(handle: DbHandle): Promise<void> {
	const config = { migrationsFolder: migrationsFolder() };
	if (handle.kind === 'postgres') {
		// Two app processes starting at once must not migrate concurrently.
		await handle.sql!`select pg_advisory_lock(727100)`;
		try {
			await migratePostgres(handle.db as never, config);
		} finally {
			await handle.sql!`select pg_advisory_unlock(727100)`;
		}
	} else {
		await migratePglite(handle.db as never, config);
	}
}

/** Rows of a raw query, the same shape on both drivers. */
export async function queryRows<T>(db: Db, query: SQL): Promise<T[]> {
	const result = (await db.execute(query)) as unknown;
	if (Array.isArray(result)) return result as T[];
	return ((result as { rows?: T[] }).rows ?? []) as T[];
}

export async function countMigrations(db: Db): Promise<number> {
	const { sql } = await import('drizzle-orm');
	try {
		const rows = await queryRows<{ n: number }>(
			db,
			sql`select count(*)::int as n from drizzle.__drizzle_migrations`
		);
		return Number(rows[0]?.n ?? 0);
	} catch {
		return 0;
	}
}
