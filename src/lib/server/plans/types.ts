// The plans domain's vocabulary: a plan with its context, targets as read and as written.
import type { BaseLevel, Comparator, Direction, IndicatorGroup, SchoolLevel } from '../../domain/types';
import type { MessageKey } from '../../i18n/catalogue';
import type { Params } from '../../i18n/translate';

export const COMPARATORS = [
	'gte',
	'lte',
	'eq',
	'range',
	'change',
	'level_gte'
] as const satisfies Comparator[];

/** 'THANG' judges a target every month (e.g. news posts each month). */
export const EVERY_MONTH = 'THANG';
export const DEFAULT_JUDGED_AT = 'CUOI_NAM';

export type TargetScope =
	{ kind: 'area' } | { kind: 'school'; code: string } | { kind: 'group'; code: string };

/** A target as a form, an import row or the grid states it (codes, not ids). */
export type TargetInput = {
	indicator: string;
	comparator: Comparator;
	value: number | null;
	min: number | null;
	max: number | null;
	scope: TargetScope;
	judgedAt: string;
	baseline: string | null;
	plannedNumerator: number | null;
	plannedDenominator: number | null;
	source: string | null;
};

export type TargetField = keyof Omit<TargetInput, 'scope'> | 'scope';

/** An expected problem with a value, for a form field or an import cell. */
export type Problem = { key: MessageKey; params?: Params };
export type FieldProblems = Partial<Record<TargetField, Problem>>;

export type PlanRow = {
	id: number;
	unitId: number;
	unitCode: string;
	unitName: string;
	unitPath: string;
	unitType: 'province' | 'district' | 'commune' | 'school';
	yearId: number;
	yearCode: string;
	yearStart: string;
	yearEnd: string;
	titleVi: string;
	titleEn: string;
};

export type IndicatorInfo = {
	id: number;
	code: string;
	nameVi: string;
	nameEn: string;
	group: IndicatorGroup;
	levels: BaseLevel[];
	unit: 'percent' | 'count' | 'level';
	direction: Direction;
	/** For level indicators: the highest level of the figure behind it. */
	maxLevel: number | null;
	sortOrder: number;
};

export type SchoolInfo = {
	id: number;
	code: string;
	name: string;
	level: SchoolLevel;
	ownership: 'public' | 'non_public';
};

export type GroupInfo = {
	id: number;
	code: string;
	nameVi: string;
	nameEn: string;
	/** Member schools (ids) under the plan's unit. */
	memberIds: number[];
	memberLevels: SchoolLevel[];
};

export type PeriodInfo = {
	key: string;
	labelVi: string;
	labelEn: string;
	sortOrder: number;
	monthly: boolean;
};

/** Everything a target of this plan may refer to. */
export type PlanContext = {
	plan: PlanRow;
	indicators: Map<string, IndicatorInfo>;
	/** Schools under the plan's unit, open during the plan's year. */
	schools: Map<string, SchoolInfo>;
	groups: Map<string, GroupInfo>;
	/** The year's period keys, plus EVERY_MONTH. */
	periods: Map<string, PeriodInfo>;
};

/** A stored target with the names it refers to. */
export type TargetView = TargetInput & {
	id: number;
	sortOrder: number;
	indicatorInfo: IndicatorInfo;
	scopeId: number | null;
	scopeName: { vi: string; en: string } | null;
};

/** The database row a checked input becomes. */
export type TargetValues = {
	indicatorId: number;
	comparator: Comparator;
	value: number | null;
	min: number | null;
	max: number | null;
	scopeKind: 'area' | 'school' | 'group';
	scopeUnitId: number | null;
	scopeGroupId: number | null;
	judgedAt: string;
	baseline: string | null;
	plannedNumerator: number | null;
	plannedDenominator: number | null;
	source: string | null;
};
