// From pooled cells and a resolved target to an EvaluationRow: which period the actual comes from,
// the baseline, the projection and the judgement. Pure given the context.
import type { EvaluationRow, Projection } from '../../domain/evaluation';
import { computeIndicator, type PeriodCells } from './aggregate';
import { evaluateAgainstTarget, round } from './judge';
import type { Needed } from './fetch-cells';
import type { EvaluationContext, IndicatorInfo, PeriodInfo, UnitInfo } from './load-context';
import { projectValue, seasonalKey } from './project';
import type { PlanTargetRow, ResolvedTarget } from './resolve-target';

/** This year's periods whose form carries every figure the indicator reads, in calendar order. */
export function carryingPeriods(ctx: EvaluationContext, ind: IndicatorInfo): PeriodInfo[] {
	return ctx.periods.filter((p) => ind.forms.has(p.form));
}

function latestUpTo(list: PeriodInfo[], at: PeriodInfo): PeriodInfo | null {
	let best: PeriodInfo | null = null;
	for (const p of list) if (p.sort <= at.sort) best = p;
	return best;
}

/**
 * The period a target is judged at. A period key as it is; a form code ('THANG': "every month")
 * means that form's latest period up to the requested one (or its first, when none has come yet).
 */
export function judgingPeriod(ctx: EvaluationContext, judgedAt: string): PeriodInfo | null {
	const exact = ctx.periods.find((p) => p.key === judgedAt);
	if (exact) return exact;
	const ofForm = ctx.periods.filter((p) => p.form === judgedAt);
	return latestUpTo(ofForm, ctx.period) ?? ofForm[0] ?? null;
}

/** The periods and elements the rows of these indicators need: actuals, baselines, projections. */
export function neededFigures(ctx: EvaluationContext, indicators: IndicatorInfo[]): Needed {
	const needed: Needed = {
		periods: new Set(),
		elements: new Set(),
		categorical: new Set(),
		byPeriod: new Map()
	};
	const P = ctx.period;
	const targetsOf = new Map<string, PlanTargetRow[]>();
	for (const t of ctx.targets) {
		const list = targetsOf.get(t.indicatorCode);
		if (list) list.push(t);
		else targetsOf.set(t.indicatorCode, [t]);
	}
	const judging = new Map<string, PeriodInfo | null>();
	const periodByKey = new Map(ctx.periods.map((p) => [p.key, p]));
	for (const ind of indicators) {
		const carry = carryingPeriods(ctx, ind);
		const periods = new Set<number>();
		const latest = latestUpTo(carry, P);
		if (latest) periods.add(latest.id);
		for (const t of targetsOf.get(ind.code) ?? []) {
			let J = judging.get(t.judgedAt);
			if (J === undefined) judging.set(t.judgedAt, (J = judgingPeriod(ctx, t.judgedAt)));
			if (t.baseline) {
				const B = periodByKey.get(t.baseline);
				if (B) periods.add(B.id);
			}
			if (J && J.sort <= P.sort) {
				periods.add(J.id);
				continue;
			}
			const keys = new Set<string>();
			for (const p of carry) {
				if (p.sort > P.sort) continue;
				periods.add(p.id);
				keys.add(seasonalKey(p.key));
			}
			// Last year's pattern only matters while this year's calendar has a single period so far.
			if (keys.size !== 1) continue;
			if (J) keys.add(seasonalKey(J.key));
			for (const p of ctx.lastPeriods)
				if (ind.forms.has(p.form) && keys.has(seasonalKey(p.key))) periods.add(p.id);
		}
		if (periods.size === 0) continue;
		const eids = ind.elements.flatMap((code) => ctx.elementIds.get(code) ?? []);
		for (const pid of periods) {
			needed.periods.add(pid);
			let set = needed.byPeriod.get(pid);
			if (!set) needed.byPeriod.set(pid, (set = new Set()));
			for (const e of eids) set.add(e);
		}
		for (const e of eids) needed.elements.add(e);
		for (const code of ind.categorical) {
			const eid = ctx.elementIds.get(code);
			if (eid !== undefined) needed.categorical.add(eid);
		}
	}
	return needed;
}

type Timeline = {
	carry: PeriodInfo[];
	/** Carrying periods up to the requested one. */
	upToP: PeriodInfo[];
	latest: PeriodInfo | null;
	lastCarry: PeriodInfo[];
	/** Their seasonal keys. */
	lastKeys: string[];
	keys: string[];
	/** judging period key → the carrying keys a projection to it is laid out on. */
	keysTo: Map<string, string[]>;
};

export type RowBuilder = (
	ind: IndicatorInfo,
	unit: UnitInfo,
	cells: Map<number, PeriodCells> | undefined,
	resolved: ResolvedTarget | null
) => EvaluationRow;

/**
 * Builds rows (unit × indicator at the requested period) for one evaluation; what depends only on the
 * indicator or the judging period is worked out once. `cells`: period id → the unit's pooled cells.
 */
