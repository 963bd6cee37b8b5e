// What a unit's own page (/admin/units/[code]) and the unit list show.
import { asc, eq, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { queryRows, type Db } from '../db';
import * as col from '../db/rows';
import * as table from '../db/schema';
import { UNIT_TYPES } from '../../domain/types';
import type { AuthUser } from '../auth/user';
import { rootsFor } from '../auth/access';
import { listAncestors, type UnitRow } from './queries';
import { dayAfter, mayManageUnit } from './manage';

export type UnitListRow = {
	code: string;
	name: string;
	type: UnitRow['type'];
	parentCode: string | null;
	activeFrom: string | null;
	activeTo: string | null;
	/** The first closed day (active_to is the last open one). */
	closedFrom: string | null;
	mergedInto: string | null;
};

const LIST_LIMIT = 300;

const readUnitType = col.oneOf(UNIT_TYPES);
const readJsonOrNull = col.orNull((v) => col.json<unknown>(v));

function scopeSql(user: AuthUser) {
	const roots = rootsFor(user, 'manage_units');
	if (roots.all) return sql`true`;
	if (roots.paths.length === 0) return sql`false`;
	return sql.join(
		roots.paths.map((p) => sql`u.path like ${p + '%'}`),
		sql` or `
	);
}

/** Units the user manages: matching `q` (code or name), else every unit that is not a school. */
export async function listManagedUnits(
	db: Db,
	user: AuthUser,
	q: string
): Promise<{ rows: UnitListRow[]; more: boolean }> {
	const term = q.trim();
	const match = term
		? sql`(u.code ilike ${'%' + term + '%'} or u.name ilike ${'%' + term + '%'})`
		: sql`u.type <> 'school'`;
	const rows = await queryRows(
		db,
		sql`select u.code, u.name, u.type, p.code as "parentCode", u.active_from::text as "activeFrom",
		      u.active_to::text as "activeTo", (u.active_to + 1)::text as "closedFrom", m.code as "mergedInto"
		    from units u left join units p on p.id = u.parent_id left join units m on m.id = u.merged_into_id
		    where (${scopeSql(user)}) and ${match}
		    order by u.depth, u.name, u.code limit ${LIST_LIMIT + 1}`,
		(r): UnitListRow => ({
			code: col.text(r.code),
			name: col.text(r.name),
			type: readUnitType(r.type),
			parentCode: col.textOrNull(r.parentCode),
			activeFrom: col.textOrNull(r.activeFrom),
			activeTo: col.textOrNull(r.activeTo),
			closedFrom: col.textOrNull(r.closedFrom),
			mergedInto: col.textOrNull(r.mergedInto)
		})
	);
	return { rows: rows.slice(0, LIST_LIMIT), more: rows.length > LIST_LIMIT };
}

export type UnitPage = {
	unit: UnitListRow & {
		schoolLevel: string | null;
		ownership: string | null;
		ministryCode: string | null;
		address: string | null;
		contactName: string | null;
		contactPhone: string | null;
	};
	ancestors: { code: string; name: string }[];
	children: number;
	mayManage: boolean;
	/** Open areas the unit could be moved under (the user's scope). */
	parents: { code: string; name: string }[];
	placements: { year: string; parentCode: string | null; parentName: string | null }[];
	history: { at: string; who: string | null; action: string; before: unknown; after: unknown }[];
};

export async function loadUnitPage(db: Db, user: AuthUser, unit: UnitRow): Promise<UnitPage> {
	const mayManage = mayManageUnit(user, unit);
	const parent = alias(table.units, 'p');
	const [ancestors, children, parents, placements, history, [names]] = await Promise.all([
		listAncestors(db, unit),
		db.$count(table.units, eq(table.units.parentId, unit.id)),
		mayManage
			? queryRows(
					db,
					sql`select u.code, u.name from units u
					    where u.type <> 'school' and u.active_to is null and (${scopeSql(user)})
					      and not (u.path like ${unit.path + '%'})
					    order by u.depth, u.name limit 1000`,
					(r) => ({ code: col.text(r.code), name: col.text(r.name) })
				)
			: Promise.resolve([]),
		db
			.select({ year: table.schoolYears.code, parentCode: parent.code, parentName: parent.name })
			.from(table.unitPlacements)
			.innerJoin(table.schoolYears, eq(table.schoolYears.id, table.unitPlacements.schoolYearId))
			.leftJoin(parent, eq(parent.id, table.unitPlacements.parentId))
			.where(eq(table.unitPlacements.unitId, unit.id))
			.orderBy(asc(table.schoolYears.startDate)),
		queryRows(
			db,
			sql`select a.at::text as at, u.username as who, a.action, a.before, a.after
			    from audit_log a left join users u on u.id = a.actor_id
			    where a.unit_id = ${unit.id} and (a.action like 'unit.%' or a.action like 'user.%')
			    order by a.at desc, a.id desc limit 50`,
			(r): UnitPage['history'][number] => ({
				at: col.text(r.at),
				who: col.textOrNull(r.who),
				action: col.text(r.action),
				before: readJsonOrNull(r.before),
				after: readJsonOrNull(r.after)
			})
		),
		queryRows(
			db,
			sql`select (select code from units where id = ${unit.parentId}) as "parentCode",
			      (select code from units where id = ${unit.mergedIntoId}) as "mergedInto"`,
			(r) => ({ parentCode: col.textOrNull(r.parentCode), mergedInto: col.textOrNull(r.mergedInto) })
		)
	]);
	return {
		unit: {
			code: unit.code,
			name: unit.name,
			type: unit.type,
			parentCode: names.parentCode,
			activeFrom: unit.activeFrom,
			activeTo: unit.activeTo,
			closedFrom: unit.activeTo ? dayAfter(unit.activeTo) : null,
			mergedInto: names.mergedInto,
			schoolLevel: unit.schoolLevel,
			ownership: unit.ownership,
			ministryCode: unit.ministryCode,
			address: unit.address,
			contactName: unit.contactName,
			contactPhone: unit.contactPhone
		},
		ancestors: ancestors.filter((a) => a.id !== unit.id).map((a) => ({ code: a.code, name: a.name })),
		children,
		mayManage,
		parents,
		placements,
		history
	};
}
