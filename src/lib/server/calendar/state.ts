// Whether a period is open for a unit, and the calendar's three switches: the system-wide status
// (periods.status, for the top of the tree), an area's closure (a district closes collection for
// its schools) and a school's lock exception (a closed period reopened for one school, with a reason).
import { and, eq, inArray, sql } from 'drizzle-orm';
import { queryRows, type Db } from '../db';
import * as col from '../db/rows';
import * as table from '../db/schema';
import { writeAudit } from '../submissions/events';
import type { UnitRow } from '../units/queries';
import { todayVn } from './dates';
import { decidePeriodState, loadPeriodLocks, type PeriodState } from './open-rule';

export type { PeriodState } from './open-rule';

/** The state of one period for each of these units (schools, usually), by the calendar's one rule. */
export async function periodStatesFor(
	db: Db,
	periodId: number,
	unitIds: number[],
	today: string = todayVn()
): Promise<Map<number, PeriodState>> {
	const out = new Map<number, PeriodState>();
	if (unitIds.length === 0) return out;
	const [period] = await db
		.select({ status: table.periods.status })
		.from(table.periods)
		.where(eq(table.periods.id, periodId));
	if (!period) return out;
	const [units, locks] = await Promise.all([
		db
			.select({ id: table.units.id, path: table.units.path })
			.from(table.units)
			.where(inArray(table.units.id, unitIds)),
		loadPeriodLocks(db, [periodId], today)
	]);
	const closures = locks.closures.get(periodId) ?? [];
	for (const u of units) {
		out.set(
			u.id,
			decidePeriodState({
				status: period.status,
				unitPath: u.path,
				closures,
				exception: locks.exceptions.get(`${periodId}:${u.id}`)
			})
		);
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
				const [above] = await queryRows(
					tx,
					sql`select count(*)::int as n from period_closures c join units a on a.id = c.unit_id
					    where c.period_id = ${periodId} and a.id <> ${area.id} and ${area.path} like a.path || '%'`,
					(r) => col.int(r.n)
				);
				if (period.status === 'closed' || above > 0) return { ok: false, reason: 'closed_above' };
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

export type ExceptionResult =
	{ ok: true } | { ok: false; reason: 'not_closed' | 'reason_required' | 'closed_above' };

/**
 * Reopens a closed period for one school (a lock exception), with a reason; audited. It is granted
 * at `grantedAtUnitId` (the grantor's area; null: the top of the tree) and overrides only closures
 * made at or below that area: what the province closed, only the province reopens.
 */
export async function grantException(
	db: Db,
	input: {
		periodId: number;
		school: UnitRow;
		reason: string;
		until: string | null;
		actorId: string;
		grantedAtUnitId: number | null;
	}
): Promise<ExceptionResult> {
	const reason = input.reason.trim();
	if (reason.length < 5) return { ok: false, reason: 'reason_required' };
	const state = await periodStateFor(db, input.periodId, input.school.id);
	if (state.open && state.reason !== 'exception') return { ok: false, reason: 'not_closed' };
	const [period] = await db.select().from(table.periods).where(eq(table.periods.id, input.periodId));
	const [area] =
		input.grantedAtUnitId === null
			? []
			: await db.select().from(table.units).where(eq(table.units.id, input.grantedAtUnitId));
	const locks = await loadPeriodLocks(db, [input.periodId]);
	const wouldOpen = decidePeriodState({
		status: period?.status ?? 'closed',
		unitPath: input.school.path,
		closures: locks.closures.get(input.periodId) ?? [],
		exception: { areaPath: !area || area.parentId === null ? null : area.path }
	}).open;
	if (!wouldOpen) return { ok: false, reason: 'closed_above' };
	await db.transaction(async (tx) => {
		await tx
			.insert(table.periodExceptions)
			.values({
				periodId: input.periodId,
				unitId: input.school.id,
				reason,
				until: input.until,
				createdBy: input.actorId,
				grantedAtUnitId: input.grantedAtUnitId
			})
			.onConflictDoUpdate({
				target: [table.periodExceptions.periodId, table.periodExceptions.unitId],
				set: {
					reason,
					until: input.until,
					createdBy: input.actorId,
					createdAt: new Date(),
					grantedAtUnitId: input.grantedAtUnitId
				}
			});
		await writeAudit(tx, {
			actorId: input.actorId,
			action: 'period.exception.grant',
			unitId: input.school.id,
			subject: `period:${input.periodId}`,
			after: { school: input.school.code, reason, until: input.until, grantedAt: area?.code ?? null }
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
