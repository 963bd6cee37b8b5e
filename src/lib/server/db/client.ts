import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { drizzle as drizzlePostgres } from 'drizzle-orm/postgres-js';
import { migrate as migratePostgres } from 'drizzle-orm/postgres-js/migrator';
import postgres from 'postgres';
import { env } from './env';
import * as schema from './schema';
import { guardDriverCrash } from './driver-guard';
import { lockDataDir, type PgliteLock } from './pglite-lock';
import { int, queryRow } from './rows';

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
/**
 * No JIT compilation: the planner cannot size a join against an id list (`unnest($1::int[])`) and
 * guesses millions of rows, so an upload's reads and writes each paid 15–80 ms compiling code for
 * a few thousand rows. PGlite has no JIT.
 */
const JIT = 'off';

export async function openDatabase(options: OpenOptions): Promise<DbHandle> {
	if (options.kind === 'postgres') {
		guardDriverCrash();
		const client = postgres(options.url, {
			max: options.max ?? 10,
			onnotice: () => {},
			connection: { plan_cache_mode: PLAN_CACHE_MODE, jit: JIT }
		});
		const db = drizzlePostgres(client, { schema }) as unknown as Db;
		return { db, kind: 'postgres', sql: client, close: () => client.end({ timeout: 5 }) };
	}
	let instance = options.instance;
	let lock: PgliteLock | null = null;
	if (!instance) {
		// One process per directory; the lock creates the directory (PGlite would only create its last folder).
		if (options.dataDir) lock = lockDataDir(options.dataDir);
		instance = new PGlite(options.dataDir ? path.resolve(options.dataDir) : undefined);
	}
	try {
		await instance.waitReady;
	} catch (e) {
		lock?.release();
		throw e;
	}
	await instance.exec(`set plan_cache_mode = ${PLAN_CACHE_MODE}`);
	const db = drizzlePglite(instance, { schema }) as unknown as Db;
	const pg = instance;
	const close = async () => {
		await pg.close();
		lock?.release();
	};
	return { db, kind: 'pglite', pglite: pg, close };
}

export function migrationsFolder(): string {
	return env().migrationsDir;
}

/** The advisory lock key migrations run under. */
export const MIGRATION_LOCK = 727100;

export async function migrateDatabase(handle: DbHandle): Promise<void> {
	const config = { migrationsFolder: migrationsFolder() };
	if (handle.kind === 'postgres') {
		// Two app processes starting at once must not migrate concurrently. A session-level lock belongs to
		// one connection: it is taken and given back on a connection reserved from the pool for that.
		const reserved = await handle.sql!.reserve();
		try {
			await reserved`select pg_advisory_lock(${MIGRATION_LOCK})`;
			try {
				await migratePostgres(handle.db as never, config);
			} finally {
				await reserved`select pg_advisory_unlock(${MIGRATION_LOCK})`;
			}
		} finally {
			reserved.release();
		}
	} else {
		await migratePglite(handle.db as never, config);
	}
}

export async function countMigrations(db: Db): Promise<number> {
	const { sql } = await import('drizzle-orm');
	try {
		const n = await queryRow(db, sql`select count(*)::int as n from drizzle.__drizzle_migrations`, (r) =>
			int(r.n)
		);
		return n ?? 0;
	} catch {
		return 0;
	}
}
