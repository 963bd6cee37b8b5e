import { formatNumber } from '$lib/i18n/format';
import type { Locale } from '$lib/i18n/types';

type Target = {
	comparator: string;
	min: number | null;
	max: number | null;
	value: number | null;
	baseline: string | null;
};

/** A measure in its unit: "97,5 %" (percent), "1.240" (count), "mức 2" (level). */
export function formatMeasure(locale: Locale, unit: string, value: number | null): string {
	if (value === null) return '—';
	if (unit === 'percent') return `${formatNumber(locale, value, 1)} %`;
	if (unit === 'level') return (locale === 'vi' ? 'mức ' : 'level ') + formatNumber(locale, value);
	return formatNumber(locale, value, 1);
}

/** The target as the plan states it: "≥ 97 %", "55–60 %", "−1,5 điểm % so với DAU_NAM", "mức ≥ 2". */
export function formatTarget(locale: Locale, unit: string, t: Target | null): string {
	if (!t) return '—';
	const m = (v: number | null) => formatMeasure(locale, unit, v);
	switch (t.comparator) {
		case 'gte':
			return `≥ ${m(t.value)}`;
		case 'lte':
			return `≤ ${m(t.value)}`;
		case 'eq':
			return `= ${m(t.value)}`;
		case 'range':
			return unit === 'percent'
				? `${formatNumber(locale, t.min, 1)}–${formatNumber(locale, t.max, 1)} %`
				: `${m(t.min)}–${m(t.max)}`;
		case 'level_gte':
			return `≥ ${m(t.value)}`;
		case 'change': {
			const v = t.value ?? 0;
			const sign = v > 0 ? '+' : v < 0 ? '−' : '±';
			const pp = locale === 'vi' ? 'điểm %' : 'pp';
			return `${sign}${formatNumber(locale, Math.abs(v), 1)} ${unit === 'percent' ? pp : ''} ${locale === 'vi' ? 'so với' : 'vs'} ${t.baseline ?? ''}`.replace(
				/\s+/g,
				' '
			);
		}
		default:
			return '—';
	}
}

/** A gap with its sign: "−7,0" (short of the target), "+1,2". */
export function formatGap(locale: Locale, gap: number | null): string {
	if (gap === null) return '—';
	const sign = gap > 0 ? '+' : gap < 0 ? '−' : '';
	return sign + formatNumber(locale, Math.abs(gap), 1);
}
