// Same period last year ("cùng kỳ năm trước") beside a value: the change, in points for rates.
import type { Direction } from '../domain/types';

export type YearOnYear = {
	/** The value at the same period of the previous school year, or null (no data, or no such year). */
	lastYear: number | null;
	/** This year minus last year (percentage points for rates), rounded to 0.1; null without both. */
	change: number | null;
};

const finite = (v: number | null | undefined): v is number => typeof v === 'number' && Number.isFinite(v);

/** The change since last year: both values are already pooled (Σ numerators / Σ denominators). */
export function computeChange(
	current: number | null | undefined,
	lastYear: number | null | undefined
): number | null {
	if (!finite(current) || !finite(lastYear)) return null;
	return Math.round((current - lastYear) * 10) / 10;
}

export function yearOnYear(
	current: number | null | undefined,
	lastYear: number | null | undefined
): YearOnYear {
	return { lastYear: finite(lastYear) ? lastYear : null, change: computeChange(current, lastYear) };
}

/** Whether a change is for the better: 'better', 'worse' or 'neutral' (a band, or no change). */
export function changeTone(change: number | null, direction: Direction): 'better' | 'worse' | 'neutral' {
	if (change === null || change === 0 || direction === 'band') return 'neutral';
	const up = change > 0;
	return (direction === 'lower' ? !up : up) ? 'better' : 'worse';
}
