// Everything an evaluation needs besides the figures: the unit, the year and last year, their periods,
// the indicator catalogue, the targets of every plan above and below the unit, and target groups.
import { sql } from 'drizzle-orm';
import { queryRows, type Db } from '../db';
import type { IndicatorFormula } from '../../domain/types';
import type { EvaluateRequest } from './contract';
import { formulaElements } from './aggregate';
import type { PlanTargetRow } from './resolve-target';

export type UnitInfo = {
	id: number;
	code: string;
	name: string;
	type: 'province' | 'district' | 'commune' | 'school';
	path: string;
	depth: number;
	schoolLevel: string | null;
	ownership: string | null;
};

export type PeriodInfo = {
	id: number;
	key: string;
	form: string;
	sort: number;
	labelVi: string;
	labelEn: string;
};

export type IndicatorInfo = {
	id: number;
	code: string;
	formula: IndicatorFormula;
	levels: string[];
	direction: 'higher' | 'lower' | 'band';
	unit: 'percent' | 'count' | 'level';
	sortOrder: number;
	/** Element codes read, and the report forms on which all of them can be found. */
	elements: string[];
	categorical: string[];
	forms: Set<string>;
};

export type YearInfo = { id: number; code: string; start: string; end: string };

export type EvaluationContext = {
	root: UnitInfo;
	year: YearInfo;
	lastYear: YearInfo | null;
	/** This year's periods in calendar order, and last year's. */
	periods: PeriodInfo[];
	lastPeriods: PeriodInfo[];
	period: PeriodInfo;
	indicators: IndicatorInfo[];
	elementIds: Map<string, number>;
	targets: PlanTargetRow[];
	/** Members of the groups the targets (or the filter) name: group id → unit id → path. */
	groups: Map<number, Map<number, string>>;
	groupFilter: number | null;
	filters: EvaluateRequest['filters'];
};

export type RequestProblem = {
	field: 'unit' | 'year' | 'period' | 'indicator' | 'group';
	key: 'targets.api.badYear' | 'targets.api.badPeriod' | 'targets.api.badIndicator' | 'targets.api.badGroup';
	params: Record<string, string>;
};

/** A Postgres array literal for integer ids (one parameter, on both drivers). */
export function intArray(xs: Iterable<number>): string {
	return `{${[...xs].map((x) => Math.trunc(x)).join(',')}}`;
}
export function textArray(xs: Iterable<string>): string {
	return `{${[...xs].map((x) => `"${x.replace(/["\\]/g, '')}"`).join(',')}}`;
}

const UNIT_COLUMNS = sql`id, code, name, type, path, depth, school_level as "schoolLevel", ownership`;

export async function findUnit(db: Db, code: string): Promise<UnitInfo | null> {
	const [row] = await queryRows<UnitInfo>(db, sql`select ${UNIT_COLUMNS} from units where code = ${code}`);
	return row ?? null;
}

async function loadYear(db: Db, code: string) {
	const rows = await queryRows<
		YearInfo & { lastId: number | null; lastCode: string | null; lastStart: string; lastEnd: string }
	>(
		db,
		sql`select y.id, y.code, y.start_date::text as start, y.end_date::text as "end",
		      l.id as "lastId", l.code as "lastCode", l.start_date::text as "lastStart", l.end_date::text as "lastEnd"
		    from school_years y
		    left join lateral (select * from school_years z where z.start_date < y.start_date
		                       order by z.start_date desc limit 1) l on true
		    where y.code = ${code}`
	);
	const r = rows[0];
	if (!r) return null;
	const year: YearInfo = { id: r.id, code: r.code, start: r.start, end: r.end };
	const lastYear: YearInfo | null =
		r.lastId === null ? null : { id: r.lastId, code: r.lastCode!, start: r.lastStart, end: r.lastEnd };
	return { year, lastYear };
}

async function loadPeriods(db: Db, yearIds: number[]) {
	return queryRows<PeriodInfo & { yearId: number }>(
		db,
		sql`select p.id, p.key, f.code as form, p.sort_order as sort, p.label_vi as "labelVi",
		      p.label_en as "labelEn", p.school_year_id as "yearId"
		    from periods p join report_forms f on f.id = p.form_id
		    where p.school_year_id = any(${intArray(yearIds)}::int[])
		    order by p.sort_order, p.start_date, p.id`
	);
}

