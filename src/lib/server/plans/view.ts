// What the plan pages show, in the reader's language: targets grouped like the plan documents,
// and the choices of the target form.
import { INDICATOR_GROUPS } from '../../domain/types';
import { translate } from '../../i18n/translate';
import type { Locale } from '../../i18n/types';
import { describeComparator, describePeriod, describeScope } from './describe-target';
import { DEFAULT_JUDGED_AT, type PlanContext, type TargetView } from './types';
import type { Option, TargetFormOptions, TargetLine } from '../../domain/plans';
export type { Option, TargetLine } from '../../domain/plans';

export function describeTarget(locale: Locale, ctx: PlanContext, t: TargetView): TargetLine {
	return {
		id: t.id,
		indicator: t.indicator,
		indicatorName: locale === 'vi' ? t.indicatorInfo.nameVi : t.indicatorInfo.nameEn,
		group: t.indicatorInfo.group,
		comparator: describeComparator(locale, t, t.indicatorInfo, ctx.periods),
		scopeKind: t.scope.kind,
		scope: describeScope(locale, t.scope, t.scopeName),
		judgedAt: describePeriod(locale, t.judgedAt, ctx.periods),
		judgedAtDefault: t.judgedAt === DEFAULT_JUDGED_AT,
		source: t.source,
		perSchool: t.indicatorInfo.levels.length > 0
	};
}

export function groupTargets(locale: Locale, ctx: PlanContext, targets: TargetView[]) {
	return INDICATOR_GROUPS.map((group) => ({
		group,
		targets: targets.filter((t) => t.indicatorInfo.group === group).map((t) => describeTarget(locale, ctx, t))
	})).filter((g) => g.targets.length > 0);
}

export function formOptions(locale: Locale, ctx: PlanContext): TargetFormOptions {
	const indicators = INDICATOR_GROUPS.map((group) => ({
		group,
		options: [...ctx.indicators.values()]
			.filter((i) => i.group === group)
			.sort((a, b) => a.sortOrder - b.sortOrder)
			.map((i) => ({
				value: i.code,
				label: `${locale === 'vi' ? i.nameVi : i.nameEn} (${i.code})`,
				unit: i.unit,
				areaOnly: i.levels.length === 0
			}))
	}));
	const groups: Option[] = [...ctx.groups.values()].map((g) => ({
		value: `group:${g.code}`,
		label: locale === 'vi' ? g.nameVi : g.nameEn
	}));
	const schools: Option[] = [...ctx.schools.values()].map((s) => ({
		value: `school:${s.code}`,
		label: s.name
	}));
	const periods: Option[] = [...ctx.periods.values()]
		.sort((a, b) => Number(a.monthly) - Number(b.monthly) || a.sortOrder - b.sortOrder)
		.map((p) => ({ value: p.key, label: describePeriod(locale, p.key, ctx.periods) }));
	return { indicators, groups, schools, periods, area: translate(locale, 'plans.scope.area') };
}

/** A stored number as the reader types it: '85,7' in Vietnamese, '85.7' in English, no grouping. */
export function inputNumber(locale: Locale, n: number | null): string {
	if (n === null) return '';
	const text = String(Number(n.toPrecision(12)));
	return locale === 'vi' ? text.replace('.', ',') : text;
}

export function formValues(locale: Locale, t: TargetView): Record<string, string> {
	return {
		indicator: t.indicator,
		comparator: t.comparator,
		value: inputNumber(locale, t.value),
		min: inputNumber(locale, t.min),
		max: inputNumber(locale, t.max),
		scope: t.scope.kind === 'area' ? 'area' : `${t.scope.kind}:${t.scope.code}`,
		judgedAt: t.judgedAt,
		baseline: t.baseline ?? '',
		plannedNumerator: inputNumber(locale, t.plannedNumerator),
		plannedDenominator: inputNumber(locale, t.plannedDenominator),
		source: t.source ?? ''
	};
}
