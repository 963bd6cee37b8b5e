// Targets in words, as the plan documents write them: "≥ 97%", "55–60%", "giảm 1,5 điểm % so với
// Cân đo lần 1", "đạt mức 2", "≥ 85,7% (7.910/9.232)".
import { formatNumber, formatPercent } from '../../i18n/format';
import { translate } from '../../i18n/translate';
import type { Locale } from '../../i18n/types';
import type { Comparator, Direction } from '../../domain/types';
import { EVERY_MONTH, type PeriodInfo, type TargetScope } from './types';

export type Describable = {
	comparator: Comparator;
	value: number | null;
	min: number | null;
	max: number | null;
	baseline: string | null;
	plannedNumerator: number | null;
	plannedDenominator: number | null;
};
export type IndicatorShape = { unit: 'percent' | 'count' | 'level'; direction: Direction };

const SHORT_PERIODS = new Set([
	'DAU_NAM',
	'CAN_DO_1',
	'CAN_DO_2',
	'CAN_DO_3',
	'HK1',
	'CUOI_NAM',
	EVERY_MONTH
]);
const MONTH = /^(\d{4})-(\d{2})$/;

/** A period key in a few words: 'Cân đo lần 1', 'Cuối năm học', 'Tháng 10/2024'. */
export function describePeriod(locale: Locale, key: string, known?: Map<string, PeriodInfo>): string {
	if (SHORT_PERIODS.has(key)) return translate(locale, `plans.period.${key}` as 'plans.period.DAU_NAM');
	const month = MONTH.exec(key);
	if (month) return translate(locale, 'plans.period.month', { month: Number(month[2]), year: month[1] });
	const info = known?.get(key);
	if (info) return locale === 'vi' ? info.labelVi : info.labelEn;
	return key;
}

function amount(locale: Locale, n: number, unit: IndicatorShape['unit']): string {
	if (unit === 'percent') return formatPercent(locale, n, 2);
	return formatNumber(locale, n, 2);
}

export function describeComparator(
	locale: Locale,
	t: Describable,
	indicator: IndicatorShape,
	periods?: Map<string, PeriodInfo>
): string {
	const v = t.value ?? 0;
	switch (t.comparator) {
		case 'range': {
			const min = formatNumber(locale, t.min, 2);
			const max = amount(locale, t.max ?? 0, indicator.unit);
			return translate(locale, 'plans.cmp.range', { min, max });
		}
		case 'change': {
			const base = t.baseline ? describePeriod(locale, t.baseline, periods) : '?';
			const size =
				indicator.unit === 'percent'
					? translate(locale, 'plans.cmp.points', { value: formatNumber(locale, Math.abs(v), 2) })
					: formatNumber(locale, Math.abs(v), 2);
			if (v < 0) return translate(locale, 'plans.cmp.down', { size, base });
			if (v > 0) return translate(locale, 'plans.cmp.up', { size, base });
			return translate(locale, indicator.direction === 'lower' ? 'plans.cmp.noRise' : 'plans.cmp.noFall', {
				base
			});
		}
		case 'level_gte':
			return translate(locale, 'plans.cmp.level', { value: formatNumber(locale, v) });
		default: {
			const text = translate(locale, `plans.cmp.${t.comparator}`, {
				value: amount(locale, v, indicator.unit)
			});
			if (t.plannedNumerator === null || t.plannedDenominator === null) return text;
			return translate(locale, 'plans.cmp.planned', {
				text,
				numerator: formatNumber(locale, t.plannedNumerator),
				denominator: formatNumber(locale, t.plannedDenominator)
			});
		}
	}
}

export function describeScope(
	locale: Locale,
	scope: TargetScope,
	name: { vi: string; en: string } | null
): string {
	if (scope.kind === 'area') return translate(locale, 'plans.scope.area');
	const label = name ? (locale === 'vi' ? name.vi : name.en) || scope.code : scope.code;
	return scope.kind === 'group' ? translate(locale, 'plans.scope.group', { name: label }) : label;
}
