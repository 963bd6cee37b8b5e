// What a unit's own page (/admin/units/[code]) and the unit list show.
import { sql } from 'drizzle-orm';
import { queryRowsUntyped, type Db } from '../db';
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
	const rows = await queryRowsUntyped<UnitListRow>(
		db,
		sql`select u.code, u.name, u.type, p.code as "parentCode", u.active_from::text as "activeFrom",
		      u.active_to::text as "activeTo", (u.active_to + 1)::text as "closedFrom", m.code as "mergedInto"
		    from units u left join units p on p.id = u.parent_id left join units m on m.id = u.merged_into_id
		    where (${scopeSql(user)}) and ${match}
		    order by u.depth, u.name, u.code limit ${LIST_LIMIT + 1}`
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
	const [ancestors, [counts], parents, placements, history, [names]] = await Promise.all([
		listAncestors(db, unit),
		queryRowsUntyped<{ n: number }>(
			db,
			sql`select count(*)::int as n from units where parent_id = ${unit.id}`
		),
		mayManage
			? queryRowsUntyped<{ code: string; name: string }>(
					db,
					sql`select u.code, u.name from units u
					    where u.type <> 'school' and u.active_to is null and (${scopeSql(user)})
					      and not (u.path like ${unit.path + '%'})
					    order by u.depth, u.name limit 1000`
				)
			: Promise.resolve([]),
		queryRowsUntyped<UnitPage['placements'][number]>(
			db,
			sql`select y.code as year, p.code as "parentCode", p.name as "parentName"
			    from unit_placements l join school_years y on y.id = l.school_year_id
			    left join units p on p.id = l.parent_id
			    where l.unit_id = ${unit.id} order by y.start_date`
		),
		queryRowsUntyped<UnitPage['history'][number]>(
			db,
			sql`select a.at::text as at, u.username as who, a.action, a.before, a.after
			    from audit_log a left join users u on u.id = a.actor_id
			    where a.unit_id = ${unit.id} and (a.action like 'unit.%' or a.action like 'user.%')
			    order by a.at desc, a.id desc limit 50`
		),
		queryRowsUntyped<{ parentCode: string | null; mergedInto: string | null }>(
			db,
			sql`select (select code from units where id = ${unit.parentId}) as "parentCode",
			      (select code from units where id = ${unit.mergedIntoId}) as "mergedInto"`
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
		children: Number(counts.n),
		mayManage,
		parents,
		placements,
		history
	};
}
