// Timestamps and dates from raw SQL rows: postgres.js and PGlite hand back a Date for most, but a cast or an
// aggregate can come back as PostgreSQL's text. These read both the same way (a plain `new Date(v)` does too).

export type DbTime = Date | string;

/** A timestamp as an ISO instant ('2025-10-05T03:00:00.000Z'). */
export function toInstant(value: DbTime): string {
	return (value instanceof Date ? value : new Date(value)).toISOString();
}

export function toInstantOrNull(value: DbTime | null): string | null {
	return value === null ? null : toInstant(value);
}

export function toDateOrNull(value: DbTime | null): Date | null {
	return value === null ? null : new Date(value);
}
