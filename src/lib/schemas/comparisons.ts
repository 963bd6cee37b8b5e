import { z } from 'zod';
import { AREA_SORTS } from '$lib/charts/areas';

export const PEER_KINDS = ['district', 'ownership', 'commune'] as const;
export type PeerKind = (typeof PEER_KINDS)[number];

/** The comparison choices in a dashboard's URL; a malformed value falls back to the default. */
export const comparisonQuery = z.object({
	sort: z.enum(AREA_SORTS).catch('worst'),
	peers: z.enum(PEER_KINDS).catch('district')
});
export type ComparisonQuery = z.infer<typeof comparisonQuery>;

export function readComparisonQuery(params: URLSearchParams): ComparisonQuery {
	return comparisonQuery.parse({
		sort: params.get('sort') ?? undefined,
		peers: params.get('peers') ?? undefined
	});
}
