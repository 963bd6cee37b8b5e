// COPY into a table from inside a drizzle transaction, on either driver. COPY is the fastest way
// rows get into PostgreSQL (about 5× a multi-row INSERT here); drizzle has no API for it, so this
// reaches the driver's own transaction object that drizzle keeps as `session.client`.
import type { PGlite, Transaction } from '@electric-sql/pglite';
import type postgres from 'postgres';
import type { Db, DbHandle } from '../db';

type WithClient = { session?: { client?: unknown } };

/** One value in COPY's text format. */
export function copyField(value: string | number | null): string {
	if (value === null) return '\\N';
	if (typeof value === 'number') return String(value);
	return value.replace(/[\\\t\n\r]/g, (c) =>
		c === '\\' ? '\\\\' : c === '\t' ? '\\t' : c === '\n' ? '\\n' : '\\r'
	);
}

export function copyLine(values: (string | number | null)[]): string {
	return values.map(copyField).join('\t') + '\n';
}

export async function copyInto(tx: Db, kind: DbHandle['kind'], table: string, text: string): Promise<void> {
	if (!/^[a-z_][a-z0-9_]*( \([a-z0-9_, ]+\))?$/.test(table)) throw new Error(`bad COPY target ${table}`);
	const client = (tx as unknown as WithClient).session?.client;
	if (!client) throw new Error('COPY needs a drizzle transaction or database');
	if (kind === 'pglite') {
		const pg = client as PGlite | Transaction;
		await pg.query(`copy ${table} from '/dev/blob'`, [], { blob: new Blob([text]) });
		return;
	}
	const sql = client as postgres.Sql;
	const stream = await sql.unsafe(`copy ${table} from stdin`).writable();
	await new Promise<void>((resolve, reject) => {
		stream.on('error', reject);
		stream.on('finish', resolve);
		stream.end(text);
	});
}
