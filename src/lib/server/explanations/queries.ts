// Explanations (giải trình) as pages, the worklist and the reports read them.
import { sql } from 'drizzle-orm';
import { queryRowsUntyped, type Db } from '../db';
import type { Explanation, Requirement } from '../../domain/review';

export type { Explanation, Requirement };

type Row = {
	id: number;
	unit_code: string;
	unit_name: string;
	indicator_code: string;
	name_vi: string;
	name_en: string;
	year_code: string;
	period_key: string;
	label_vi: string;
	label_en: string;
	status: string;
	cause: string;
	measures: string;
	expected_date: string | null;
	author: string | null;
	updated_at: Date | string;
};

const toExplanation = (r: Row): Explanation => ({
	id: Number(r.id),
	unitCode: r.unit_code,
	unitName: r.unit_name,
	indicatorCode: r.indicator_code,
	indicatorNameVi: r.name_vi,
	indicatorNameEn: r.name_en,
	yearCode: r.year_code,
	periodKey: r.period_key,
	periodLabelVi: r.label_vi,
	periodLabelEn: r.label_en,
	status: r.status,
	cause: r.cause,
	measures: r.measures,
	expectedDate: r.expected_date,
	author: r.author,
	updatedAt: new Date(r.updated_at)
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
	const rows = await queryRowsUntyped<Row>(
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
		    order by u.name, i.sort_order, i.code, p.sort_order`
	);
	return rows.map(toExplanation);
}

/** listExplanations by codes (the pages know codes, not ids); null when the unit or year is unknown. */
export async function listExplanationsByCode(
	db: Db,
	f: { unitCode: string; yearCode: string; periodKey?: string; indicatorCode?: string }
): Promise<Explanation[] | null> {
	const [ids] = await queryRowsUntyped<{ unit_id: number | null; year_id: number | null }>(
		db,
		sql`select (select id from units where code = ${f.unitCode}) as unit_id,
		           (select id from school_years where code = ${f.yearCode}) as year_id`
	);
	if (!ids?.unit_id || !ids.year_id) return null;
	return listExplanations(db, {
		unitId: Number(ids.unit_id),
		schoolYearId: Number(ids.year_id),
		periodCode: f.periodKey,
		indicatorCode: f.indicatorCode
	});
}

/** The explanations the district requires before approving a report, each with whether it is written. */
export async function listRequirements(db: Db, submissionId: number): Promise<Requirement[]> {
	const rows = await queryRowsUntyped<{ code: string; name_vi: string; name_en: string; written: boolean }>(
		db,
		sql`select i.code, i.name_vi, i.name_en,
		           exists (select 1 from explanations e where e.unit_id = s.unit_id and e.period_id = s.period_id
		                   and e.indicator_id = r.indicator_id) as written
		    from explanation_requirements r
		    join submissions s on s.id = r.submission_id
		    join indicators i on i.id = r.indicator_id
		    where r.submission_id = ${submissionId}
		    order by i.sort_order, i.code`
	);
	return rows.map((r) => ({
		indicatorCode: r.code,
		nameVi: r.name_vi,
		nameEn: r.name_en,
		written: !!r.written
	}));
}

/** Required explanations not written yet (what blocks approval). */
export async function listUnwritten(db: Db, submissionId: number): Promise<Requirement[]> {
	return (await listRequirements(db, submissionId)).filter((r) => !r.written);
}
