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

type YearPeriodRow = {
	yearId: number;
	yearCode: string;
	yearStart: string;
	yearEnd: string;
	lastId: number | null;
	lastCode: string | null;
	lastStart: string | null;
	lastEnd: string | null;
	id: number | null;
	key: string;
	form: string;
	sort: number;
	labelVi: string;
	labelEn: string;
	periodYear: number | null;
};

/** The school year, the one before it, and both years' periods in calendar order: one statement. */
async function loadYearPeriods(db: Db, code: string) {
	const rows = await queryRows<YearPeriodRow>(
		db,
		sql`with y as (
		      select y.id, y.code, y.start_date, y.end_date, l.id as last_id, l.code as last_code,
		        l.start_date as last_start, l.end_date as last_end
		      from school_years y
		      left join lateral (select * from school_years z where z.start_date < y.start_date
		                         order by z.start_date desc limit 1) l on true
		      where y.code = ${code})
		    select y.id as "yearId", y.code as "yearCode", y.start_date::text as "yearStart",
		      y.end_date::text as "yearEnd", y.last_id as "lastId", y.last_code as "lastCode",
		      y.last_start::text as "lastStart", y.last_end::text as "lastEnd",
		      p.id, p.key, f.code as form, p.sort_order as sort, p.label_vi as "labelVi",
		      p.label_en as "labelEn", p.school_year_id as "periodYear"
		    from y
		    left join periods p on p.school_year_id in (y.id, y.last_id)
		    left join report_forms f on f.id = p.form_id
		    order by p.sort_order, p.start_date, p.id`
	);
	const r = rows[0];
	if (!r) return null;
	const year: YearInfo = { id: r.yearId, code: r.yearCode, start: r.yearStart, end: r.yearEnd };
	const lastYear: YearInfo | null =
		r.lastId === null ? null : { id: r.lastId, code: r.lastCode!, start: r.lastStart!, end: r.lastEnd! };
	const periods: PeriodInfo[] = [];
	const lastPeriods: PeriodInfo[] = [];
	for (const p of rows) {
		if (p.id === null) continue;
		const info = { id: p.id, key: p.key, form: p.form, sort: p.sort, labelVi: p.labelVi, labelEn: p.labelEn };
		(p.periodYear === year.id ? periods : lastPeriods).push(info);
	}
	return { year, lastYear, periods, lastPeriods };
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

/** Members of the groups the year's targets name around the root, and of the filter's group. */
async function loadGroups(db: Db, root: UnitInfo, yearId: number, filterCode: string | null) {
	const rows = await queryRows<{ groupId: number; code: string; unitId: number | null; path: string | null }>(
		db,
		sql`select g.id as "groupId", g.code, m.unit_id as "unitId", u.path
		    from unit_groups g
		    left join unit_group_members m on m.group_id = g.id
		    left join units u on u.id = m.unit_id
		    where g.code = ${filterCode ?? ''} or g.id in (
		      select t.scope_group_id from targets t join plans p on p.id = t.plan_id
		      join units pu on pu.id = p.unit_id
		      where p.school_year_id = ${yearId} and t.scope_group_id is not null
		        and (${root.path} like pu.path || '%' or pu.path like ${root.path} || '%'))`
	);
	const groups = new Map<number, Map<number, string>>();
	let filterId: number | null = null;
	for (const r of rows) {
		if (r.code === filterCode) filterId = r.groupId;
		let members = groups.get(r.groupId);
		if (!members) groups.set(r.groupId, (members = new Map()));
		if (r.unitId !== null) members.set(r.unitId, r.path!);
	}
	return { groups, filterId };
}

export type LoadResult =
	| { ok: true; context: EvaluationContext }
	| { ok: false; notFound: true }
	| { ok: false; notFound?: false; problem: RequestProblem };

/** Checks the request against the database and loads the context, in two rounds of parallel queries. */
export async function loadContext(db: Db, req: EvaluateRequest): Promise<LoadResult> {
	const fail = (field: RequestProblem['field'], key: RequestProblem['key'], params: Record<string, string>) =>
		({ ok: false, problem: { field, key, params } }) as const;
	const [root, years, catalogue] = await Promise.all([
		findUnit(db, req.unitCode),
		/^\d{4}-\d{4}$/.test(req.yearCode) ? loadYearPeriods(db, req.yearCode) : null,
		loadCatalogue(db)
	]);
	if (!root) return { ok: false, notFound: true };
	if (!years) return fail('year', 'targets.api.badYear', { year: req.yearCode });
	const { year, lastYear, periods, lastPeriods } = years;
	const period = periods.find((p) => p.key === req.periodKey);
	if (!period) return fail('period', 'targets.api.badPeriod', { year: year.code, period: req.periodKey });
	const known = new Set(catalogue.indicators.map((i) => i.code));
	const unknown = (req.indicatorCodes ?? []).find((c) => !known.has(c));
	if (unknown) return fail('indicator', 'targets.api.badIndicator', { indicator: unknown });

	const filterCode = req.filters?.groupCode ?? null;
	const [targets, { groups, filterId }] = await Promise.all([
		loadTargets(db, root, year.id),
		loadGroups(db, root, year.id, filterCode)
	]);
	if (filterCode !== null && filterId === null)
		return fail('group', 'targets.api.badGroup', { group: filterCode });
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
			groupFilter: filterId,
			filters: req.filters
		}
	};
}
