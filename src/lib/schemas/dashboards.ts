import { z } from 'zod';
import { BASE_LEVELS, OWNERSHIPS } from '$lib/domain/types';

const optional = <T extends z.ZodType>(schema: T) =>
	z.preprocess((v) => (v === '' || v === null ? undefined : v), schema.optional()).catch(undefined);

/**
 * The view a dashboard shows, read from the URL (so a link shows the same view).
 * A malformed value is dropped, not an error: the page falls back to its default.
 */
export const dashboardQuery = z.object({
	year: optional(z.string().regex(/^\d{4}-\d{4}$/)),
	period: optional(z.string().regex(/^[A-Z0-9_-]{2,20}$/)),
	level: optional(z.enum(BASE_LEVELS)),
	ownership: optional(z.enum(OWNERSHIPS)),
	group: optional(z.string().regex(/^[A-Za-z0-9_.-]{1,60}$/)),
	ind: optional(z.string().regex(/^[A-Z0-9_]{2,40}$/))
});
export type DashboardQuery = z.infer<typeof dashboardQuery>;

export function readDashboardQuery(params: URLSearchParams): DashboardQuery {
	return dashboardQuery.parse(Object.fromEntries(params));
}

export const exportQuery = z.object({
	format: z.enum(['csv', 'xlsx']).catch('csv'),
	table: z
		.string()
		.regex(/^[a-z]{2,20}$/)
		.catch('')
});