export function makeRowBuilder(ctx: EvaluationContext): RowBuilder {
	const P = ctx.period;
	const timelines = new Map<string, Timeline>();
	const timelineOf = (ind: IndicatorInfo): Timeline => {
		let t = timelines.get(ind.code);
		if (!t) {
			const carry = carryingPeriods(ctx, ind);
			const upToP = carry.filter((p) => p.sort <= P.sort);
			const lastCarry = ctx.lastPeriods.filter((p) => ind.forms.has(p.form));
			const keys = carry.map((p) => p.key);
			t = {
				carry,
				upToP,
				latest: upToP.at(-1) ?? null,
				lastCarry,
				lastKeys: lastCarry.map((p) => seasonalKey(p.key)),
				keys,
				keysTo: new Map()
			};
			timelines.set(ind.code, t);
		}
		return t;
	};
	const keysTo = (tl: Timeline, J: PeriodInfo) => {
		let keys = tl.keysTo.get(J.key);
		if (!keys) tl.keysTo.set(J.key, (keys = tl.keys.includes(J.key) ? tl.keys : [...tl.keys, J.key]));
		return keys;
	};
	const judging = new Map<string, PeriodInfo | null>();
	const judgingOf = (judgedAt: string) => {
		let J = judging.get(judgedAt);
		if (J === undefined) judging.set(judgedAt, (J = judgingPeriod(ctx, judgedAt)));
		return J;
	};
	const periodByKey = new Map(ctx.periods.map((p) => [p.key, p]));
	// Rows share these (read-only) labels.
	const labels = new Map<PeriodInfo, { vi: string; en: string }>();
	const labelOf = (p: PeriodInfo) => {
		let label = labels.get(p);
		if (!label) labels.set(p, (label = { vi: p.labelVi, en: p.labelEn }));
		return label;
	};

	return (ind, unit, cells, resolved) => {
		const target = resolved?.target ?? null;
		const levelBar = target?.comparator === 'level_gte' ? target.value : null;
		const tl = timelineOf(ind);
		const J = target ? judgingOf(target.judgedAt) : null;
		const judged = !!J && J.sort <= P.sort;
		const actualPeriod = target && judged ? J : tl.latest;
		const now = actualPeriod ? computeIndicator(ind, cells?.get(actualPeriod.id), levelBar) : null;
		const B = target?.baseline ? (periodByKey.get(target.baseline) ?? null) : null;
		const baselineValue = B ? computeIndicator(ind, cells?.get(B.id), levelBar).actual : null;

		let projected: ReturnType<typeof projectValue> = null;
		if (target && J && !judged && now?.actual != null) {
			const series: { key: string; value: number }[] = [];
			for (const p of tl.upToP) {
				// The latest carrying period is the actual's own: its value is known already.
				const v = p === actualPeriod ? now.actual : computeIndicator(ind, cells?.get(p.id)).actual;
				if (v !== null) series.push({ key: p.key, value: v });
			}
			// Last year's values at the same moments as this year's one value and the judging period:
			// the only ones a projection from a single value reads.
			const lastYear = new Map<string, number>();
			if (series.length === 1) {
				const from = seasonalKey(series[0].key);
				const to = seasonalKey(J.key);
				for (let i = 0; i < tl.lastCarry.length; i++) {
					const key = tl.lastKeys[i];
					if (key !== from && key !== to) continue;
					const v = computeIndicator(ind, cells?.get(tl.lastCarry[i].id)).actual;
					if (v !== null) lastYear.set(key, v);
				}
			}
			projected = projectValue({
				unit: ind.unit,
				series,
				carrying: keysTo(tl, J),
				judgedKey: J.key,
				lastYear
			});
		}

		const actual = now?.actual ?? null;
		const result = evaluateAgainstTarget({
			unit: ind.unit,
			direction: ind.direction,
			target,
			judged,
			actual,
			baseline: baselineValue,
			projected: projected?.value ?? null,
			aboveTarget: ind.aboveTarget ?? null
		});

		let projection: Projection | null = null;
		if (projected && J && target && result.projectionStatus) {
			projection = {
				value: projected.value,
				at: J.key,
				status: result.projectionStatus,
				method: projected.method,
				basedOn: projected.basedOn,
				atLabel: labelOf(J),
				change:
					target.comparator === 'change' && baselineValue !== null
						? round(projected.value - baselineValue, 2)
						: null
			};
		}

		return {
			unit: unit.code,
			unitName: unit.name,
			unitType: unit.type,
			indicator: ind.code,
			indicatorUnit: ind.unit,
			period: P.key,
			actualPeriod: actual === null ? null : (actualPeriod?.key ?? null),
			actual: actual === null ? null : round(actual, 2),
			numerator: now?.numerator ?? null,
			denominator: now?.denominator ?? null,
			target,
			gap: result.gap,
			percentOfTarget: result.percentOfTarget,
			status: result.status,
			aboveTarget: result.aboveTarget,
			projection,
			direction: ind.direction,
			baseline: B
				? {
						period: B.key,
						label: labelOf(B),
						value: baselineValue === null ? null : round(baselineValue, 2),
						change: result.change
					}
				: null
		};
	};
}
