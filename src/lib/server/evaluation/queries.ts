// Live evaluation: figures are pooled at request time (no rollup tables). One statement for the
// context, then the units and the figures summed in SQL (a statement per group of periods, side by
// side) and the formulas applied here. Results are reused until a commit changes what they read
// (cached.ts), so a stored upload still shows in the very next request.
import type { Db } from '../db';
import type { EvaluateRequest, EvaluationRow } from '../../domain/evaluation';
import { countsFor, mergeCells, type PeriodCells } from './aggregate';
import { makeRowBuilder, neededFigures } from './build-rows';
import { fetchCells, fetchUnits, type GroupCells, type Grouping } from './fetch-cells';
import {
	loadContext,
	type EvaluationContext,
	type IndicatorInfo,
	type RequestProblem,
	type UnitInfo
} from './load-context';
import { indexTargets, resolveForArea, resolveForSchool, type ResolvedTarget } from './resolve-target';
import { levelParts, type SchoolLevel } from '../../domain/types';
import { cachedEvaluation } from './cached';

export type { RequestProblem } from './load-context';

export type EvaluateOutcome =
	/** `periods`: the periods whose figures it read (its cache entry lasts until one of them changes). */
	| { ok: true; rows: EvaluationRow[]; periods: number[] }
	| { ok: false; notFound: true }
	| { ok: false; notFound?: false; problem: RequestProblem };

type Census = { parts: Set<string>; communes: boolean };

function censusByGroup(rows: { grp: number; type: string; level: string | null }[]): Map<number, Census> {
	const out = new Map<number, Census>();
	for (const r of rows) {
		let c = out.get(r.grp);
		if (!c) out.set(r.grp, (c = { parts: new Set(), communes: false }));
		if (r.type === 'commune') c.communes = true;
		if (r.type === 'school') for (const p of levelParts(r.level as SchoolLevel)) c.parts.add(p);
	}
	return out;
}

function appliesTo(ind: IndicatorInfo, unit: UnitInfo, census: Census | undefined): boolean {
	if (unit.type === 'school') return countsFor(ind.levels, unit.schoolLevel);
	if (!census) return false;
	if (ind.levels.length === 0) return census.communes;
	return ind.levels.some((l) => census.parts.has(l));
}

function mergeGroups(cells: GroupCells): Map<number, PeriodCells> {
	const out = new Map<number, PeriodCells>();
	for (const byPeriod of cells.values()) {
		for (const [pid, c] of byPeriod) {
			let into = out.get(pid);
			if (!into) out.set(pid, (into = new Map()));
			mergeCells(into, c);
		}
	}
	return out;
}

type Slot = { unit: UnitInfo; ind: IndicatorInfo; resolved: ResolvedTarget | null; merged: boolean };

async function run(
	db: Db,
	ctx: EvaluationContext,
	grouping: Grouping,
	withSelf: boolean,
	indicatorCodes: string[] | undefined
): Promise<{ rows: EvaluationRow[]; periods: number[] }> {
	const wanted = indicatorCodes?.length
		? ctx.indicators.filter((i) => indicatorCodes.includes(i.code))
		: ctx.indicators;
	// A group's statement below reads a subset of these (its indicators are among the wanted ones).
	const needed = neededFigures(ctx, wanted);
	const [{ rows: rowUnits, census: censusRows }, cells] = await Promise.all([
		fetchUnits(db, ctx, grouping),
		fetchCells(db, ctx, grouping, needed)
	]);
	const census = censusByGroup(censusRows);
	const units: { unit: UnitInfo; merged: boolean }[] = rowUnits.map((unit) => ({ unit, merged: false }));
	if (withSelf && grouping !== 'self') {
		units.unshift({ unit: ctx.root, merged: true });
		census.set(
			ctx.root.id,
			censusByGroup(censusRows.map((r) => ({ ...r, grp: ctx.root.id }))).get(ctx.root.id)!
		);
	}
	const selfCells = withSelf && grouping !== 'self' ? mergeGroups(cells) : null;

	const index = indexTargets(ctx.targets);
	const groupsOf = (unitId: number) =>
		new Set(
			ctx.groups.size ? [...ctx.groups].flatMap(([g, members]) => (members.has(unitId) ? [g] : [])) : []
		);
	const partial = !!(ctx.filters?.levels?.length || ctx.filters?.ownership || ctx.groupFilter !== null);
	const kinds = wanted.map((ind) => ({ code: ind.code, kind: ind.formula.kind }));
	const slots: Slot[] = [];
	for (const { unit, merged } of units) {
		const unitCensus = census.get(unit.id);
		let resolve: (i: number) => ResolvedTarget | null;
		if (unit.type === 'school') {
			// No memo shared between sibling schools: bench:evaluate (2,000 schools, HK1) measured node CPU
			// 76–83 ms/run without it and 77–80 ms with it, back to back.
			const school = { id: unit.id, path: unit.path, groups: groupsOf(unit.id) };
			resolve = (i) => resolveForSchool(index, kinds[i], school);
		} else {
			const options = {
				groupFilter: ctx.groupFilter,
				partial,
				hasMembersUnder: (g: number) =>
					[...(ctx.groups.get(g)?.values() ?? [])].some((p) => p.startsWith(unit.path))
			};
			resolve = (i) => resolveForArea(index, kinds[i], unit, options);
		}
		for (let i = 0; i < wanted.length; i++) {
			const ind = wanted[i];
			if (!appliesTo(ind, unit, unitCensus)) continue;
			slots.push({ unit, ind, resolved: resolve(i), merged });
		}
	}

	// Areas judged on a group's target are pooled over that group's schools only: one more statement per group.
	const byGroup = new Map<number, Slot[]>();
	for (const s of slots) {
		const g = s.resolved?.populationGroup;
		if (g === null || g === undefined) continue;
		let list = byGroup.get(g);
		if (!list) byGroup.set(g, (list = []));
		list.push(s);
	}
	const restricted = new Map<number, { cells: GroupCells; self: Map<number, PeriodCells> | null }>();
	await Promise.all(
		[...byGroup].map(async ([g, list]) => {
			const inds = [...new Map(list.map((s) => [s.ind.code, s.ind])).values()];
			const c = await fetchCells(db, ctx, grouping, neededFigures(ctx, inds), g);
			restricted.set(g, { cells: c, self: list.some((s) => s.merged) ? mergeGroups(c) : null });
		})
	);

	const buildRow = makeRowBuilder(ctx);
	const rows = slots.map((s) => {
		const g = s.resolved?.populationGroup;
		const source = g !== null && g !== undefined ? restricted.get(g)! : { cells, self: selfCells };
		const unitCells = s.merged ? source.self! : source.cells.get(s.unit.id);
		return buildRow(s.ind, s.unit, unitCells ?? undefined, s.resolved);
	});
	return { rows, periods: [...needed.periods] };
}

