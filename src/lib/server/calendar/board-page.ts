// Everything the completeness board shows for an area: the pickers, the board itself, the deadline
// watch, and the roll-up (the area's own, or its districts' for a province).
import { and, eq, inArray } from 'drizzle-orm';
import type { Db } from '../db';
import * as table from '../db/schema';
import { can } from '../auth/access';
import type { AuthUser } from '../auth/user';
import type { UnitRow } from '../units/queries';
import { choosePeriod } from './choose-period';
import { computeCompletenessFor, type Completeness, type SchoolFilters } from './board';
import { todayVn } from './dates';
import type { PeriodInfo } from './queries';
import { listDeadlineWatch, type WatchItem } from './reminders';

export type RollupStatus = {
	unitCode: string;
	submissionId: number | null;
	status: string | null;
	submittedAt: Date | null;
};

export type BoardPage = {
	areas: { code: string; name: string; type: string }[];
	years: string[];
	periods: PeriodInfo[];
	yearCode: string;
	board: Completeness | null;
	watch: WatchItem[];
	/** The area's own roll-up (districts), and its child districts' (province). */
	rollup: RollupStatus | null;
	childRollups: RollupStatus[];
	can: { review: boolean; sendRollup: boolean; approveRollup: boolean; manageCalendar: boolean };
};

async function rollups(
	db: Db,
	unitIds: number[],
	periodId: number
): Promise<Map<number, RollupStatus & { unitId: number }>> {
	if (unitIds.length === 0) return new Map();
	const rows = await db
		.select({
			id: table.submissions.id,
			unitId: table.submissions.unitId,
			code: table.units.code,
			status: table.submissions.status,
			submittedAt: table.submissions.submittedAt
		})
		.from(table.submissions)
		.innerJoin(table.units, eq(table.units.id, table.submissions.unitId))
		.where(and(eq(table.submissions.periodId, periodId), inArray(table.submissions.unitId, unitIds)));
	return new Map(
		rows.map((r) => [
			r.unitId,
			{ unitId: r.unitId, unitCode: r.code, submissionId: r.id, status: r.status, submittedAt: r.submittedAt }
		])
	);
}

export async function loadBoardPage(
	db: Db,
	user: AuthUser,
	area: UnitRow,
	query: { year?: string; period?: string; filters?: SchoolFilters }
): Promise<BoardPage> {
	const today = todayVn();
	const [{ areas, years, yearCode, periods, period }, watch] = await Promise.all([
		choosePeriod(db, user, query, today),
		listDeadlineWatch(db, area, { today })
	]);
	const board = period
		? await computeCompletenessFor(db, area, period, { filters: query.filters, today })
		: null;
	const childDistricts = await db
		.select({ id: table.units.id, code: table.units.code })
		.from(table.units)
		.where(and(eq(table.units.parentId, area.id), eq(table.units.type, 'district')));
	const found = period
		? await rollups(db, [area.id, ...childDistricts.map((d) => d.id)], period.id)
		: new Map();
	const none = (code: string): RollupStatus => ({
		unitCode: code,
		submissionId: null,
		status: null,
		submittedAt: null
	});
	return {
		areas,
		years: years.map((y) => y.code),
		periods,
		yearCode,
		board,
		watch,
		rollup: area.type === 'district' ? (found.get(area.id) ?? none(area.code)) : null,
		childRollups: childDistricts.map((d) => found.get(d.id) ?? none(d.code)),
		can: {
			review: can(user, 'review_submission', area),
			sendRollup: area.type === 'district' && can(user, 'submit_figures', area),
			approveRollup: can(user, 'approve_rollup', area),
			manageCalendar: can(user, 'manage_calendar', area)
		}
	};
}
