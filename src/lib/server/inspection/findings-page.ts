import { and, eq, like } from 'drizzle-orm';
import type { Db } from '../db';
import * as table from '../db/schema';
import { can } from '../auth/access';
import type { AuthUser } from '../auth/user';
import { listIndicators } from '../catalogue/queries';
import { todayVn } from '../calendar/dates';
import type { UnitRow } from '../units/queries';
import { listFindingsUnder, type Finding } from './findings';
import {
	groupIndicatorsForSchool,
	type IndicatorChoice,
	type IndicatorChoiceGroup
} from '../../domain/finding-indicators';
import { withIndicatorNames } from './indicator-names';
import type { NamedIndicator } from '../../domain/inspection';

export type { IndicatorChoice } from '../../domain/finding-indicators';

type SchoolChoice = { code: string; name: string; level: string | null };

export type FindingsPage = {
	findings: (Finding & { indicators: NamedIndicator[] })[];
	schools: { code: string; name: string }[];
	/** The school the "new finding" form is for (chosen by `?school=`, or the page's own school). */
	school: SchoolChoice | null;
	indicatorGroups: IndicatorChoiceGroup[];
	canRecord: boolean;
	today: string;
};

export async function listIndicatorChoices(db: Db): Promise<IndicatorChoice[]> {
	return (await listIndicators(db)).map((i) => ({
		code: i.code,
		nameVi: i.nameVi,
		nameEn: i.nameEn,
		group: i.groupKey,
		levels: i.levels
	}));
}

/** The indicators a finding on this school may name, by plan group. */
export async function loadIndicatorGroups(
	db: Db,
	schoolLevel: string | null
): Promise<IndicatorChoiceGroup[]> {
	return groupIndicatorsForSchool(await listIndicatorChoices(db), schoolLevel);
}

/** Findings on the schools under a unit (a school: its own), and what the "new finding" form offers. */
export async function loadFindingsPage(
	db: Db,
	user: AuthUser,
	unit: UnitRow,
	input: { status?: 'open' | 'closed'; school?: string }
): Promise<FindingsPage> {
	const canRecord = can(user, 'record_finding', unit);
	const [findings, schools] = await Promise.all([
		listFindingsUnder(db, { area: unit, status: input.status }),
		canRecord
			? db
					.select({ code: table.units.code, name: table.units.name, level: table.units.schoolLevel })
					.from(table.units)
					.where(and(eq(table.units.type, 'school'), like(table.units.path, unit.path + '%')))
					.orderBy(table.units.name)
			: Promise.resolve([])
	]);
	const wanted = unit.type === 'school' ? unit.code : input.school;
	const school = schools.find((s) => s.code === wanted) ?? (schools.length === 1 ? schools[0] : null);
	const indicatorGroups = school ? await loadIndicatorGroups(db, school.level) : [];
	return {
		findings: await withIndicatorNames(db, findings),
		schools: schools.map(({ code, name }) => ({ code, name })),
		school,
		indicatorGroups,
		canRecord,
		today: todayVn()
	};
}

/** The codes that are not indicators of the school's levels (a finding may name only those). */
export async function foreignIndicators(
	db: Db,
	schoolLevel: string | null,
	codes: string[]
): Promise<string[]> {
	const allowed = new Set(
		(await loadIndicatorGroups(db, schoolLevel)).flatMap((g) => g.items.map((i) => i.code))
	);
	return codes.filter((c) => !allowed.has(c));
}

export type FindingHistory = { at: Date; action: string; actor: string | null };

export async function listFindingHistory(db: Db, id: number): Promise<FindingHistory[]> {
	return db
		.select({ at: table.auditLog.at, action: table.auditLog.action, actor: table.users.displayName })
		.from(table.auditLog)
		.leftJoin(table.users, eq(table.users.id, table.auditLog.actorId))
		.where(eq(table.auditLog.subject, `finding:${id}`))
		.orderBy(table.auditLog.at, table.auditLog.id);
}
