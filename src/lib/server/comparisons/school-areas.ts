// Which sub-area (district, or commune) each school under a unit sat in during a school year: the
// district column of a province-wide school ranking.
import { eq, sql } from 'drizzle-orm';
import { queryRows, type Db } from '../db';
import * as col from '../db/rows';
import * as table from '../db/schema';
import { placementYearOf, unitsOfYear } from '../units/placement';

/**
 * School code → the name of the unit's direct sub-area holding it, in the tree of `yearCode`. Empty when
 * the unit's children are schools (a district's ranking needs no such column).
 */
export async function listSchoolAreas(
	db: Db,
	unit: { id: number; path: string },
	yearCode: string
): Promise<Map<string, string>> {
	const [year] = await db
		.select({ id: table.schoolYears.id })
		.from(table.schoolYears)
		.where(eq(table.schoolYears.code, yearCode));
	const placement = year ? await placementYearOf(db, year.id) : null;
	const rows = await queryRows(
		db,
		sql`select s.code, a.name as area
		from ${unitsOfYear(placement)} a
		join ${unitsOfYear(placement)} s on s.path like a.path || '%' and s.type = 'school'
		where a.parent_id = ${unit.id} and a.type <> 'school' and a.path like ${`${unit.path}%`}`,
		(r) => ({ code: col.text(r.code), area: col.text(r.area) })
	);
	return new Map(rows.map((r) => [r.code, r.area]));
}
