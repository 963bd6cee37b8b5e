import { sql, type SQL } from 'drizzle-orm';
import type { PgColumn } from 'drizzle-orm/pg-core';

const literals = (values: readonly string[]) =>
	sql.raw(values.map((v) => `'${v.replace(/'/g, "''")}'`).join(', '));

/** `column in (…)`: for the enums that triggers and raw SQL compare against. */
export function oneOf(column: PgColumn, values: readonly string[]): SQL {
	return sql`${column} in (${literals(values)})`;
}

/** Every element of the array column is one of `values`. */
export function allOf(column: PgColumn, values: readonly string[]): SQL {
	return sql`${column} <@ array[${literals(values)}]::text[]`;
}
