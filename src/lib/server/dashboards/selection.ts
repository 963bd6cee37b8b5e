// Which school year, period and filters a dashboard shows: from the URL, else the latest period with data.
import { desc, sql } from 'drizzle-orm';
import { queryRows, type Db } from '../db';
import * as col from '../db/rows';
import * as table from '../db/schema';
import type { UnitRow } from '../units/queries';
import type { DashboardQuery } from '$lib/schemas/dashboards';
import type { EvaluateRequest } from '../../domain/evaluation';
import { createStampedCache } from '../generations/stamped-cache';
import { stampForAll } from '../generations/read';
import { todayVn } from '../calendar/dates';
import { pickDefaultPeriod, type PeriodCandidate } from '../calendar/default-period';
import type { YearOption, PeriodOption, GroupOption, Selection } from '../../domain/dashboards';
export type { YearOption, PeriodOption, GroupOption, Selection } from '../../domain/dashboards';

export type SelectionContext = {
	selection: Selection;
	years: YearOption[];
	/** The selected year's periods, in calendar order. */
	periods: PeriodOption[];
	/** The previous school year's code, for comparisons. */
	previousYear: string | null;
	levels: string[];
	groups: GroupOption[];
};

async function listYears(db: Db): Promise<YearOption[]> {
	return db
		.select({ code: table.schoolYears.code, start: table.schoolYears.startDate })
		.from(table.schoolYears)
		.orderBy(desc(table.schoolYears.startDate));
}

export async function listPeriods(db: Db, yearCode: string): Promise<PeriodOption[]> {
	return queryRows(
		db,
		sql`select p.key, f.code as form, p.label_vi as "labelVi", p.label_en as "labelEn",
		       p.sort_order as sort, (f.period_type = 'monthly') as monthly
		from periods p join school_years y on y.id = p.school_year_id join report_forms f on f.id = p.form_id
		where y.code = ${yearCode} order by p.sort_order`,
		(r): PeriodOption => ({
			key: col.text(r.key),
			form: col.text(r.form),
			labelVi: col.text(r.labelVi),
			labelEn: col.text(r.labelEn),
			sort: col.int(r.sort),
			monthly: col.bool(r.monthly)
		})
	);
}

const readGroupKind = col.oneOf(['cluster', 'commune']);

type PeriodWithData = PeriodCandidate & { year: string; period: string; planned: boolean };

/**
 * The plan periods (not months) that hold figures from under the unit, latest year first, each saying
 * whether a plan of its year covers the unit.
 */
async function listPeriodsWithData(
	db: Db,
	unit: Pick<UnitRow, 'path'>,
	today: string
): Promise<PeriodWithData[]> {
	const under = `${unit.path}%`;
	// Per period, stopping at its first submission with figures (LIMIT keeps the planner from hashing
	// every figure to answer an EXISTS: 150 ms on a 2,000-school province).
	return queryRows(
		db,
		sql`select y.code as year, p.key as period, p.start_date::text as "startDate",
		       p.school_deadline::text as "schoolDeadline", f.levels, false as monthly, p.sort_order as sort,
		       exists (select 1 from plans pl join units pu on pu.id = pl.unit_id
		               where pl.school_year_id = y.id
		                 and (${unit.path} like pu.path || '%' or pu.path like ${under})) as planned
		from periods p
		join school_years y on y.id = p.school_year_id
		join report_forms f on f.id = p.form_id
		cross join lateral (select 1 from submissions s join units u on u.id = s.unit_id
		                    where s.period_id = p.id and u.path like ${under}
		                      and exists (select 1 from figures fi where fi.submission_id = s.id)
		                    limit 1) with_data
		where f.period_type = 'school_year' and p.start_date <= ${today}::date
		order by y.start_date desc, p.school_deadline desc, cardinality(f.levels) desc, p.sort_order desc`,
		(r): PeriodWithData => ({
			year: col.text(r.year),
			period: col.text(r.period),
			startDate: col.text(r.startDate),
			schoolDeadline: col.text(r.schoolDeadline),
			levels: col.texts(r.levels),
			monthly: col.bool(r.monthly),
			sort: col.int(r.sort),
			planned: col.bool(r.planned)
		})
	);
}

/** In a year, the period of the shared rule (calendar/default-period.ts) among those with figures. */
function pickInYear(rows: PeriodWithData[], year: string, today: string): string | null {
	return (
		pickDefaultPeriod(
			rows.filter((r) => r.year === year),
			today
		)?.period ?? null
	);
}

