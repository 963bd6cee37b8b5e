// The tree of a school year. `units` holds the tree as it is now; `unit_placements` holds, for the
// years a later move changed, where the moved units sat in that year. Reading a year with no
// placement rows is reading `units` itself: no join at all for the current year.
import { and, eq, sql, type SQL } from 'drizzle-orm';
import { queryRow, type Db } from '../db';
import * as col from '../db/rows';
import * as table from '../db/schema';
import { updateUnitParent } from './store';

/**
 * `units` as the tree stood during the school year `yearId` (null: the tree of today), with every
 * column of `units`; use it as `from ${unitsOfYear(id)} u`.
 */
export function unitsOfYear(yearId: number | null): SQL {
	if (yearId === null) return sql`units`;
	return sql`(select u.id, u.code, u.name, u.type,
	    case when p.unit_id is null then u.parent_id else p.parent_id end as parent_id,
	    coalesce(p.path, u.path) as path, coalesce(p.depth, u.depth) as depth,
	    u.school_level, u.ownership, u.contact_name, u.contact_phone, u.ministry_code, u.address,
	    u.active_from, u.active_to, u.merged_into_id
	  from units u left join unit_placements p on p.unit_id = u.id and p.school_year_id = ${yearId}::int)`;
}

/** A year with placement rows (else null: its tree is today's). One indexed probe. */
export async function placementYearOf(db: Db, yearId: number): Promise<number | null> {
	const row = await queryRow(
		db,
		sql`select exists (select 1 from unit_placements where school_year_id = ${yearId}) as has`,
		(r) => ({ has: col.bool(r.has) })
	);
	return row?.has ? yearId : null;
}

/** A unit's path and depth during a year (its row, else today's). */
export async function placementOf(
	db: Db,
	unit: { id: number; path: string; depth: number },
	yearId: number
): Promise<{ path: string; depth: number }> {
	const [row] = await db
		.select({ path: table.unitPlacements.path, depth: table.unitPlacements.depth })
		.from(table.unitPlacements)
		.where(and(eq(table.unitPlacements.unitId, unit.id), eq(table.unitPlacements.schoolYearId, yearId)));
	return row ?? { path: unit.path, depth: unit.depth };
}

/**
 * Moves a unit (and its subtree) under `parent` from the date `from`. School years that began before
 * `from` keep the tree they had: the subtree's current places are written for them (a unit that
 * already has a row for a year keeps it: an earlier move recorded where it was). Rows of years
 * beginning on or after `from` that lie under the unit follow it, then today's tree is rewritten.
 * Call inside the transaction that audits the move.
 */
export async function moveUnitFrom(
	tx: Db,
	unit: { id: number; code: string; path: string; depth: number },
	parent: { id: number; code: string; path: string; depth: number },
	from: string
): Promise<void> {
	await tx.execute(
		sql`insert into unit_placements (school_year_id, unit_id, parent_id, path, depth)
		    select y.id, u.id, u.parent_id, u.path, u.depth
		    from units u cross join school_years y
		    where u.path like ${unit.path + '%'} and y.start_date < ${from}::date
		    on conflict do nothing`
	);
	const newPath = `${parent.path}${unit.id}/`;
	await tx.execute(
		sql`update unit_placements
		    set path = ${newPath} || substr(path, ${unit.path.length + 1}),
		        depth = depth - ${unit.depth} + ${parent.depth + 1},
		        parent_id = case when unit_id = ${unit.id} then ${parent.id} else parent_id end
		    where path like ${unit.path + '%'}
		      and school_year_id in (select id from school_years where start_date >= ${from}::date)`
	);
	await updateUnitParent(tx, unit.code, parent.code);
}

/** The school year of a period when that year has placement rows, else null (today's tree). */
export async function placementYearOfPeriod(db: Db, periodId: number): Promise<number | null> {
	const row = await queryRow(
		db,
		sql`select p.school_year_id as id from periods p where p.id = ${periodId}
		    and exists (select 1 from unit_placements l where l.school_year_id = p.school_year_id)`,
		(r) => ({ id: col.int(r.id) })
	);
	return row ? row.id : null;
}
