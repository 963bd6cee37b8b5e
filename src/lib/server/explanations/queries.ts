// Explanations (giải trình) as pages, the worklist and the reports read them.
import { sql } from 'drizzle-orm';
import { queryRow, queryRows, type Db } from '../db';
import * as col from '../db/rows';
import type { Explanation, Requirement } from '../../domain/review';

export type { Explanation, Requirement };

const readExplanation = (r: col.RawRow): Explanation => ({
	id: col.int(r.id),
	unitCode: col.text(r.unit_code),
	unitName: col.text(r.unit_name),
	indicatorCode: col.text(r.indicator_code),
	indicatorNameVi: col.text(r.name_vi),
	indicatorNameEn: col.text(r.name_en),
	yearCode: col.text(r.year_code),
	periodKey: col.text(r.period_key),
	periodLabelVi: col.text(r.label_vi),
	periodLabelEn: col.text(r.label_en),
	status: col.text(r.status),
	cause: col.text(r.cause),
	measures: col.text(r.measures),
	expectedDate: col.textOrNull(r.expected_date),
	author: col.textOrNull(r.author),
	updatedAt: col.date(r.updated_at)
});

export type ExplanationFilter = {
	/** The unit itself and every unit under it. */
	unitId: number;
	schoolYearId: number;
	/** A period key of the year (HK1, CUOI_NAM, 2026-10); omitted: every period of the year. */
	periodCode?: string;
	indicatorCode?: string;
};

/**
 * The explanations written under a unit for a school year (and period): the period report, the
 * indicator page, the worklist and the exports call this. Ordered by unit name, then indicator.
 */
export async function listExplanations(db: Db, f: ExplanationFilter): Promise<Explanation[]> {
	const parts = [
		sql`p.school_year_id = ${f.schoolYearId}`,
		sql`u.path like (select path from units where id = ${f.unitId}) || '%'`
	];
	if (f.periodCode) parts.push(sql`p.key = ${f.periodCode}`);
	if (f.indicatorCode) parts.push(sql`i.code = ${f.indicatorCode}`);
	return queryRows(
		db,
		sql`select e.id, u.code as unit_code, u.name as unit_name, i.code as indicator_code, i.name_vi, i.name_en,
		           y.code as year_code, p.key as period_key, p.label_vi, p.label_en, e.status, e.cause, e.measures,
		           e.expected_date::text as expected_date, usr.display_name as author, e.updated_at
		    from explanations e
		    join units u on u.id = e.unit_id
		    join indicators i on i.id = e.indicator_id
		    join periods p on p.id = e.period_id
		    join school_years y on y.id = p.school_year_id
		    left join users usr on usr.id = e.author_id
		    where ${sql.join(parts, sql` and `)}
		    order by u.name, i.sort_order, i.code, p.sort_order`,
		readExplanation
	);
}

/** listExplanations by codes (the pages know codes, not ids); null when the unit or year is unknown. */
export async function listExplanationsByCode(
	db: Db,
	f: { unitCode: string; yearCode: string; periodKey?: string; indicatorCode?: string }
): Promise<Explanation[] | null> {
	const ids = await queryRow(
		db,
		sql`select (select id from units where code = ${f.unitCode}) as unit_id,
		           (select id from school_years where code = ${f.yearCode}) as year_id`,
		(r) => ({ unitId: col.intOrNull(r.unit_id), yearId: col.intOrNull(r.year_id) })
	);
	if (!ids?.unitId || !ids.yearId) return null;
	return listExplanations(db, {
		unitId: ids.unitId,
		schoolYearId: ids.yearId,
		periodCode: f.periodKey,
		indicatorCode: f.indicatorCode
	});
}

/** The explanations the district requires before approving a report, each with whether it is written. */
export async function listRequirements(db: Db, submissionId: number): Promise<Requirement[]> {
	return queryRows(
		db,
		sql`select i.code, i.name_vi, i.name_en,
		           exists (select 1 from explanations e where e.unit_id = s.unit_id and e.period_id = s.period_id
		                   and e.indicator_id = r.indicator_id) as written
		    from explanation_requirements r
		    join submissions s on s.id = r.submission_id
		    join indicators i on i.id = r.indicator_id
		    where r.submission_id = ${submissionId}
		    order by i.sort_order, i.code`,
		(r) => ({
			indicatorCode: col.text(r.code),
			nameVi: col.text(r.name_vi),
			nameEn: col.text(r.name_en),
			written: col.bool(r.written)
		})
	);
}

/** Required explanations not written yet (what blocks approval). */
export async function listUnwritten(db: Db, submissionId: number): Promise<Requirement[]> {
	return (await listRequirements(db, submissionId)).filter((r) => !r.written);
}
