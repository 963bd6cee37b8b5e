// A figure far from the school's own history is a likely typing error (domain.md §4):
// flagged as a warning the uploader confirms, never silently accepted or refused.

/** ≥ RATIO × or ≤ 1/RATIO of the previous value. */
export const OUTLIER_RATIO = 5;
/** Small counts jump by large factors for real (1 → 6 dropouts); judge only from this size. */
export const OUTLIER_MIN_MAGNITUDE = 10;

export type OutlierCheck = { ratio: number; previous: number };

/**
 * Whether `value` is an outlier against `previous` (the same figure in the school's previous period of
 * the same form). Only counts and decimals are judged; yes/no and levels change by design.
 */
export function findOutlier(
	value: number,
	previous: number | undefined,
	valueType: 'count' | 'yes_no' | 'level' | 'decimal'
): OutlierCheck | null {
	if (previous === undefined || !(previous > 0)) return null;
	if (valueType !== 'count' && valueType !== 'decimal') return null;
	if (Math.max(value, previous) < OUTLIER_MIN_MAGNITUDE) return null;
	const ratio = value / previous;
	if (ratio >= OUTLIER_RATIO || ratio <= 1 / OUTLIER_RATIO) return { ratio, previous };
	return null;
}
