// Everything an evaluation needs besides the figures: the unit, the year and last year, their periods,
// the indicator catalogue, the targets of every plan above and below the unit, and target groups,
// read in one statement as JSON documents.
import type { AboveTargetRule } from '../../domain/above-target';
import { sql } from 'drizzle-orm';
import { queryRows, type Db } from '../db';
import * as col from '../db/rows';
import type { IndicatorFormula } from '../../domain/types';
import type { EvaluateRequest } from '../../domain/evaluation';
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
	/** A value above an equality target: null = the direction's default. */
	aboveTarget?: AboveTargetRule | null;
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
	/** The year's id when a later move changed its tree (unit_placements rows), else null: today's tree. */
	placementYear: number | null;
};

export type RequestProblem = {
	field: 'unit' | 'year' | 'period' | 'indicator' | 'group';
	key: 'targets.api.badYear' | 'targets.api.badPeriod' | 'targets.api.badIndicator' | 'targets.api.badGroup';
	params: Record<string, string>;
};

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

type IndicatorRow = Omit<IndicatorInfo, 'elements' | 'categorical' | 'forms'>;
type ElementRow = { id: number; code: string; forms: string[] };
type GroupRow = { groupId: number; code: string; unitId: number | null; path: string | null };

/** The context's raw material as JSON documents (null: no row). */
type ContextDocument = {
	root: UnitInfo | null;
	/** The year has placement rows: its tree is read through them. */
	placements: boolean;
	periods: YearPeriodRow[] | null;
	indicators: IndicatorRow[] | null;
	elements: ElementRow[] | null;
	targets: PlanTargetRow[] | null;
	groups: GroupRow[] | null;
};

const readRoot = col.orNull(col.json<UnitInfo>);
const readPeriods = col.orNull(col.json<YearPeriodRow[]>);
const readIndicators = col.orNull(col.json<IndicatorRow[]>);
const readElements = col.orNull(col.json<ElementRow[]>);
const readTargets = col.orNull(col.json<PlanTargetRow[]>);
const readGroups = col.orNull(col.json<GroupRow[]>);

/**
 * The unit; the school year, the one before it and both years' periods in calendar order; the
 * catalogue, each indicator with its formula version valid for the year (indicator_formulas); the targets of the year's plans set at the unit, above it or below it (their schools'
 * overrides); the members of the groups those targets (or the filter) name. One statement, so one
 * round trip: the unit's path and the year's id are looked up inside it.
 */
