// The year's inspection plan: which school is visited when, and by whom. Planned by the inspectors
// and by the district (those who manage its calendar); read by everyone who reads the school.
import { and, eq, sql } from 'drizzle-orm';
import { queryRows, queryRow, type Db } from '../db';
import * as col from '../db/rows';
import * as table from '../db/schema';
import { can } from '../auth/access';
import type { AuthUser } from '../auth/user';
import { writeAudit } from '../submissions/events';
import type { UnitRow } from '../units/queries';

export type Visit = {
	id: number;
	yearCode: string;
	schoolCode: string;
	schoolName: string;
	unitPath: string;
	startDate: string;
	endDate: string;
	inspectorId: string | null;
	/** The account's name, else the name typed in. */
	inspector: string | null;
	inspectorName: string | null;
	note: string | null;
};

export type VisitInput = {
	startDate: string;
	endDate: string;
	inspectorId: string | null;
	inspectorName: string | null;
	note: string | null;
};

/** Inspectors plan the visits under their area; district and province leaders too (it is their calendar). */
export function canPlanVisits(user: AuthUser | null, unit: { path: string; type?: string } | null): boolean {
	return can(user, 'record_finding', unit) || can(user, 'manage_calendar', unit);
}

const SELECT = sql`select v.id, y.code as year_code, u.code as school_code, u.name as school_name, u.path as unit_path,
	v.start_date::text as start_date, v.end_date::text as end_date, v.inspector_id,
	coalesce(iu.display_name, v.inspector_name) as inspector, v.inspector_name, v.note
	from inspection_visits v join school_years y on y.id = v.school_year_id join units u on u.id = v.unit_id
	left join users iu on iu.id = v.inspector_id`;

const readVisit = (r: col.RawRow): Visit => ({
	id: col.int(r.id),
	yearCode: col.text(r.year_code),
	schoolCode: col.text(r.school_code),
	schoolName: col.text(r.school_name),
	unitPath: col.text(r.unit_path),
	startDate: col.text(r.start_date),
	endDate: col.text(r.end_date),
	inspectorId: col.textOrNull(r.inspector_id),
	inspector: col.textOrNull(r.inspector),
	inspectorName: col.textOrNull(r.inspector_name),
	note: col.textOrNull(r.note)
});

/** The visits of a school year to schools under an area, by date. */
export async function listVisits(db: Db, input: { area: UnitRow; yearCode: string }): Promise<Visit[]> {
	return queryRows(
		db,
		sql`${SELECT} where y.code = ${input.yearCode} and u.path like ${input.area.path + '%'}
		    order by v.start_date, u.name, v.id`,
		readVisit
	);
}

export async function findVisit(db: Db, id: number): Promise<Visit | null> {
	return queryRow(db, sql`${SELECT} where v.id = ${id}`, readVisit);
}

/** Accounts that may lead a visit to schools under the area: inspectors whose unit covers it or lies in it. */
export async function listInspectorChoices(db: Db, area: UnitRow): Promise<{ id: string; name: string }[]> {
	return queryRows(
		db,
		sql`select distinct u.id, u.display_name as name from users u
		    join role_assignments r on r.user_id = u.id join units a on a.id = r.unit_id
		    where r.role = 'inspector' and not u.disabled
		      and (${area.path} like a.path || '%' or a.path like ${area.path + '%'})
		    order by u.display_name`,
		(r) => ({ id: col.text(r.id), name: col.text(r.name) })
	);
}

export type VisitProblem = 'outside_year' | 'unknown_year' | 'unknown_inspector';

/** Checks the dates fall in the school year and the inspector (if any) is one of the area's. */
async function checkVisit(
	db: Db,
	input: VisitInput & { yearCode: string; area: UnitRow }
): Promise<{ ok: true; yearId: number } | { ok: false; problem: VisitProblem }> {
	const [year] = await db
		.select({ id: table.schoolYears.id, start: table.schoolYears.startDate, end: table.schoolYears.endDate })
		.from(table.schoolYears)
		.where(eq(table.schoolYears.code, input.yearCode));
	if (!year) return { ok: false, problem: 'unknown_year' };
	if (input.startDate < year.start || input.endDate > year.end) return { ok: false, problem: 'outside_year' };
	if (input.inspectorId) {
		const choices = await listInspectorChoices(db, input.area);
		if (!choices.some((c) => c.id === input.inspectorId)) return { ok: false, problem: 'unknown_inspector' };
	}
	return { ok: true, yearId: year.id };
}

export async function createVisit(
	db: Db,
	input: VisitInput & { yearCode: string; school: UnitRow; actorId: string }
): Promise<{ ok: true; id: number } | { ok: false; problem: VisitProblem }> {
	const check = await checkVisit(db, { ...input, area: input.school });
	if (!check.ok) return check;
	return db.transaction(async (tx) => {
		const [row] = await tx
			.insert(table.inspectionVisits)
			.values({
				schoolYearId: check.yearId,
				unitId: input.school.id,
				startDate: input.startDate,
				endDate: input.endDate,
				inspectorId: input.inspectorId,
				inspectorName: input.inspectorName,
				note: input.note,
				createdBy: input.actorId
			})
			.returning({ id: table.inspectionVisits.id });
		await writeAudit(tx, {
			actorId: input.actorId,
			action: 'inspection_visit.create',
			unitId: input.school.id,
			subject: `inspection_visit:${row.id}`,
			after: { year: input.yearCode, school: input.school.code, ...visitFields(input) }
		});
		return { ok: true as const, id: row.id };
	});
}

const visitFields = (v: VisitInput) => ({
	startDate: v.startDate,
	endDate: v.endDate,
	inspectorId: v.inspectorId,
	inspectorName: v.inspectorName,
	note: v.note
});

export async function updateVisit(
	db: Db,
	input: VisitInput & { visit: Visit; school: UnitRow; actorId: string }
): Promise<{ ok: true } | { ok: false; problem: VisitProblem }> {
	const check = await checkVisit(db, { ...input, yearCode: input.visit.yearCode, area: input.school });
	if (!check.ok) return check;
	await db.transaction(async (tx) => {
		await tx
			.update(table.inspectionVisits)
			.set(visitFields(input))
			.where(eq(table.inspectionVisits.id, input.visit.id));
		await writeAudit(tx, {
			actorId: input.actorId,
			action: 'inspection_visit.update',
			unitId: input.school.id,
			subject: `inspection_visit:${input.visit.id}`,
			before: visitFields(input.visit),
			after: visitFields(input)
		});
	});
	return { ok: true };
}

export async function deleteVisit(
	db: Db,
	input: { visit: Visit; unitId: number; actorId: string }
): Promise<void> {
	await db.transaction(async (tx) => {
		await tx.delete(table.inspectionVisits).where(and(eq(table.inspectionVisits.id, input.visit.id)));
		await writeAudit(tx, {
			actorId: input.actorId,
			action: 'inspection_visit.delete',
			unitId: input.unitId,
			subject: `inspection_visit:${input.visit.id}`,
			before: { school: input.visit.schoolCode, ...visitFields(input.visit) }
		});
	});
}
