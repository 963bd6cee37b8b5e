// Whether a period is open for a unit, and the calendar's three switches: the system-wide status
// (periods.status, for the top of the tree), an area's closure (a district closes collection for
// its schools) and a school's lock exception (a closed period reopened for one school, with a reason).
import { and, eq, inArray, sql } from 'drizzle-orm';
import { queryRows, type Db } from '../db';
import * as table from '../db/schema';
import { writeAudit } from '../submissions/events';
import type { UnitRow } from '../units/queries';
import { todayVn } from './dates';

export type PeriodState = {
	open: boolean;
	/** exception: closed but reopened for this unit; closed: system-wide; closed_for_area: by an area above (or the unit itself). */
	reason: 'open' | 'exception' | 'closed' | 'closed_for_area';
	closedBy: string | null;
};

/** The state of one period for each of these units (schools, usually). */
export async function periodStatesFor(
	db: Db,
	periodId: number,
	unitIds: number[]
): Promise<Map<number, PeriodState>> {
	const out = new Map<number, PeriodState>();
	if (unitIds.length === 0) return out;
	const today = todayVn();
	const rows = await queryRows<{
		unit_id: number;
		status: string;
		exception: boolean;
		closed_by: string | null;
	}>(
		db,
		sql`select u.id as unit_id, p.status,
		  exists (select 1 from period_exceptions e where e.period_id = p.id and e.unit_id = u.id
		          and (e.until is null or e.until >= ${today}::date)) as exception,
		  (select a.code from period_closures c join units a on a.id = c.unit_id
		    where c.period_id = p.id and u.path like a.path || '%' order by a.depth limit 1) as closed_by
		from units u cross join periods p
		where p.id = ${periodId} and u.id in ${sql.raw(`(${unitIds.map(Number).join(',')})`)}`
	);
	for (const r of rows) {
		const state: PeriodState = r.exception
			? { open: true, reason: 'exception', closedBy: r.closed_by }
			: r.status === 'closed'
				? { open: false, reason: 'closed', closedBy: null }
				: r.closed_by
					? { open: false, reason: 'closed_for_area', closedBy: r.closed_by }
					: { open: true, reason: 'open', closedBy: null };
		out.set(Number(r.unit_id), state);
	}
	return out;
}

/** The state of several periods for one unit (a school's reminders). */
export async function periodStatesForUnit(
	db: Db,
	unitId: number,
	periodIds: number[]
): Promise<Map<number, PeriodState>> {
	const out = new Map<number, PeriodState>();
	for (const periodId of periodIds) {
		const state = (await periodStatesFor(db, periodId, [unitId])).get(unitId);
		if (state) out.set(periodId, state);
	}
	return out;
}

/** May figures be stored for this unit and period now? (the import service's check) */
export async function periodStateFor(db: Db, periodId: number, unitId: number): Promise<PeriodState> {
	return (
		(await periodStatesFor(db, periodId, [unitId])).get(unitId) ?? {
			open: false,
			reason: 'closed',
			closedBy: null
		}
	);
}

export type SwitchResult = { ok: true; changed: boolean } | { ok: false; reason: 'closed_above' };

/**
 * Opens or closes a period for an area. At the top of the tree (no parent) it is the system-wide
 * status; below, a closure row of that area. An area cannot open what is closed above it.
 */
export async function setPeriodOpen(
	db: Db,
	input: { periodId: number; area: UnitRow; open: boolean; actorId: string }
): Promise<SwitchResult> {
	return db.transaction(async (tx) => {
		const { periodId, area, open, actorId } = input;
		const [period] = await tx
			.select()
			.from(table.periods)
			.where(eq(table.periods.id, periodId))
			.for('update');
		if (!period) throw new Error(`period ${periodId} not found`);
		let changed = false;
		if (area.parentId === null) {
			const status = open ? 'open' : 'closed';
			changed = period.status !== status;
			if (changed) await tx.update(table.periods).set({ status }).where(eq(table.periods.id, periodId));
		} else {
			if (open) {
				const above = await queryRows<{ n: number }>(
					tx,
					sql`select count(*)::int as n from period_closures c join units a on a.id = c.unit_id
					    where c.period_id = ${periodId} and a.id <> ${area.id} and ${area.path} like a.path || '%'`
				);
				if (period.status === 'closed' || Number(above[0]?.n) > 0)
					return { ok: false, reason: 'closed_above' };
				const gone = await tx
					.delete(table.periodClosures)
					.where(and(eq(table.periodClosures.periodId, periodId), eq(table.periodClosures.unitId, area.id)))
					.returning({ id: table.periodClosures.id });
				changed = gone.length > 0;
			} else {
				const made = await tx
					.insert(table.periodClosures)
					.values({ periodId, unitId: area.id, closedBy: actorId })
					.onConflictDoNothing()
					.returning({ id: table.periodClosures.id });
				changed = made.length > 0;
			}
		}
		if (changed) {
			await writeAudit(tx, {
				actorId,
				action: open ? 'period.open' : 'period.close',
				unitId: area.id,
				subject: `period:${periodId}`,
				after: { period: period.key, area: area.code, scope: area.parentId === null ? 'system' : 'area' }
			});
		}
		return { ok: true, changed };
	});
}

