import { sql } from 'drizzle-orm';
import { queryRowsUntyped, type Db } from '../db';
import { describeSetup, type SetupCounts } from './steps';

/** What exists so far; accounts are the ones other than administrators. */
export async function readSetupCounts(db: Db): Promise<SetupCounts> {
	const [row] = await queryRowsUntyped<Record<keyof SetupCounts, number>>(
		db,
		sql`select
			(select count(*) from units)::int as "units",
			(select count(*) from units where type = 'school')::int as "schools",
			(select count(*) from school_years)::int as "schoolYears",
			(select count(*) from periods)::int as "periods",
			(select count(*) from indicators)::int as "indicators",
			(select count(*) from plans)::int as "plans",
			(select count(*) from targets)::int as "targets",
			(select count(*) from users u where not exists (
				select 1 from role_assignments r where r.user_id = u.id and r.role = 'admin'))::int as "accounts"`
	);
	const n = (v: unknown) => Number(v ?? 0);
	return {
		units: n(row?.units),
		schools: n(row?.schools),
		schoolYears: n(row?.schoolYears),
		periods: n(row?.periods),
		indicators: n(row?.indicators),
		plans: n(row?.plans),
		targets: n(row?.targets),
		accounts: n(row?.accounts)
	};
}

export async function loadSetup(db: Db) {
	return describeSetup(await readSetupCounts(db));
}

/** The units whose setup can be exported: the roots of the tree and the districts under them. */
export async function listExportUnits(db: Db): Promise<{ code: string; name: string }[]> {
	return queryRowsUntyped<{ code: string; name: string }>(
		db,
		sql`select code, name from units where type in ('province', 'district') order by depth, code`
	);
}

export async function findUserId(db: Db, username: string): Promise<string | null> {
	const [row] = await queryRowsUntyped<{ id: string }>(
		db,
		sql`select id from users where username = ${username}`
	);
	return row?.id ?? null;
}
