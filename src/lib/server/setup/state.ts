import { asc, eq, inArray, sql } from 'drizzle-orm';
import { queryRows, type Db } from '../db';
import * as col from '../db/rows';
import * as table from '../db/schema';
import { describeSetup, type SetupCounts } from './steps';

/** What exists so far; accounts are the ones other than administrators. */
export async function readSetupCounts(db: Db): Promise<SetupCounts> {
	const [row] = await queryRows(
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
				select 1 from role_assignments r where r.user_id = u.id and r.role = 'admin'))::int as "accounts"`,
		(r): SetupCounts => ({
			units: col.int(r.units),
			schools: col.int(r.schools),
			schoolYears: col.int(r.schoolYears),
			periods: col.int(r.periods),
			indicators: col.int(r.indicators),
			plans: col.int(r.plans),
			targets: col.int(r.targets),
			accounts: col.int(r.accounts)
		})
	);
	return row;
}

export async function loadSetup(db: Db) {
	return describeSetup(await readSetupCounts(db));
}

/** The units whose setup can be exported: the roots of the tree and the districts under them. */
export async function listExportUnits(db: Db): Promise<{ code: string; name: string }[]> {
	const u = table.units;
	return db
		.select({ code: u.code, name: u.name })
		.from(u)
		.where(inArray(u.type, ['province', 'district']))
		.orderBy(asc(u.depth), asc(u.code));
}

export async function findUserId(db: Db, username: string): Promise<string | null> {
	const [row] = await db
		.select({ id: table.users.id })
		.from(table.users)
		.where(eq(table.users.username, username));
	return row?.id ?? null;
}
