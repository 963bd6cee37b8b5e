// An indicator's formula versions as stored (indicator_formulas), the school years they are judged
// against, and which years have already evaluated the indicator.
import { sql } from 'drizzle-orm';
import { queryRows, type Db } from '../db';
import * as col from '../db/rows';
import * as table from '../db/schema';
import { todayVn } from '../calendar/dates';
import type { IndicatorFormula } from '$lib/domain/types';
import { formulaCodes } from '$lib/schemas/catalogue';
import { canonicalFormula, describeVersions, type FormulaVersion, type YearRef } from './formula-versions';

export async function listYearRefs(db: Db): Promise<YearRef[]> {
	return db
		.select({ id: table.schoolYears.id, code: table.schoolYears.code, start: table.schoolYears.startDate })
		.from(table.schoolYears)
		.orderBy(table.schoolYears.startDate);
}

const readVersion = (r: col.RawRow): { indicatorId: number; version: FormulaVersion } => {
	const yearId = col.intOrNull(r.year_id);
	return {
		indicatorId: col.int(r.indicator_id),
		version: {
			from: yearId === null ? null : { id: yearId, code: col.text(r.code), start: col.text(r.start) },
			formula: col.json<IndicatorFormula>(r.formula)
		}
	};
};

/** Every indicator's stored versions (`indicatorId` to limit to one), earliest first. */
async function queryVersions(db: Db, indicatorId: number | null): Promise<Map<number, FormulaVersion[]>> {
	const rows = await queryRows(
		db,
		sql`select f.indicator_id, f.formula, y.id as year_id, y.code, y.start_date::text as start
			from indicator_formulas f left join school_years y on y.id = f.from_school_year_id
			where ${indicatorId === null ? sql`true` : sql`f.indicator_id = ${indicatorId}`}
			order by f.indicator_id, y.start_date nulls first`,
		readVersion
	);
	const out = new Map<number, FormulaVersion[]>();
	for (const { indicatorId, version } of rows) {
		out.set(indicatorId, [...(out.get(indicatorId) ?? []), version]);
	}
	return out;
}

/**
 * The stored versions; an indicator added by a path that wrote none (SQL, an older copy) has one,
 * its formula from the earliest year.
 */
export async function loadVersions(
	db: Db,
	indicator: { id: number; formula: IndicatorFormula }
): Promise<FormulaVersion[]> {
	const versions = (await queryVersions(db, indicator.id)).get(indicator.id);
	return versions?.length ? versions : [{ from: null, formula: indicator.formula }];
}

/** Makes the stored versions `next` (inside the caller's transaction); unchanged rows are kept. */
export async function storeVersions(db: Db, indicatorId: number, next: FormulaVersion[]): Promise<void> {
	const key = (v: FormulaVersion) => `${v.from?.id ?? ''}:${canonicalFormula(v.formula)}`;
	const stored = (await queryVersions(db, indicatorId)).get(indicatorId) ?? [];
	const wanted = new Set(next.map(key));
	const have = new Set(stored.map(key));
	for (const v of stored.filter((v) => !wanted.has(key(v))))
		await db.execute(
			sql`delete from indicator_formulas where indicator_id = ${indicatorId}
				and from_school_year_id is not distinct from ${v.from?.id ?? null}::int`
		);
	for (const v of next.filter((v) => !have.has(key(v))))
		await db.execute(
			sql`insert into indicator_formulas (indicator_id, from_school_year_id, formula)
				values (${indicatorId}, ${v.from?.id ?? null}, ${JSON.stringify(v.formula)}::jsonb)`
		);
}

/**
 * School years (codes, in order) that have begun and have evaluated the indicator: a plan of the year
 * holds a target on it, or schools reported a figure one of its formulas reads.
 */
export async function findEvaluatedYears(
	db: Db,
	indicatorId: number,
	versions: FormulaVersion[]
): Promise<string[]> {
	const codes = [...new Set(versions.flatMap((v) => formulaCodes(v.formula)))];
	return queryRows(
		db,
		sql`select y.code from school_years y
			where y.start_date <= ${todayVn()}::date and (
			  exists (select 1 from targets t join plans p on p.id = t.plan_id
			          where p.school_year_id = y.id and t.indicator_id = ${indicatorId})
			  or exists (select 1 from periods pe join submissions s on s.period_id = pe.id
			             join figures f on f.submission_id = s.id
			             where pe.school_year_id = y.id and f.data_element_id in (
			               select id from data_elements where code = any(${`{${codes.join(',')}}`}::text[]))))
			order by y.start_date`,
		(r) => col.text(r.code)
	);
}

export type FormulaHistory = ReturnType<typeof describeVersions>;

/** Each indicator's history (id → versions with the years each holds for), for pages and the API. */
export async function readFormulaHistories(
	db: Db,
	indicators: { id: number; formula: IndicatorFormula }[]
): Promise<Map<number, FormulaHistory>> {
	const [stored, years] = await Promise.all([queryVersions(db, null), listYearRefs(db)]);
	return new Map(
		indicators.map((i) => {
			const versions = stored.get(i.id);
			return [
				i.id,
				describeVersions(versions?.length ? versions : [{ from: null, formula: i.formula }], years)
			];
		})
	);
}
