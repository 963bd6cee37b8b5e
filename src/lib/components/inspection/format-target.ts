import { formatNumber } from '$lib/i18n/format';
import { translate } from '$lib/i18n/translate';
import type { Locale } from '$lib/i18n/types';
import { describeTarget } from '$lib/targets/explain';

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
	if (unit === 'level')
		return translate(locale, 'targets.unit.level', { value: formatNumber(locale, value) });
	return formatNumber(locale, value, 1);
}

const NAMED_PERIODS = new Set(['DAU_NAM', 'CAN_DO_1', 'CAN_DO_2', 'CAN_DO_3', 'HK1', 'CUOI_NAM']);
const MONTH = /^(\d{4})-(\d{2})$/;

/** A period key as people call it ("Cân đo lần 1", "Tháng 10/2024"); other keys stay as they are. */
export function namePeriodKey(locale: Locale, key: string): string {
	if (NAMED_PERIODS.has(key)) return translate(locale, `plans.period.${key}` as 'plans.period.DAU_NAM');
	const month = MONTH.exec(key);
	if (month) return translate(locale, 'plans.period.month', { month: Number(month[2]), year: month[1] });
	return key;
}

/**
 * The target as the plan states it: "≥ 97 %", "55–60 %", "giảm 1,5 điểm % so với Cân đo lần 1", "mức ≥ 2".
 * `baselineLabel`: the baseline period's name from the evaluation; else the key is named here.
 */
export function formatTarget(
	locale: Locale,
	unit: string,
	t: Target | null,
	baselineLabel?: { vi: string; en: string } | null
): string {
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
			const base = baselineLabel?.[locale] ?? (t.baseline ? namePeriodKey(locale, t.baseline) : undefined);
			return describeTarget(
				locale,
				unit === 'count' ? 'count' : 'percent',
				{ ...t, comparator: 'change' },
				base
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