async function loadDocument(
	db: Db,
	unitCode: string,
	yearCode: string,
	filterCode: string | null
): Promise<ContextDocument> {
	const [row] = await queryRows(
		db,
		sql`with y as (
		      select y.id, y.code, y.start_date, y.end_date, l.id as last_id, l.code as last_code,
		        l.start_date as last_start, l.end_date as last_end
		      from school_years y
		      left join lateral (select * from school_years z where z.start_date < y.start_date
		                         order by z.start_date desc limit 1) l on true
		      where y.code = ${yearCode}),
		    r as (
		      select u.id, u.code, u.name, u.type, coalesce(pl.path, u.path) as path,
		        coalesce(pl.depth, u.depth) as depth, u.school_level as "schoolLevel", u.ownership
		      from units u
		      left join unit_placements pl on pl.unit_id = u.id and pl.school_year_id = (select id from y)
		      where u.code = ${unitCode}),
		    plans_around as (
		      select p.id, p.unit_id, u.code, coalesce(pl.path, u.path) as path
		      from plans p join units u on u.id = p.unit_id
		      left join unit_placements pl on pl.unit_id = u.id and pl.school_year_id = p.school_year_id
		      where p.school_year_id = (select id from y)
		        and ((select path from r) like coalesce(pl.path, u.path) || '%'
		             or coalesce(pl.path, u.path) like (select path from r) || '%'))
		    select
		      (select row_to_json(r) from r) as root,
		      exists (select 1 from unit_placements where school_year_id = (select id from y)) as placements,
		      (select json_agg(json_build_object(
		          'yearId', y.id, 'yearCode', y.code, 'yearStart', y.start_date::text,
		          'yearEnd', y.end_date::text, 'lastId', y.last_id, 'lastCode', y.last_code,
		          'lastStart', y.last_start::text, 'lastEnd', y.last_end::text,
		          'id', p.id, 'key', p.key, 'form', f.code, 'sort', p.sort_order, 'labelVi', p.label_vi,
		          'labelEn', p.label_en, 'periodYear', p.school_year_id)
		        order by p.sort_order, p.start_date, p.id)
		       from y
		       left join periods p on p.school_year_id in (y.id, y.last_id)
		       left join report_forms f on f.id = p.form_id) as periods,
		      (select json_agg(json_build_object(
		          'id', i.id, 'code', i.code, 'formula', coalesce(v.formula, i.formula), 'levels', i.levels,
		          'direction', i.direction, 'unit', i.unit, 'aboveTarget', i.above_target,
		          'sortOrder', i.sort_order) order by i.sort_order, i.id)
		       from indicators i
		       left join lateral (
		         select f.formula from indicator_formulas f
		         left join school_years fy on fy.id = f.from_school_year_id
		         where f.indicator_id = i.id
		           and (f.from_school_year_id is null or fy.start_date <= (select start_date from y))
		         order by fy.start_date desc nulls last limit 1) v on true) as indicators,
		      (select json_agg(json_build_object('id', id, 'code', code, 'forms', forms) order by id)
		       from data_elements) as elements,
		      (select json_agg(json_build_object(
		          'targetId', t.id, 'planUnitId', p.unit_id, 'planUnitCode', p.code,
		          'planUnitPath', p.path, 'indicatorCode', i.code, 'comparator', t.comparator,
		          'value', t.value, 'min', t.min, 'max', t.max, 'scopeKind', t.scope_kind,
		          'scopeUnitId', t.scope_unit_id, 'scopeGroupId', t.scope_group_id,
		          'scopeGroupCode', g.code, 'judgedAt', t.judged_at, 'baseline', t.baseline,
		          'sortOrder', t.sort_order, 'source', t.source) order by t.id)
		       from plans_around p
		       join targets t on t.plan_id = p.id
		       join indicators i on i.id = t.indicator_id
		       left join unit_groups g on g.id = t.scope_group_id) as targets,
		      (select json_agg(json_build_object('groupId', g.id, 'code', g.code, 'unitId', m.unit_id,
		          'path', coalesce(pl.path, u.path)))
		       from unit_groups g
		       left join unit_group_members m on m.group_id = g.id
		       left join units u on u.id = m.unit_id
		       left join unit_placements pl on pl.unit_id = u.id and pl.school_year_id = (select id from y)
		       where g.code = ${filterCode ?? ''} or g.id in (
		         select t.scope_group_id from targets t join plans_around p on p.id = t.plan_id
		         where t.scope_group_id is not null)) as groups`,
		(r): ContextDocument => ({
			root: readRoot(r.root),
			placements: col.bool(r.placements),
			periods: readPeriods(r.periods),
			indicators: readIndicators(r.indicators),
			elements: readElements(r.elements),
			targets: readTargets(r.targets),
			groups: readGroups(r.groups)
		})
	);
	return row;
}

function yearPeriods(rows: YearPeriodRow[]) {
	const r = rows[0];
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

function catalogue(indicators: IndicatorRow[], elements: ElementRow[]) {
	const formsOf = new Map(elements.map((e) => [e.code, e.forms]));
	const union = (codes: string[]) => {
		const out = new Set<string>();
		for (const c of codes) for (const f of formsOf.get(c) ?? []) out.add(f);
		return out;
	};
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

function groupMembers(rows: GroupRow[], filterCode: string | null) {
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

/** Checks the request against the database and loads the context (one statement). */
export async function loadContext(db: Db, req: EvaluateRequest): Promise<LoadResult> {
	const fail = (field: RequestProblem['field'], key: RequestProblem['key'], params: Record<string, string>) =>
		({ ok: false, problem: { field, key, params } }) as const;
	const filterCode = req.filters?.groupCode ?? null;
	const doc = await loadDocument(
		db,
		req.unitCode,
		/^\d{4}-\d{4}$/.test(req.yearCode) ? req.yearCode : '',
		filterCode
	);
	const root = doc.root;
	if (!root) return { ok: false, notFound: true };
	if (!doc.periods) return fail('year', 'targets.api.badYear', { year: req.yearCode });
	const { year, lastYear, periods, lastPeriods } = yearPeriods(doc.periods);
	const period = periods.find((p) => p.key === req.periodKey);
	if (!period) return fail('period', 'targets.api.badPeriod', { year: year.code, period: req.periodKey });
	const { indicators, elementIds } = catalogue(doc.indicators ?? [], doc.elements ?? []);
	const known = new Set(indicators.map((i) => i.code));
	const unknown = (req.indicatorCodes ?? []).find((c) => !known.has(c));
	if (unknown) return fail('indicator', 'targets.api.badIndicator', { indicator: unknown });

	const { groups, filterId } = groupMembers(doc.groups ?? [], filterCode);
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
			indicators,
			elementIds,
			targets: doc.targets ?? [],
			groups,
			groupFilter: filterId,
			filters: req.filters,
			placementYear: doc.placements ? year.id : null
		}
	};
}
