import { redirect } from '@sveltejs/kit';
import { asc, isNull, sql } from 'drizzle-orm';
import { queryRows, type Db } from '../db';
import * as col from '../db/rows';
import * as table from '../db/schema';
import { scopeRoots } from '../auth/access';
import type { AuthUser } from '../auth/user';
import { findUnitByCode, listUnits, type UnitRow } from '../units/queries';

export type AreaChoice = { code: string; name: string; type: string };

/** Areas a user may pick on the board and the worklist: provinces and districts in scope, else own schools. */
export async function listAreaChoices(db: Db, user: AuthUser): Promise<AreaChoice[]> {
	const units = await listUnits(db, { scope: scopeRoots(user), types: ['province', 'district'] });
	const areas = units.map((u) => ({ code: u.code, name: u.name, type: u.type }));
	if (areas.length) return areas;
	return user.assignments.flatMap((a) =>
		a.unitCode && a.unitName ? [{ code: a.unitCode, name: a.unitName, type: a.unitType ?? 'school' }] : []
	);
}

/**
 * The unit asked for, else the user's own (first assignment; the top of the tree for administrators).
 * A database with no unit yet has nothing to show here: its home page lists the setup steps.
 */
export async function resolveArea(db: Db, user: AuthUser, code: string | undefined): Promise<UnitRow | null> {
	if (code) return findUnitByCode(db, code);
	const own = user.assignments.find((a) => a.unitCode)?.unitCode;
	if (own) return findUnitByCode(db, own);
	const [root] = await db
		.select({ code: table.units.code })
		.from(table.units)
		.where(isNull(table.units.parentId))
		.orderBy(asc(table.units.id))
		.limit(1);
	if (!root) redirect(303, '/');
	return findUnitByCode(db, root.code);
}

/** Clusters and communes whose members lie under the area (worklist and board filters). */
export async function listGroupChoices(
	db: Db,
	area: UnitRow
): Promise<{ code: string; name: string; kind: string }[]> {
	return queryRows(
		db,
		sql`select g.code, g.name_vi as name, g.kind from unit_groups g
		    where g.kind in ('cluster', 'commune') and exists (
		      select 1 from unit_group_members m join units u on u.id = m.unit_id
		      where m.group_id = g.id and u.path like ${area.path + '%'})
		    order by g.kind, g.code`,
		(r) => ({ code: col.text(r.code), name: col.text(r.name), kind: col.text(r.kind) })
	);
}
