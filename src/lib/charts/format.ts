import { formatNumber, formatPercent } from '../i18n/format';
import type { Locale } from '../i18n/types';

export type ValueUnit = 'percent' | 'count' | 'level';

/** A value as people read it: 85,7 % / 7.910 / mức 2 (vi); 85.7% / 7,910 (en). */
export function formatValue(locale: Locale, value: number | null | undefined, unit: ValueUnit): string {
	if (unit === 'percent') return formatPercent(locale, value, 1);
	return formatNumber(locale, value, unit === 'count' ? 0 : 1);
}

/** A signed difference: +1,2 điểm % / −3 (count). */
export function formatGap(locale: Locale, gap: number | null | undefined, unit: ValueUnit): string {
	if (gap === null || gap === undefined || !Number.isFinite(gap)) return '—';
	const sign = gap > 0 ? '+' : gap < 0 ? '−' : '±';
	const magnitude = formatNumber(locale, Math.abs(gap), unit === 'count' ? 0 : 1);
	if (unit === 'percent') return `${sign}${magnitude} ${locale === 'vi' ? 'điểm %' : 'pp'}`;
	return `${sign}${magnitude}`;
}
