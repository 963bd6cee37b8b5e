import { sql, type SQL } from 'drizzle-orm';

/**
 * A list bound as one array parameter, cast where it is used (`= any(${pgArray(ids)}::int[])`): one
 * parameter whatever the length, and the driver encodes the values (no quoting by hand).
 */
export function pgArray(values: Iterable<string | number>): SQL {
	return sql`${sql.param([...values])}`;
}
