// The one rule for "may figures be stored for this unit and period today", used by the calendar
// pages, the reminders and the import alike. Dates are Vietnam's (todayVn), never the database's
// current_date, whose zone is the server's.
import { sql } from 'drizzle-orm';
import { queryRows, type Db } from '../db';
import * as col from '../db/rows';
import type { AuthUser } from '../auth/user';
import { todayVn } from './dates';

export type PeriodState = {
	open: boolean;
	/** exception: closed but reopened for this unit; closed: system-wide; closed_for_area: by an area above (or the unit itself). */
	reason: 'open' | 'exception' | 'closed' | 'closed_for_area';
	closedBy: string | null;
};

/** An area's closure of a period (everything under `path`). */
export type Closure = { unitId: number; path: string; code: string };
/** A live lock exception: granted at an area (`areaPath`), or at the top of the tree (null). */
export type ExceptionGrant = { areaPath: string | null };

export type PeriodLocks = {
	/** Period id → the areas that closed it. */
	closures: Map<number, Closure[]>;
	/** `${periodId}:${unitId}` → the exception reopening it for the unit, if still valid today. */
	exceptions: Map<string, ExceptionGrant>;
};

/**
 * Closed system-wide (periods.status) or by an area above the unit, unless an exception reopens it.
 * An exception overrides only closures made at or below the area that granted it: a district's
 * exception never beats the province's closure; an exception granted at the top beats everything.
 */
export function decidePeriodState(input: {
	status: 'open' | 'closed';
	unitPath: string;
	closures: readonly Closure[];
	exception: ExceptionGrant | undefined;
}): PeriodState {
	const closing = input.closures
		.filter((c) => input.unitPath.startsWith(c.path))
		.sort((a, b) => a.path.length - b.path.length);
	const systemClosed = input.status === 'closed';
	if (!systemClosed && closing.length === 0) return { open: true, reason: 'open', closedBy: null };
	const closedBy = closing[0]?.code ?? null;
	const grant = input.exception;
	const granted =
		!!grant &&
		(grant.areaPath === null || (!systemClosed && closing.every((c) => c.path.startsWith(grant.areaPath!))));
	if (granted) return { open: true, reason: 'exception', closedBy };
	return systemClosed
		? { open: false, reason: 'closed', closedBy: null }
		: { open: false, reason: 'closed_for_area', closedBy };
}

const intList = (ids: number[]) => sql.raw(`(${[...new Set(ids.map(Number))].join(',')})`);

/** Closures and the exceptions still valid on `today` (Vietnam's date) of these periods. */
export async function loadPeriodLocks(
	db: Db,
	periodIds: number[],
	today: string = todayVn()
): Promise<PeriodLocks> {
	const locks: PeriodLocks = { closures: new Map(), exceptions: new Map() };
	if (periodIds.length === 0) return locks;
	const [closures, exceptions] = await Promise.all([
		queryRows(
			db,
			sql`select c.period_id, c.unit_id, a.path, a.code from period_closures c join units a on a.id = c.unit_id
			    where c.period_id in ${intList(periodIds)}`,
			(r) => ({
				periodId: col.int(r.period_id),
				unitId: col.int(r.unit_id),
				path: col.text(r.path),
				code: col.text(r.code)
			})
		),
		// A grantor at the top of the tree (no parent) speaks for the whole system.
		queryRows(
			db,
			sql`select e.period_id, e.unit_id, case when g.parent_id is null then null else g.path end as area_path
			    from period_exceptions e left join units g on g.id = e.granted_at_unit_id
			    where e.period_id in ${intList(periodIds)} and (e.until is null or e.until >= ${today}::date)`,
			(r) => ({
				periodId: col.int(r.period_id),
				unitId: col.int(r.unit_id),
				areaPath: col.textOrNull(r.area_path)
			})
		)
	]);
	for (const r of closures) {
		const list = locks.closures.get(r.periodId) ?? [];
		list.push({ unitId: r.unitId, path: r.path, code: r.code });
		locks.closures.set(r.periodId, list);
	}
	for (const r of exceptions) locks.exceptions.set(`${r.periodId}:${r.unitId}`, { areaPath: r.areaPath });
	return locks;
}

/**
 * The area a user's lock exception is granted at: the highest unit where the user manages the
 * calendar over the school (null for an administrator: the top of the tree).
 */
export function grantingAreaId(user: AuthUser, school: { path: string }): number | null | undefined {
	if (user.assignments.some((a) => a.role === 'admin')) return null;
	const areas = user.assignments
		.filter(
			(a) =>
				(a.role === 'province' || a.role === 'district') && a.unitPath && school.path.startsWith(a.unitPath)
		)
		.sort((a, b) => a.unitPath!.length - b.unitPath!.length);
	return areas[0]?.unitId ?? undefined;
}
