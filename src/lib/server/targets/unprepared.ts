// One statement planned for its actual parameters every time. Both drivers otherwise reuse a prepared
// statement, and PostgreSQL then switches to a generic plan that cannot use a path prefix or the sizes
// of id lists (it hashes every figure of every year). Unnamed statements are planned per execution,
// in one round trip (a transaction with SET LOCAL plan_cache_mode would take four).
import type { SQL } from 'drizzle-orm';
import { PgDialect } from 'drizzle-orm/pg-core';
import { queryRows, type Db } from '../db';

const dialect = new PgDialect();

type PostgresJs = {
	unsafe(text: string, params: unknown[], options: { prepare: boolean }): Promise<unknown[]>;
};
type Pglite = { query(text: string, params: unknown[]): Promise<{ rows: unknown[] }> };

export async function queryUnprepared<T>(db: Db, query: SQL): Promise<T[]> {
	const client = (db as unknown as { $client?: unknown }).$client;
	const { sql: text, params } = dialect.sqlToQuery(query);
	if (client && typeof (client as PostgresJs).unsafe === 'function')
		return [...(await (client as PostgresJs).unsafe(text, params, { prepare: false }))] as T[];
	if (client && typeof (client as Pglite).query === 'function')
		return (await (client as Pglite).query(text, params)).rows as T[];
	return queryRows<T>(db, query);
}