/** Years with a plan covering the unit first, so the default view has targets to judge by. */
function pickLatest(rows: PeriodWithData[], today: string): { year: string; period: string } | null {
	const year = (rows.find((r) => r.planned) ?? rows[0])?.year;
	const period = year ? pickInYear(rows, year, today) : null;
	return year && period ? { year, period } : null;
}

/** The latest plan period with data under the unit, in a year with a plan covering it if there is one. */
export async function latestWithData(
	db: Db,
	unit: Pick<UnitRow, 'path'>
): Promise<{ year: string; period: string } | null> {
	const today = todayVn();
	return pickLatest(await listPeriodsWithData(db, unit, today), today);
}

async function listLevels(db: Db, unit: Pick<UnitRow, 'path'>): Promise<string[]> {
	const levels = await queryRows(
		db,
		sql`select distinct school_level as level from units
		where type = 'school' and path like ${`${unit.path}%`} and school_level is not null`,
		(r) => col.text(r.level)
	);
	const parts = new Set(levels.flatMap((l) => (l.includes('_') ? l.split('_') : [l])));
	return ['MN', 'TH', 'THCS', 'THPT'].filter((l) => parts.has(l));
}

async function listGroups(db: Db, unit: Pick<UnitRow, 'path'>): Promise<GroupOption[]> {
	return queryRows(
		db,
		sql`select g.code, g.name_vi as "nameVi", g.name_en as "nameEn", g.kind from unit_groups g
		where g.kind in ('cluster', 'commune')
		  and exists (select 1 from unit_group_members m join units u on u.id = m.unit_id
		              where m.group_id = g.id and u.path like ${`${unit.path}%`})
		order by g.kind, g.name_vi`,
		(r): GroupOption => ({
			code: col.text(r.code),
			nameVi: col.text(r.nameVi),
			nameEn: col.text(r.nameEn),
			kind: readGroupKind(r.kind)
		})
	);
}

/** The default view of each area, until a commit changes anything (or the date does). */
const latestCache = createStampedCache(2000);

/** The view to show: the URL's choices where they exist, the latest period with data otherwise. */
export async function resolveSelection(
	db: Db,
	unit: UnitRow,
	query: DashboardQuery
): Promise<SelectionContext> {
	const [years, levels, groups] = await Promise.all([
		listYears(db),
		unit.type === 'school' ? Promise.resolve([]) : listLevels(db, unit),
		unit.type === 'school' ? Promise.resolve([]) : listGroups(db, unit)
	]);
	const today = todayVn();
	const withData =
		query.year && query.period
			? []
			: await latestCache.get(
					db,
					`${unit.path}|${today}`,
					stampForAll,
					() => listPeriodsWithData(db, unit, today),
					(rows) => rows.length
				);
	const latest = pickLatest(withData, today);
	const year = years.find((y) => y.code === query.year)?.code ?? latest?.year ?? years[0]?.code ?? '';
	const periods = year ? await listPeriods(db, year) : [];
	// A year chosen without a period opens on its latest period with data (a year in progress has no year-end yet).
	const fallback =
		(latest?.year === year ? latest.period : pickInYear(withData, year, today)) ??
		[...periods].reverse().find((p) => !p.monthly)?.key ??
		periods.at(-1)?.key ??
		'';
	const period = periods.find((p) => p.key === query.period)?.key ?? fallback;
	const index = years.findIndex((y) => y.code === year);
	return {
		selection: {
			year,
			period,
			level: query.level && levels.includes(query.level) ? query.level : undefined,
			ownership: query.ownership,
			group: groups.some((g) => g.code === query.group) ? query.group : undefined
		},
		years,
		periods,
		previousYear: index >= 0 ? (years[index + 1]?.code ?? null) : null,
		levels,
		groups
	};
}

export function evaluationFilters(s: Selection): EvaluateRequest['filters'] {
	const filters: NonNullable<EvaluateRequest['filters']> = {};
	if (s.level) filters.levels = [s.level];
	if (s.ownership) filters.ownership = s.ownership;
	if (s.group) filters.groupCode = s.group;
	return Object.keys(filters).length ? filters : undefined;
}

/** The selection as URL parameters (only what differs from nothing), for links that keep the view. */
export function selectionParams(s: Selection): string {
	const p = new URLSearchParams();
	p.set('year', s.year);
	p.set('period', s.period);
	if (s.level) p.set('level', s.level);
	if (s.ownership) p.set('ownership', s.ownership);
	if (s.group) p.set('group', s.group);
	return p.toString();
}
