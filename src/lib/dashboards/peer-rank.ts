// A school's place among its peers on one indicator. Pure.
import type { Direction } from '../domain/types';

/**
 * The school's rank (1 = best) among the peers with a value, ties sharing the better rank, and how
 * many were ranked; null rank when the school has no value or the indicator is a band (closer to the
 * band is not "more").
 */
export function rankAmongPeers(
	values: { code: string; value: number | null }[],
	code: string,
	direction: Direction
): { rank: number | null; ranked: number } {
	const known = values.filter((v): v is { code: string; value: number } => typeof v.value === 'number');
	const mine = known.find((v) => v.code === code);
	if (!mine || direction === 'band') return { rank: null, ranked: known.length };
	const better = known.filter((v) => (direction === 'lower' ? v.value < mine.value : v.value > mine.value));
	return { rank: better.length + 1, ranked: known.length };
}