async function loadCatalogue(db: Db) {
	const [indicators, elements] = await Promise.all([
		queryRows<Omit<IndicatorInfo, 'elements' | 'categorical' | 'forms'>>(
			db,
			sql`select id, code, formula, levels, direction, unit, sort_order as "sortOrder"
			    from indicators order by sort_order, id`
		),
		queryRows<{ id: number; code: string; forms: string[] }>(
			db,
			sql`select id, code, forms from data_elements`
		)
	]);
	const formsOf = new Map(elements.map((e) => [e.code, e.forms]));
	const union = (codes: string[]) => new Set(codes.flatMap((c) => formsOf.get(c) ?? []));
	const infos: IndicatorInfo[] = indicators.map((i) => {
		const { all, categorical } = formulaElements(i.formula);
		let forms: Set<string>;
		if (i.formula.kind === 'rate') {
			const den = union(i.formula.denominator);
			forms = new Set([...union(i.formula.numerator)].filter((f) => den.has(f)));
		} else forms = union(all);
		return { ...i, elements: all, categorical, forms };
	});
	return { indicators: infos, elementIds: new Map(elements.map((e) => [e.code, e.id])) };
}

/** Targets of the year's plans set at the unit, above it, or below it (their schools' overrides). */
async function loadTargets(db: Db, root: UnitInfo, yearId: number): Promise<PlanTargetRow[]> {
	return queryRows<PlanTargetRow>(
		db,
		sql`select t.id as "targetId", p.unit_id as "planUnitId", u.code as "planUnitCode",
		      u.path as "planUnitPath", i.code as "indicatorCode", t.comparator, t.value, t.min, t.max,
		      t.scope_kind as "scopeKind", t.scope_unit_id as "scopeUnitId", t.scope_group_id as "scopeGroupId",
		      g.code as "scopeGroupCode", t.judged_at as "judgedAt", t.baseline, t.sort_order as "sortOrder"
		    from plans p
		    join units u on u.id = p.unit_id
		    join targets t on t.plan_id = p.id
		    join indicators i on i.id = t.indicator_id
		    left join unit_groups g on g.id = t.scope_group_id
		    where p.school_year_id = ${yearId}
		      and (${root.path} like u.path || '%' or u.path like ${root.path} || '%')`
	);
}

async function loadGroups(db: Db, ids: number[]): Promise<Map<number, Map<number, string>>> {
	const out = new Map<number, Map<number, string>>();
	if (ids.length === 0) return out;
	const rows = await queryRows<{ groupId: number; unitId: number; path: string }>(
		db,
		sql`select m.group_id as "groupId", m.unit_id as "unitId", u.path
		    from unit_group_members m join units u on u.id = m.unit_id
		    where m.group_id = any(${intArray(ids)}::int[])`
	);
	for (const id of ids) out.set(id, new Map());
	for (const r of rows) out.get(r.groupId)!.set(r.unitId, r.path);
	return out;
}

export type LoadResult = { ok: true; context: EvaluationContext } | { ok: false; problem: RequestProblem };

/** Checks the request against the database and loads the context; unknown unit → `null`. */
export async function loadContext(db: Db, req: EvaluateRequest, root: UnitInfo): Promise<LoadResult> {
	const fail = (field: RequestProblem['field'], key: RequestProblem['key'], params: Record<string, string>) =>
		({ ok: false, problem: { field, key, params } }) as const;
	const years = /^\d{4}-\d{4}$/.test(req.yearCode) ? await loadYear(db, req.yearCode) : null;
	if (!years) return fail('year', 'targets.api.badYear', { year: req.yearCode });
	const { year, lastYear } = years;
	const [periodRows, catalogue, targets] = await Promise.all([
		loadPeriods(db, lastYear ? [year.id, lastYear.id] : [year.id]),
		loadCatalogue(db),
		loadTargets(db, root, year.id)
	]);
	const periods = periodRows.filter((p) => p.yearId === year.id);
	const lastPeriods = periodRows.filter((p) => p.yearId !== year.id);
	const period = periods.find((p) => p.key === req.periodKey);
	if (!period) return fail('period', 'targets.api.badPeriod', { year: year.code, period: req.periodKey });
	const known = new Set(catalogue.indicators.map((i) => i.code));
	const unknown = (req.indicatorCodes ?? []).find((c) => !known.has(c));
	if (unknown) return fail('indicator', 'targets.api.badIndicator', { indicator: unknown });

	let groupFilter: number | null = null;
	if (req.filters?.groupCode) {
		const [g] = await queryRows<{ id: number }>(
			db,
			sql`select id from unit_groups where code = ${req.filters.groupCode}`
		);
		if (!g) return fail('group', 'targets.api.badGroup', { group: req.filters.groupCode });
		groupFilter = g.id;
	}
	const groupIds = new Set(targets.flatMap((t) => (t.scopeGroupId === null ? [] : [t.scopeGroupId])));
	if (groupFilter !== null) groupIds.add(groupFilter);
	const groups = await loadGroups(db, [...groupIds]);
	return {
		ok: true,
		context: {
			root,
			year,
			lastYear,
			periods,
			lastPeriods,
			period,
			indicators: catalogue.indicators,
			elementIds: catalogue.elementIds,
			targets,
			groups,
			groupFilter,
			filters: req.filters
		}
	};
}
