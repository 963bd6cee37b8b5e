import { z } from 'zod';
import { BASE_LEVELS, OWNERSHIPS } from '../domain/types';

const flag = z
	.enum(['true', 'false', '1', '0', ''])
	.optional()
	.transform((v) => v === 'true' || v === '1');

/** A comma-separated list: 'MN_TL_HUYDONG,TH_TL_2BUOI' → ['MN_TL_HUYDONG', 'TH_TL_2BUOI']. */
const commaList = z
	.string()
	.optional()
	.transform((v) => (v ?? '').split(',').flatMap((s) => (s.trim() ? [s.trim()] : [])));

/**
 * GET /api/evaluations?unit=<code>&year=2024-2025&period=<key>[&indicator=<code>[,<code>…]]
 * [&children=true[&withSelf=true]][&levels=MN,TH][&ownership=public|non_public][&group=<code>]
 */
export const evaluationsQuery = z.object({
	unit: z.string().trim().min(1).max(64),
	year: z
		.string()
		.trim()
		.regex(/^\d{4}-\d{4}$/),
	period: z
		.string()
		.trim()
		.regex(/^[A-Z0-9_-]{1,32}$/i),
	indicator: commaList.pipe(z.array(z.string().regex(/^[A-Z0-9_]{1,64}$/i))),
	children: flag,
	withSelf: flag,
	levels: commaList.pipe(z.array(z.enum(BASE_LEVELS))),
	ownership: z.enum(OWNERSHIPS).optional(),
	group: z.string().trim().min(1).max(64).optional()
});
export type EvaluationsQuery = z.infer<typeof evaluationsQuery>;
