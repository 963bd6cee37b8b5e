// The rules a target must meet against the plan's catalogue, schools, groups and calendar.
// Shape rules (a range has min ≤ max, a change has a baseline) are the schema's; these need the database.
import { levelParts, type BaseLevel, type SchoolLevel } from '../../domain/types';
import {
	EVERY_MONTH,
	type FieldProblems,
	type PlanContext,
	type TargetInput,
	type TargetValues
} from './types';

export type Checked = { ok: true; values: TargetValues } | { ok: false; errors: FieldProblems };

function applies(levels: BaseLevel[], schoolLevel: SchoolLevel): boolean {
	return levelParts(schoolLevel).some((l) => levels.includes(l));
}

export function checkTarget(ctx: PlanContext, input: TargetInput): Checked {
	const errors: FieldProblems = {};
	const indicator = ctx.indicators.get(input.indicator);
	if (!indicator) {
		errors.indicator = { key: 'plans.error.indicatorUnknown', params: { code: input.indicator } };
		return { ok: false, errors };
	}

	let scopeUnitId: number | null = null;
	let scopeGroupId: number | null = null;
	const scope = input.scope;
	if (scope.kind === 'school') {
		const school = ctx.schools.get(scope.code);
		if (!school) errors.scope = { key: 'plans.error.schoolUnknown', params: { code: scope.code } };
		else if (indicator.levels.length === 0) errors.scope = { key: 'plans.error.areaOnly' };
		else if (!applies(indicator.levels, school.level)) {
			errors.scope = { key: 'plans.error.levelNotApplicable', params: { name: school.name } };
		} else scopeUnitId = school.id;
	} else if (scope.kind === 'group') {
		const group = ctx.groups.get(scope.code);
		if (!group) errors.scope = { key: 'plans.error.groupUnknown', params: { code: scope.code } };
		else if (indicator.levels.length === 0) errors.scope = { key: 'plans.error.areaOnly' };
		else if (!group.memberLevels.some((l) => applies(indicator.levels, l))) {
			errors.scope = { key: 'plans.error.groupNotApplicable', params: { name: group.nameVi } };
		} else scopeGroupId = group.id;
	}

	const isLevel = indicator.unit === 'level';
	if (isLevel && input.comparator !== 'level_gte' && input.comparator !== 'eq') {
		errors.comparator = { key: 'plans.error.levelComparator' };
	} else if (!isLevel && input.comparator === 'level_gte') {
		errors.comparator = { key: 'plans.error.notLevelIndicator' };
	}

	const bounded: ['value' | 'min' | 'max', number | null][] = [
		['value', input.value],
		['min', input.min],
		['max', input.max]
	];
	for (const [field, n] of bounded) {
		if (n === null || errors[field]) continue;
		if (input.comparator === 'change') {
			if (indicator.unit === 'percent' && Math.abs(n) > 100)
				errors[field] = { key: 'plans.error.changeRange' };
			else if (indicator.unit !== 'percent' && !Number.isInteger(n))
				errors[field] = { key: 'plans.error.countInteger' };
		} else if (indicator.unit === 'percent') {
			if (n < 0 || n > 100) errors[field] = { key: 'plans.error.percentRange' };
		} else if (indicator.unit === 'count') {
			if (n < 0 || !Number.isInteger(n)) errors[field] = { key: 'plans.error.countInteger' };
		} else if (!Number.isInteger(n) || n < 0 || (indicator.maxLevel !== null && n > indicator.maxLevel)) {
			errors[field] = { key: 'plans.error.levelRange', params: { max: indicator.maxLevel ?? 4 } };
		}
	}

	if (!ctx.periods.has(input.judgedAt)) {
		errors.judgedAt = { key: 'plans.error.periodUnknown', params: { key: input.judgedAt } };
	}
	if (input.comparator === 'change' && input.baseline !== null) {
		const base = ctx.periods.get(input.baseline);
		if (!base || input.baseline === EVERY_MONTH) {
			errors.baseline = { key: 'plans.error.periodUnknown', params: { key: input.baseline } };
		}
	}
	if (
		(input.plannedNumerator !== null || input.plannedDenominator !== null) &&
		indicator.unit !== 'percent'
	) {
		errors.plannedNumerator = { key: 'plans.error.plannedPercentOnly' };
	}

	if (Object.keys(errors).length > 0) return { ok: false, errors };
	return {
		ok: true,
		values: {
			indicatorId: indicator.id,
			comparator: input.comparator,
			value: input.comparator === 'range' ? null : input.value,
			min: input.comparator === 'range' ? input.min : null,
			max: input.comparator === 'range' ? input.max : null,
			scopeKind: scope.kind,
			scopeUnitId,
			scopeGroupId,
			judgedAt: input.judgedAt,
			baseline: input.comparator === 'change' ? input.baseline : null,
			plannedNumerator: input.plannedNumerator,
			plannedDenominator: input.plannedDenominator,
			source: input.source
		}
	};
}
