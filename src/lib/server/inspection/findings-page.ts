import { sql } from 'drizzle-orm';
import { queryRows, type Db } from '../db';
import { can } from '../auth/access';
import type { AuthUser } from '../auth/user';
import { listIndicators } from '../catalogue/queries';
import { todayVn } from '../calendar/dates';
import type { UnitRow } from '../units/queries';
import { listFindingsUnder, type Finding } from './findings';
import { withIndicatorNames } from './indicator-names';
import type { NamedIndicator } from '../../domain/inspection';

export type IndicatorChoice = { code: string; nameVi: string; nameEn: string; group: string };

export type FindingsPage = {
	findings: (Finding & { indicators: NamedIndicator[] })[];
	schools: { code: string; name: string }[];
	indicators: IndicatorChoice[];
	canRecord: boolean;
	today: string;
};

export async function listIndicatorChoices(db: Db): Promise<IndicatorChoice[]> {
	return (await listIndicators(db)).map((i) => ({
		code: i.code,
		nameVi: i.nameVi,
		nameEn: i.nameEn,
		group: i.groupKey
	}));
}

/** Findings on the schools under a unit (a school: its own), and what the "new finding" form offers. */
export async function loadFindingsPage(
	db: Db,
	user: AuthUser,
	unit: UnitRow,
	status?: 'open' | 'closed'
): Promise<FindingsPage> {
	const canRecord = can(user, 'record_finding', unit);
	const [findings, schools, indicators] = await Promise.all([
		listFindingsUnder(db, { area: unit, status }),
		canRecord
			? queryRows<{ code: string; name: string }>(
					db,
					sql`select code, name from units where type = 'school' and path like ${unit.path + '%'} order by name`
				)
			: Promise.resolve([]),
		canRecord ? listIndicatorChoices(db) : Promise.resolve([])
	]);
	return {
		findings: await withIndicatorNames(db, findings),
		schools,
		indicators,
		canRecord,
		today: todayVn()
	};
}

export type FindingHistory = { at: Date; action: string; actor: string | null };

export async function listFindingHistory(db: Db, id: number): Promise<FindingHistory[]> {
	const rows = await queryRows<{ at: Date | string; action: string; actor: string | null }>(
		db,
		sql`select a.at, a.action, u.display_name as actor from audit_log a left join users u on u.id = a.actor_id
		    where a.subject = ${`finding:${id}`} order by a.at, a.id`
	);
	return rows.map((r) => ({ at: new Date(r.at), action: r.action, actor: r.actor }));
}
