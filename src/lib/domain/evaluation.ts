// The evaluation contract: the engine (server/evaluation/) implements it; the dashboards, the inspector's
// worklist, GET /api/evaluations and the browser (charts, badges) consume it. No server code: safe in the browser.
import type { Comparator, Direction } from './types';
import type { AboveTargetRule } from './above-target';

export const STATUSES = ['met', 'on_track', 'at_risk', 'off_track', 'above_band', 'no_data'] as const;
export type EvaluationStatus = (typeof STATUSES)[number];

export type AppliedTarget = {
	comparator: Comparator;
	min: number | null;
	max: number | null;
	value: number | null;
	/** 'area' (the plan's unit), 'school' (an own, overriding target), 'group' (e.g. non-public preschools). */
	scope: 'area' | 'school' | 'group';
	/**
	 * For 'group' targets: the group's code. On an area row it also means the row is pooled over that
	 * group's schools only (a plan that sets its target for one group, e.g. An Lão's primary schools).
	 */
	groupCode: string | null;
	/**
	 * Period key within the year at which the target is judged (default CUOI_NAM), or a form code:
	 * 'THANG' = judged every month, at the latest month up to the requested period.
	 */
	judgedAt: string;
	baseline: string | null;
	planUnit: string;
	/** The plan's sentence the target was read from (plan reader), when it came from one. */
	source?: string;
};

export type Projection = {
	/** Projected value at the judging period, same unit as `actual`. */
	value: number;
	/** The period key the projection is for (the judging period). */
	at: string;
	status: 'on_track' | 'at_risk' | 'off_track';
	/** How it was projected, for the explanation shown in the UI. */
	method: 'trend' | 'last_year_pattern' | 'carry_forward';
	/** This year's period keys the projection used, oldest first. */
	basedOn: string[];
	/** Label of the judging period, for the sentence ("by May"). */
	atLabel: { vi: string; en: string };
	/** For 'change' targets: the projected change since the baseline (pp for rates). */
	change: number | null;
	/**
	 * The sentence "at the current pace: 94.1% by May, target ≥ 97%": GET /api/evaluations fills it in;
	 * pages build it where shown with `explainRow` from $lib/targets/explain.
	 */
	explanation?: { vi: string; en: string };
};

/** One row of GET /api/evaluations (a public contract: keep field names). */
export type EvaluationRow = {
	unit: string; // unit code
	unitName: string;
	indicator: string; // indicator code
	period: string; // period key within the year, e.g. 'CUOI_NAM'
	actual: number | null; // percent for rates (85.7 = 85.7%), count, or level
	numerator: number | null;
	denominator: number | null;
	target: AppliedTarget | null;
	gap: number | null; // actual − the target's nearest bound (pp for rates); sign: positive = better
	percentOfTarget: number | null;
	/**
	 * `no_data` also when no target applies (then `target` is null and `actual` may be set):
	 * there is nothing to judge.
	 */
	status: EvaluationStatus;
	/**
	 * Set when `actual` is above an equality target ("= 291 classes"): the indicator's rule that judged
	 * it ('fine': met, 'warning': above_band, 'miss': at_risk/off_track), for the wording "Vượt chỉ tiêu".
	 * Optional for rows made elsewhere (aggregates); null otherwise.
	 */
	aboveTarget?: AboveTargetRule | null;
	projection: Projection | null;
	direction: Direction;
	unitType: 'province' | 'district' | 'commune' | 'school';
	indicatorUnit: 'percent' | 'count' | 'level';
	/** The period key `actual` comes from (the judging period once reached, else the latest carrying one). */
	actualPeriod: string | null;
	/** For 'change' targets: the baseline period's value and the change since (pp for rates). */
	baseline: {
		period: string;
		label: { vi: string; en: string };
		value: number | null;
		change: number | null;
	} | null;
};

export type EvaluateRequest = {
	unitCode: string;
	yearCode: string; // '2024-2025'
	periodKey: string; // 'CUOI_NAM', 'HK1', 'DAU_NAM', 'CAN_DO_2', '2024-10', …
	indicatorCodes?: string[];
	/** One row per direct child unit × indicator instead of the unit itself. */
	children?: boolean;
	/** With `children`: the unit's own rows too, first (one query for both). */
	withSelf?: boolean;
	/** Restrict the schools counted (dashboard filters). */
	filters?: { levels?: string[]; ownership?: 'public' | 'non_public'; groupCode?: string };
};