export type ExceptionResult = { ok: true } | { ok: false; reason: 'not_closed' | 'reason_required' };

/** Reopens a closed period for one school (a lock exception), with a reason; audited. */
export async function grantException(
	db: Db,
	input: { periodId: number; school: UnitRow; reason: string; until: string | null; actorId: string }
): Promise<ExceptionResult> {
	const reason = input.reason.trim();
	if (reason.length < 5) return { ok: false, reason: 'reason_required' };
	const state = await periodStateFor(db, input.periodId, input.school.id);
	if (state.open && state.reason !== 'exception') return { ok: false, reason: 'not_closed' };
	await db.transaction(async (tx) => {
		await tx
			.insert(table.periodExceptions)
			.values({
				periodId: input.periodId,
				unitId: input.school.id,
				reason,
				until: input.until,
				createdBy: input.actorId
			})
			.onConflictDoUpdate({
				target: [table.periodExceptions.periodId, table.periodExceptions.unitId],
				set: { reason, until: input.until, createdBy: input.actorId, createdAt: new Date() }
			});
		await writeAudit(tx, {
			actorId: input.actorId,
			action: 'period.exception.grant',
			unitId: input.school.id,
			subject: `period:${input.periodId}`,
			after: { school: input.school.code, reason, until: input.until }
		});
	});
	return { ok: true };
}

export async function revokeException(
	db: Db,
	input: { periodId: number; school: UnitRow; actorId: string }
): Promise<boolean> {
	return db.transaction(async (tx) => {
		const gone = await tx
			.delete(table.periodExceptions)
			.where(
				and(
					eq(table.periodExceptions.periodId, input.periodId),
					eq(table.periodExceptions.unitId, input.school.id)
				)
			)
			.returning();
		if (gone.length === 0) return false;
		await writeAudit(tx, {
			actorId: input.actorId,
			action: 'period.exception.revoke',
			unitId: input.school.id,
			subject: `period:${input.periodId}`,
			before: { school: input.school.code, reason: gone[0].reason, until: gone[0].until }
		});
		return true;
	});
}

export type ExceptionRow = {
	periodId: number;
	schoolCode: string;
	schoolName: string;
	reason: string;
	until: string | null;
	createdAt: Date;
	createdBy: string | null;
};

/** Lock exceptions granted to schools under an area, for these periods. */
export async function listExceptions(db: Db, area: UnitRow, periodIds: number[]): Promise<ExceptionRow[]> {
	if (periodIds.length === 0) return [];
	return db
		.select({
			periodId: table.periodExceptions.periodId,
			schoolCode: table.units.code,
			schoolName: table.units.name,
			reason: table.periodExceptions.reason,
			until: table.periodExceptions.until,
			createdAt: table.periodExceptions.createdAt,
			createdBy: table.users.displayName
		})
		.from(table.periodExceptions)
		.innerJoin(table.units, eq(table.units.id, table.periodExceptions.unitId))
		.leftJoin(table.users, eq(table.users.id, table.periodExceptions.createdBy))
		.where(
			and(
				inArray(table.periodExceptions.periodId, periodIds),
				sql`${table.units.path} like ${area.path + '%'}`
			)
		);
}

/** Area closures of these periods that concern `area` (on it or above it). */
export async function listClosures(
	db: Db,
	area: UnitRow,
	periodIds: number[]
): Promise<{ periodId: number; unitCode: string; unitName: string; own: boolean }[]> {
	if (periodIds.length === 0) return [];
	const rows = await db
		.select({
			periodId: table.periodClosures.periodId,
			unitId: table.units.id,
			unitCode: table.units.code,
			unitName: table.units.name
		})
		.from(table.periodClosures)
		.innerJoin(table.units, eq(table.units.id, table.periodClosures.unitId))
		.where(
			and(
				inArray(table.periodClosures.periodId, periodIds),
				sql`${area.path} like ${table.units.path} || '%'`
			)
		);
	return rows.map((r) => ({
		periodId: r.periodId,
		unitCode: r.unitCode,
		unitName: r.unitName,
		own: r.unitId === area.id
	}));
}
