import { and, eq, like } from 'drizzle-orm';
import type { Db } from '../db';
import * as table from '../db/schema';
import type { AuthUser } from '../auth/user';
import { listAreaChoices } from '../calendar/area';
import { todayVn } from '../calendar/dates';
import { listYears } from '../calendar/queries';
import { chooseYear } from '../calendar/choose-period';
import type { UnitRow } from '../units/queries';
import type { VisitForm } from '../../schemas/follow-up';
import { canPlanVisits, listInspectorChoices, listVisits, type Visit, type VisitInput } from './schedule';

export type SchedulePage = {
	areas: { code: string; name: string; type: string }[];
	years: string[];
	yearCode: string;
	visits: Visit[];
	canPlan: boolean;
	schools: { code: string; name: string }[];
	inspectors: { id: string; name: string }[];
	today: string;
};

/** The school year asked for, else the one under way (the worklist's rule). */
export async function resolveYear(db: Db, wanted: string | undefined): Promise<string> {
	return (await chooseYear(db, wanted, todayVn())).yearCode;
}

export async function loadSchedulePage(
	db: Db,
	user: AuthUser,
	area: UnitRow,
	year: string | undefined
): Promise<SchedulePage> {
	const canPlan = canPlanVisits(user, area);
	const [years, yearCode, areas] = await Promise.all([
		listYears(db),
		resolveYear(db, year),
		listAreaChoices(db, user)
	]);
	const [visits, schools, inspectors] = await Promise.all([
		listVisits(db, { area, yearCode }),
		canPlan
			? db
					.select({ code: table.units.code, name: table.units.name })
					.from(table.units)
					.where(and(eq(table.units.type, 'school'), like(table.units.path, area.path + '%')))
					.orderBy(table.units.name)
			: Promise.resolve([]),
		canPlan ? listInspectorChoices(db, area) : Promise.resolve([])
	]);
	return {
		areas,
		years: years.map((y) => y.code),
		yearCode,
		visits,
		canPlan,
		schools,
		inspectors,
		today: todayVn()
	};
}

/** What the visit form's fields become: an account chosen wins over a typed name. */
export function toVisitInput(form: VisitForm): VisitInput {
	return {
		startDate: form.startDate,
		endDate: form.endDate ?? form.startDate,
		inspectorId: form.inspector ?? null,
		inspectorName: form.inspector ? null : (form.inspectorName ?? null),
		note: form.note ?? null
	};
}
