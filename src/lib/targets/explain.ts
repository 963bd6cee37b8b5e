// Sentences about targets and projections, in either language. Pure and safe in the browser.
import { formatNumber, formatPercent } from '../i18n/format';
import type { MessageKey } from '../i18n/catalogue';
import type { Direction } from '../domain/types';
import { translate } from '../i18n/translate';
import type { Locale } from '../i18n/types';

export type IndicatorUnit = 'percent' | 'count' | 'level';
export type TargetLike = {
	comparator: 'gte' | 'lte' | 'eq' | 'range' | 'change' | 'level_gte';
	value: number | null;
	min: number | null;
	max: number | null;
};

/** A value in the indicator's unit: "85,7 %", "12.246", "mức 2". */
export function formatValue(locale: Locale, unit: IndicatorUnit, value: number | null): string {
	if (value === null) return '—';
	if (unit === 'percent') return formatPercent(locale, value, 1);
	if (unit === 'level')
		return translate(locale, 'targets.unit.level', { value: formatNumber(locale, value) });
	return formatNumber(locale, value, 1);
}

/** A change in the indicator's unit, signed: "−1,5 điểm phần trăm", "+12". */
export function formatChange(locale: Locale, unit: IndicatorUnit, value: number | null): string {
	if (value === null) return '—';
	const sign = value > 0 ? '+' : value < 0 ? '−' : '';
	const abs = formatNumber(locale, Math.abs(value), unit === 'percent' ? 1 : 0);
	return unit === 'percent'
		? translate(locale, 'targets.unit.pp', { value: `${sign}${abs}` })
		: `${sign}${abs}`;
}

/**
 * The target in the plan documents' words (the `plans.cmp.*` messages, as on the plan pages):
 * "≥ 97 %", "55–60 %", "giảm 1,5 điểm % so với Cân đo lần 1", "đạt mức 2".
 * `direction` only matters for a change of 0 ("không tăng" for lower-is-better indicators).
 */
export function describeTarget(
	locale: Locale,
	unit: IndicatorUnit,
	target: TargetLike,
	baselineLabel?: string,
	direction: Direction = 'higher'
): string {
	const v = (x: number | null) => (unit === 'level' ? formatNumber(locale, x) : formatValue(locale, unit, x));
	switch (target.comparator) {
		case 'range': {
			const min = unit === 'percent' ? formatNumber(locale, target.min, 1) : v(target.min);
			return translate(locale, 'plans.cmp.range', { min, max: v(target.max) });
		}
		case 'change': {
			const change = target.value ?? 0;
			const base = baselineLabel ?? '—';
			const abs = formatNumber(locale, Math.abs(change), unit === 'percent' ? 1 : 0);
			const size = unit === 'percent' ? translate(locale, 'plans.cmp.points', { value: abs }) : abs;
			if (change < 0) return translate(locale, 'plans.cmp.down', { size, base });
			if (change > 0) return translate(locale, 'plans.cmp.up', { size, base });
			return translate(locale, direction === 'lower' ? 'plans.cmp.noRise' : 'plans.cmp.noFall', { base });
		}
		case 'level_gte':
			return translate(locale, 'plans.cmp.level', { value: v(target.value) });
		default:
			return translate(locale, `plans.cmp.${target.comparator}`, { value: v(target.value) });
	}
}

export type ProjectionFacts = {
	unit: IndicatorUnit;
	method: 'trend' | 'last_year_pattern' | 'carry_forward';
	/** Projected value at the judging period (for 'change' targets, the projected change). */
	value: number;
	periodLabel: string;
	target: TargetLike;
	baselineLabel?: string;
	direction?: Direction;
};

/** "At the current pace: 94.1% by End of school year 2024-2025, target ≥ 97%". */
export function explainProjection(locale: Locale, facts: ProjectionFacts): string {
	const value =
		facts.target.comparator === 'change'
			? formatChange(locale, facts.unit, facts.value)
			: formatValue(locale, facts.unit, facts.value);
	return translate(locale, `targets.projection.${facts.method}` as MessageKey, {
		value,
		period: facts.periodLabel,
		target: describeTarget(locale, facts.unit, facts.target, facts.baselineLabel, facts.direction)
	});
}

/** The parts of an evaluation row the sentence needs (GET /api/evaluations rows fit). */
export type RowLike = {
	indicatorUnit: IndicatorUnit;
	direction?: Direction;
	target: TargetLike | null;
	projection: {
		value: number;
		method: ProjectionFacts['method'];
		atLabel: { vi: string; en: string };
		change: number | null;
	} | null;
	baseline: { label: { vi: string; en: string } } | null;
};

/** The projection sentence of an evaluation row, or null when it has no projection. */
export function explainRow(locale: Locale, row: RowLike): string | null {
	const p = row.projection;
	if (!p || !row.target) return null;
	const isChange = row.target.comparator === 'change';
	if (isChange && p.change === null) return null;
	return explainProjection(locale, {
		unit: row.indicatorUnit,
		method: p.method,
		value: isChange ? p.change! : p.value,
		periodLabel: p.atLabel[locale],
		target: row.target,
		baselineLabel: row.baseline?.label[locale],
		direction: row.direction
	});
}
