// COPY into a table from inside a drizzle transaction, on either driver. COPY is the fastest way
// rows get into PostgreSQL (several times a multi-row INSERT here); drizzle has no API for it, so
// this reaches the driver's own transaction object that drizzle keeps as `session.client`.
import { sql } from 'drizzle-orm';
import type { PGlite, Transaction } from '@electric-sql/pglite';
import type postgres from 'postgres';
import { queryRows, type Db, type DbHandle } from '../db';

type WithClient = { session?: { client?: unknown } };
const NAME = /^[a-z_][a-z0-9_]*$/;

/** One value in COPY's text format. */
export function copyField(value: string | number | null): string {
	if (value === null) return '\\N';
	if (typeof value === 'number') return String(value);
	// PostgreSQL text cannot hold NUL; a stray one in a comment must not fail the COPY.
	return value
		.replaceAll('\0', '')
		.replace(/[\\\t\n\r]/g, (c) => (c === '\\' ? '\\\\' : c === '\t' ? '\\t' : c === '\n' ? '\\n' : '\\r'));
}

export function copyLine(values: (string | number | null)[]): string {
	return values.map(copyField).join('\t') + '\n';
}

function clientOf(tx: Db): unknown {
	const client = (tx as unknown as WithClient).session?.client;
	if (!client) throw new Error('COPY needs a drizzle transaction or database');
	return client;
}

/** COPY `text` into `table (columns)`. On PostgreSQL only into tables without triggers or constraints (see appendRows). */
export async function copyInto(
	tx: Db,
	kind: DbHandle['kind'],
	table: string,
	columns: string[],
	text: string
): Promise<void> {
	if (!NAME.test(table) || !columns.every((c) => NAME.test(c))) throw new Error(`bad COPY target ${table}`);
	const target = `${table} (${columns.join(', ')})`;
	if (kind === 'pglite') {
		await (clientOf(tx) as PGlite | Transaction).query(`copy ${target} from '/dev/blob'`, [], {
			blob: new Blob([text])
		});
		return;
	}
	const client = clientOf(tx) as postgres.Sql;
	const stream = await client.unsafe(`copy ${target} from stdin`).writable();
	const done = new Promise<void>((resolve, reject) => {
		stream.on('error', reject);
		stream.on('finish', resolve);
	});
	stream.end(text);
	await Promise.race([done, probeAfterCopy(client).then(() => done)]);
}

/**
 * postgres.js never finishes the stream of a COPY the server refused (the stream is let go when its
 * end is sent), so waiting for 'finish' alone could hang holding the locks. A statement queued behind
 * the COPY fails instead ("transaction is aborted") and ends the wait. It can be queued only once the
 * stream has been let go, a tick or so after end().
 */
async function probeAfterCopy(client: postgres.Sql): Promise<void> {
	for (;;) {
		await new Promise((resolve) => setImmediate(resolve));
		try {
			await client`select 1`;
			return;
		} catch (error) {
			if ((error as { code?: string }).code === 'COPY_IN_PROGRESS') continue;
			throw new Error('COPY was refused by the database', { cause: error });
		}
	}
}

let temporaries = 0;

/**
 * Appends rows to a table: one COPY into it on PGlite (where a refused row fails the COPY cleanly),
 * on PostgreSQL a COPY into a temporary table and one INSERT … SELECT, so that triggers and
 * constraints of the table report through an ordinary statement.
 */
export async function appendRows(
	tx: Db,
	kind: DbHandle['kind'],
	table: string,
	columns: { name: string; type: string }[],
	text: string
): Promise<void> {
	const names = columns.map((c) => c.name);
	if (kind === 'pglite') return copyInto(tx, kind, table, names, text);
	const temp = `bulk_${table}_${++temporaries}`;
	if (!NAME.test(temp) || !columns.every((c) => /^[a-z0-9 ]+$/.test(c.type)))
		throw new Error('bad column type');
	await queryRows(
		tx,
		sql.raw(
			`create temp table ${temp} (${columns.map((c) => `${c.name} ${c.type}`).join(', ')}) on commit drop`
		)
	);
	await copyInto(tx, kind, temp, names, text);
	await queryRows(
		tx,
		sql.raw(`insert into ${table} (${names.join(', ')}) select ${names.join(', ')} from ${temp}`)
	);
}
