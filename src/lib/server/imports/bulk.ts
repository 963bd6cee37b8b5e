// COPY into a table from inside a drizzle transaction, on either driver. COPY is the fastest way
// rows get into PostgreSQL (several times a multi-row INSERT here); drizzle has no API for it, so
// this reaches the driver's own transaction object that drizzle keeps as `session.client`.
import type { PGlite, Transaction } from '@electric-sql/pglite';
import type postgres from 'postgres';
import type { Db, DbHandle } from '../db';

type WithClient = { session?: { client?: unknown } };
const NAME = /^[a-z_][a-z0-9_]*$/;

const SPECIAL = /[\\\t\n\r\0]/;

/** One value in COPY's text format. */
export function copyField(value: string | number | null): string {
	if (value === null) return '\\N';
	if (typeof value === 'number') return String(value);
	if (!SPECIAL.test(value)) return value;
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

/**
 * COPY `text` into `table (columns)`. A row the table refuses (constraint, trigger) fails the COPY and
 * so the caller's transaction; on PostgreSQL the server's own message is not at hand then (see below).
 */
export async function copyInto(
	tx: Db,
	kind: DbHandle['kind'],
	table: string,
	columns: string[],
	text: string
): Promise<void> {
	if (!NAME.test(table) || !columns.every((c) => NAME.test(c))) throw new Error(`bad COPY target ${table}`);
	const target = `${table} (${columns.join(', ')})`;
	if (text === '') return;
	if (kind === 'pglite') {
		await (clientOf(tx) as PGlite | Transaction).query(`copy ${target} from '/dev/blob'`, [], {
			blob: new Blob([text])
		});
		return;
	}
	const client = clientOf(tx) as postgres.Sql;
	const stream = await client.unsafe(`copy ${target} from stdin`).writable();
	await new Promise<void>((resolve, reject) => {
		stream.once('error', reject);
		stream.write(text, (error) => (error ? reject(error) : resolve()));
	});
	const done = new Promise<void>((resolve, reject) => {
		stream.once('error', reject);
		stream.once('finish', resolve);
	});
	// With nothing left to write, end() lets the stream go at once (postgres.js then accepts queries).
	stream.end();
	// postgres.js never finishes the stream of a COPY the server refused: a statement queued behind it
	// fails instead ("transaction is aborted"), which ends the wait rather than hanging on the locks.
	await Promise.race([
		done,
		client`select 1`.then(
			() => done,
			(error: unknown) => {
				throw new Error(`The database refused the COPY into ${table} (a constraint or trigger)`, {
					cause: error
				});
			}
		)
	]);
}
