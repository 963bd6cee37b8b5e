import type { Db } from '../db';
import { can } from '../auth/access';
import type { AuthUser } from '../auth/user';
import { listGroupChoices } from '../calendar/area';
import { choosePeriod } from '../calendar/choose-period';
import { todayVn } from '../calendar/dates';
import type { PeriodInfo } from '../calendar/queries';
import type { UnitRow } from '../units/queries';
import { buildWorklist, type Worklist, type WorklistFilters } from './worklist';
import { listExplanationsByCode, type Explanation } from '../explanations/queries';
import { listVisits, type Visit } from './schedule';

export type WorklistPage = {
	areas: { code: string; name: string; type: string }[];
	years: string[];
	yearCode: string;
	periods: PeriodInfo[];
	groups: { code: string; name: string; kind: string }[];
	worklist: Worklist | null;
	canRecord: boolean;
	/** The schools' explanations (giải trình) at the period, by school code. */
	explanations: Record<string, Explanation[]>;
	/** The year's planned inspection visits under the area. */
	visits: Visit[];
};

/** The worklist's default period: the shared rule (calendar/default-period.ts) over the year's periods. */
export async function loadWorklistPage(
	db: Db,
	user: AuthUser,
	area: UnitRow,
	query: { year?: string; period?: string; filters: WorklistFilters }
): Promise<WorklistPage> {
	const today = todayVn();
	const [{ areas, years, yearCode, periods, period }, groups] = await Promise.all([
		choosePeriod(db, user, query, today),
		listGroupChoices(db, area)
	]);
	const [worklist, explained, visits] = await Promise.all([
		period
			? buildWorklist(db, { area, yearCode, periodKey: period.key, filters: query.filters, today })
			: Promise.resolve(null),
		period
			? listExplanationsByCode(db, { unitCode: area.code, yearCode, periodKey: period.key })
			: Promise.resolve(null),
		listVisits(db, { area, yearCode })
	]);
	const explanations: Record<string, Explanation[]> = {};
	for (const e of explained ?? []) (explanations[e.unitCode] ??= []).push(e);
	return {
		areas,
		years: years.map((y) => y.code),
		yearCode,
		periods,
		groups,
		worklist,
		canRecord: can(user, 'record_finding', area),
		explanations,
		visits
	};
}
