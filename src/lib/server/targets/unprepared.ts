// One statement planned for its actual values every time. Both drivers otherwise reuse a prepared
// statement, and PostgreSQL then switches to a generic plan that cannot use a path prefix or the sizes
// of id lists (it hashes every figure of every year). The values are written into the text as quoted
// literals (typed by their context, as untyped parameters are): an unnamed statement with parameters
// costs postgres.js two round trips (it describes the statement before binding), one without costs one.
import type { SQL } from 'drizzle-orm';
import { PgDialect } from 'drizzle-orm/pg-core';
import { queryRows, type Db } from '../db';

const dialect = new PgDialect();

type PostgresJs = {
	unsafe(text: string, params: unknown[], options: { prepare: boolean }): Promise<unknown[]>;
};
type Pglite = { query(text: string, params: unknown[]): Promise<{ rows: unknown[] }> };

/** A value as an SQL literal of unknown type: E'…' escapes backslashes whatever standard_conforming_strings says. */
export function quoteLiteral(value: unknown): string {
	if (value === null || value === undefined) return 'null';
	if (typeof value === 'number' && !Number.isFinite(value)) throw new Error(`not a finite number: ${value}`);
	if (typeof value !== 'string' && typeof value !== 'number' && typeof value !== 'bigint')
		throw new Error(`no literal for a ${typeof value}`);
	const text = String(value);
	if (text.includes('\0')) throw new Error('NUL in an SQL literal');
	return `E'${text.replace(/\\/g, '\\\\').replace(/'/g, "''")}'`;
}

/** The statement's text with its $n placeholders replaced by the parameters' literals. */
export function inlineParams(text: string, params: unknown[]): string {
	return text.replace(/\$(\d+)/g, (_, n: string) => {
		const i = Number(n) - 1;
		if (i < 0 || i >= params.length) throw new Error(`no parameter $${n}`);
		return quoteLiteral(params[i]);
	});
}

/** The statement exactly as sent: what it reads, and a key to remember its result by. */
export function statementText(query: SQL): string {
	const { sql: text, params } = dialect.sqlToQuery(query);
	return inlineParams(text, params);
}

export async function queryUnprepared<T>(db: Db, query: SQL): Promise<T[]> {
	const client = (db as unknown as { $client?: unknown }).$client;
	const { sql: text, params } = dialect.sqlToQuery(query);
	if (client && typeof (client as PostgresJs).unsafe === 'function')
		return [
			...(await (client as PostgresJs).unsafe(inlineParams(text, params), [], { prepare: false }))
		] as T[];
	if (client && typeof (client as Pglite).query === 'function')
		return (await (client as Pglite).query(text, params)).rows as T[];
	return queryRows<T>(db, query);
}
