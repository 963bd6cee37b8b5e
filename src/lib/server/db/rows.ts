// Raw SQL rows are typed by nobody, and the two drivers disagree (postgres.js returns bigint and
// numeric as strings where PGlite gives numbers; jsonb may come back as text). A raw query names and
// reads each column once, through these readers, so a wrong assumption fails where it is made
// instead of travelling on as a string that looks like a number.
import type { SQL } from 'drizzle-orm';
import type { Db } from './client';

export type RawRow = Record<string, unknown>;
export type Read<T> = (value: unknown) => T;

export class RowTypeError extends TypeError {}

function refuse(kind: string, value: unknown): never {
	const shown = typeof value === 'string' ? JSON.stringify(value.slice(0, 40)) : String(value);
	throw new RowTypeError(`a raw row held ${shown} where ${kind} was expected`);
}

/** Rows of a raw query (one drizzle cannot express), each read by `map`. */
export async function queryRows<T>(db: Db, query: SQL, map: (row: RawRow) => T): Promise<T[]> {
	const result = (await db.execute(query)) as unknown;
	const rows = (Array.isArray(result) ? result : ((result as { rows?: RawRow[] }).rows ?? [])) as RawRow[];
	return rows.map(map);
}

/** The first row of a raw query, or null. */
export async function queryRow<T>(db: Db, query: SQL, map: (row: RawRow) => T): Promise<T | null> {
	return (await queryRows(db, query, map))[0] ?? null;
}

export function int(value: unknown): number {
	const n =
		typeof value === 'number'
			? value
			: typeof value === 'string' || typeof value === 'bigint'
				? Number(value)
				: NaN;
	if (!Number.isSafeInteger(n) || (typeof value === 'string' && value.trim() === '')) {
		refuse('an integer', value);
	}
	return n;
}

export function num(value: unknown): number {
	const n = typeof value === 'number' ? value : typeof value === 'string' ? Number(value) : NaN;
	if (!Number.isFinite(n) || (typeof value === 'string' && value.trim() === '')) {
		refuse('a number', value);
	}
	return n;
}

export function text(value: unknown): string {
	if (typeof value !== 'string') refuse('a text', value);
	return value;
}

/** A text[] column (both drivers hand it over as an array of strings). */
export function texts(value: unknown): string[] {
	if (!Array.isArray(value) || !value.every((v) => typeof v === 'string')) refuse('a text array', value);
	return value;
}

export function bool(value: unknown): boolean {
	if (typeof value !== 'boolean') refuse('a boolean', value);
	return value;
}

/** A timestamp as a Date, whichever way the driver gave it. */
export function date(value: unknown): Date {
	const d = value instanceof Date ? value : typeof value === 'string' ? new Date(value) : null;
	if (!d || Number.isNaN(d.getTime())) refuse('a timestamp', value);
	return d;
}

/** json/jsonb: parsed when the driver hands it over as text. The shape is the query's promise. */
export function json<T>(value: unknown): T {
	if (value === null || value === undefined) refuse('a JSON value', value);
	return (typeof value === 'string' ? JSON.parse(value) : value) as T;
}

/** One of a closed set of texts (a status, a kind). */
export function oneOf<const T extends string>(values: readonly T[]): Read<T> {
	return (value) => {
		if (typeof value !== 'string' || !(values as readonly string[]).includes(value)) {
			refuse(`one of ${values.join(', ')}`, value);
		}
		return value as T;
	};
}

/** The same reader, letting SQL null through as null. */
export function orNull<T>(read: Read<T>): Read<T | null> {
	return (value) => (value === null || value === undefined ? null : read(value));
}

export const intOrNull = orNull(int);
export const numOrNull = orNull(num);
export const textOrNull = orNull(text);
export const dateOrNull = orNull(date);
