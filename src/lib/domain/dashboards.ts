// What the dashboards hand to their pages and components: plain data, no server code.
import type { Bilingual, Direction, IndicatorGroup } from './types';
import type { AppliedTarget, EvaluationRow, EvaluationStatus } from './evaluation';
import type { DashboardQuery } from '../schemas/dashboards';

export type StatusCounts = Record<EvaluationStatus, number>;

export type ScorecardRow = {
	code: string;
	name: Bilingual;
	unit: 'percent' | 'count' | 'level';
	direction: Direction;
	actual: number | null;
	/** Where the actual comes from when it is not the selected period (e.g. DAU_NAM). */
	actualPeriod: string | null;
	target: Pick<AppliedTarget, 'comparator' | 'min' | 'max' | 'value' | 'scope' | 'source'> | null;
	targetText: Bilingual | null;
	status: EvaluationStatus;
	/** Above an equality target: the rule that judged it (words the status); else absent or null. */
	aboveTarget?: EvaluationRow['aboveTarget'];
	gap: number | null;
	explain: Bilingual | null;
	/** Values at the same period in the earlier school years and this one (the sparkline). */
	spark: (number | null)[];
	/** The value at the same period last school year (its own placements and formulas), or null. */
	lastYear: number | null;
	/** actual − lastYear (percentage points for rates), or null. */
	change: number | null;
	counts: StatusCounts;
	/** What `counts` counts: schools, or sub-units (districts, communes). */
	countsOf: 'schools' | 'units';
};

export type ScorecardGroup = { key: IndicatorGroup; rows: ScorecardRow[]; summary: StatusCounts };

export type YearOption = { code: string; start: string };

export type PeriodOption = {
	key: string;
	form: string;
	labelVi: string;
	labelEn: string;
	sort: number;
	monthly: boolean;
};

export type GroupOption = { code: string; nameVi: string; nameEn: string; kind: 'cluster' | 'commune' };

export type Selection = {
	year: string;
	period: string;
	level: DashboardQuery['level'];
	ownership: DashboardQuery['ownership'];
	group: string | undefined;
};

export type SchoolLine = {
	code: string;
	name: string;
	actual: number | null;
	status: EvaluationRow['status'];
	aboveTarget?: EvaluationRow['aboveTarget'];
	gap: number | null;
	targetText: Bilingual | null;
	ownTarget: boolean;
	/** Same period last year and the change since (points for rates). */
	lastYear: number | null;
	change: number | null;
	/** The school's district (or commune) on a province-wide ranking; null below a province. */
	area: string | null;
};

export type ChildRow = {
	code: string;
	name: string;
	type: string;
	level: string | null;
	ownership: string | null;
	counts: StatusCounts;
	/** Indicators off track (codes), worst first, for a quick reading. */
	offTrack: string[];
};