/** Like `evaluate`, but an unknown unit or a bad year/period/indicator is an outcome, not an exception. */
export function tryEvaluate(db: Db, req: EvaluateRequest): Promise<EvaluateOutcome> {
	return cachedEvaluation(db, 'units', req, () => computeEvaluation(db, req));
}

async function computeEvaluation(db: Db, req: EvaluateRequest): Promise<EvaluateOutcome> {
	const loaded = await loadContext(db, req);
	if (!loaded.ok) return loaded;
	const grouping: Grouping = req.children ? 'children' : 'self';
	const read = await run(db, loaded.context, grouping, !!(req.children && req.withSelf), req.indicatorCodes);
	return { ok: true, ...read };
}

/**
 * Actual vs target for a unit × school year × period: one row per indicator that applies under the unit,
 * or with `children`, one per direct child unit × indicator (`withSelf` adds the unit's own rows first).
 * Throws on an unknown unit or a bad year, period or indicator (check with `tryEvaluate` first).
 */
export async function evaluate(db: Db, req: EvaluateRequest): Promise<EvaluationRow[]> {
	const outcome = await tryEvaluate(db, req);
	if (outcome.ok) return outcome.rows;
	if (outcome.notFound) throw new Error(`unknown unit ${req.unitCode}`);
	throw new Error(`bad evaluation request: ${outcome.problem.key} ${JSON.stringify(outcome.problem.params)}`);
}

export type EvaluateSchoolsRequest = {
	unitCode: string;
	yearCode: string;
	periodKey: string;
	indicatorCode: string;
	filters?: EvaluateRequest['filters'];
};

/**
 * One row per school under the unit (active in the year, of the indicator's levels, passing the
 * filters) for one indicator, each with its own applicable target: the indicator page's ranking and
 * the inspector's worklist. Schools with no figures come back as `no_data`. Ordered by name.
 */
export async function evaluateSchools(db: Db, req: EvaluateSchoolsRequest): Promise<EvaluationRow[]> {
	const outcome = await tryEvaluateSchools(db, req);
	if (outcome.ok) return outcome.rows;
	if (outcome.notFound) throw new Error(`unknown unit ${req.unitCode}`);
	throw new Error(`bad evaluation request: ${outcome.problem.key} ${JSON.stringify(outcome.problem.params)}`);
}

export function tryEvaluateSchools(db: Db, req: EvaluateSchoolsRequest): Promise<EvaluateOutcome> {
	return cachedEvaluation(db, 'schools', req, () => computeSchools(db, req));
}

async function computeSchools(db: Db, req: EvaluateSchoolsRequest): Promise<EvaluateOutcome> {
	const base: EvaluateRequest = {
		unitCode: req.unitCode,
		yearCode: req.yearCode,
		periodKey: req.periodKey,
		indicatorCodes: [req.indicatorCode],
		filters: req.filters
	};
	const loaded = await loadContext(db, base);
	if (!loaded.ok) return loaded;
	return { ok: true, ...(await run(db, loaded.context, 'schools', false, [req.indicatorCode])) };
}
