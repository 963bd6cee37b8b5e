import type { AppliedTarget } from '../domain/evaluation';
import { formatValue, type ValueUnit } from './format';
import type { Locale } from '../i18n/types';
import { formatNumber } from '../i18n/format';

/** What a chart draws for a target: a line at a value, or a band between two values. */
export type TargetGuide =
	| { kind: 'line'; value: number; comparator: 'gte' | 'lte' | 'eq' }
	| { kind: 'band'; min: number; max: number };

type TargetLike = Pick<AppliedTarget, 'comparator' | 'min' | 'max' | 'value'>;

/**
 * The guide for a target. A change target ("−1.5 pp vs the start of the year") becomes a line
 * once the baseline's value is known; without it there is nothing absolute to draw.
 */
export function targetGuide(target: TargetLike | null, baselineValue?: number | null): TargetGuide | null {
	if (!target) return null;
	switch (target.comparator) {
		case 'range':
			return target.min !== null && target.max !== null
				? { kind: 'band', min: target.min, max: target.max }
				: null;
		case 'gte':
		case 'level_gte':
			return target.value !== null ? { kind: 'line', value: target.value, comparator: 'gte' } : null;
		case 'lte':
			return target.value !== null ? { kind: 'line', value: target.value, comparator: 'lte' } : null;
		case 'eq':
			return target.value !== null ? { kind: 'line', value: target.value, comparator: 'eq' } : null;
		case 'change':
			if (target.value === null || baselineValue === null || baselineValue === undefined) return null;
			return {
				kind: 'line',
				value: baselineValue + target.value,
				comparator: target.value < 0 ? 'lte' : 'gte'
			};
	}
}

/** "≥ 97 %", "55–60 %", "≤ 0,2 %", "= 291". */
export function describeGuide(locale: Locale, guide: TargetGuide | null, unit: ValueUnit): string {
	if (!guide) return '—';
	if (guide.kind === 'band') {
		const min =
			unit === 'percent' ? formatNumber(locale, guide.min, 1) : formatValue(locale, guide.min, unit);
		return `${min}–${formatValue(locale, guide.max, unit)}`;
	}
	const sign = guide.comparator === 'gte' ? '≥' : guide.comparator === 'lte' ? '≤' : '=';
	return `${sign} ${formatValue(locale, guide.value, unit)}`;
}

/** The values a value axis must include so that the guide is on screen. */
export function guideExtent(guide: TargetGuide | null): number[] {
	if (!guide) return [];
	return guide.kind === 'band' ? [guide.min, guide.max] : [guide.value];
}
