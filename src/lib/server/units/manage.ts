// Adding, renaming, moving, closing and reopening one unit by hand (the unit's own page), each change
// in one transaction with its audit_log row. Expected refusals are outcomes, never exceptions.
import { and, eq, gte, isNull, like, ne, or } from 'drizzle-orm';
import type { Db } from '../db';
import * as table from '../db/schema';
import { can, rootsFor } from '../auth/access';
import type { AuthUser } from '../auth/user';
import { recordAudit } from '../auth/audit';
import type { MoveInput, NewUnitInput, UnitDetailsInput } from '../../schemas/units';
import { findUnitByCode, type UnitRow } from './queries';
import { insertUnits } from './store';
import { moveUnitFrom } from './placement';

export type UnitRefusal =
	| 'forbidden'
	| 'code_taken'
	| 'unknown_parent'
	| 'parent_school'
	| 'parent_in_subtree'
	| 'parent_closed'
	| 'same_parent'
	| 'root'
	| 'closed'
	| 'not_closed'
	| 'before_opening'
	| 'open_children'
	| 'not_school'
	| 'unknown_into'
	| 'into_self'
	| 'into_closed';

export type ChangeOutcome = { ok: true } | { ok: false; reason: UnitRefusal };

const refuse = (reason: UnitRefusal): ChangeOutcome => ({ ok: false, reason });

/**
 * May the user change this unit? `manage_units` over it, and for province and district leaders a
 * unit strictly under their own (their own unit is changed by whoever is above it).
 */
export function mayManageUnit(user: AuthUser | null, unit: { path: string; type?: string }): boolean {
	if (!can(user, 'manage_units', unit)) return false;
	const roots = rootsFor(user, 'manage_units');
	return roots.all || roots.paths.some((p) => unit.path.startsWith(p) && unit.path !== p);
}

function shiftDay(day: string, by: number): string {
	const d = new Date(`${day}T00:00:00Z`);
	d.setUTCDate(d.getUTCDate() + by);
	return d.toISOString().slice(0, 10);
}
/** The ISO day before `day` (closing "from" a day stores the last open one). */
export const dayBefore = (day: string) => shiftDay(day, -1);
export const dayAfter = (day: string) => shiftDay(day, 1);

/** Open on `day`: opened by then and not closed before it. */
export function isOpenOn(unit: Pick<UnitRow, 'activeFrom' | 'activeTo'>, day: string): boolean {
	if (unit.activeFrom && unit.activeFrom > day) return false;
	return !unit.activeTo || unit.activeTo >= day;
}

function snapshot(u: UnitRow, parentCode: string | null) {
	return {
		code: u.code,
		name: u.name,
		type: u.type,
		parentCode,
		schoolLevel: u.schoolLevel,
		ownership: u.ownership,
		ministryCode: u.ministryCode,
		address: u.address,
		contactName: u.contactName,
		contactPhone: u.contactPhone,
		activeFrom: u.activeFrom,
		activeTo: u.activeTo
	};
}

async function parentCodeOf(db: Db, unit: UnitRow): Promise<string | null> {
	if (unit.parentId === null) return null;
	const [p] = await db
		.select({ code: table.units.code })
		.from(table.units)
		.where(eq(table.units.id, unit.parentId));
	return p?.code ?? null;
}

/** A parent a unit may be put under on `day` (a new unit: day null). */
function checkParent(user: AuthUser, parent: UnitRow | null, day: string | null): UnitRefusal | null {
	if (!parent) return 'unknown_parent';
	if (!can(user, 'manage_units', parent)) return 'forbidden';
	if (parent.type === 'school') return 'parent_school';
	if (day && !isOpenOn(parent, day)) return 'parent_closed';
	if (!day && parent.activeTo) return 'parent_closed';
	return null;
}

/** The details form's fields as stored: level and ownership only for a school. */
function pickDetails(type: string, input: UnitDetailsInput) {
	const school = type === 'school';
	return {
		name: input.name,
		schoolLevel: school ? (input.schoolLevel as UnitRow['schoolLevel']) : null,
		ownership: school ? (input.ownership as UnitRow['ownership']) : null,
		ministryCode: input.ministryCode,
		address: input.address,
		contactName: input.contactName,
		contactPhone: input.contactPhone
	};
}

export async function createUnit(db: Db, user: AuthUser, input: NewUnitInput): Promise<ChangeOutcome> {
	return db.transaction(async (tx) => {
		if (await findUnitByCode(tx, input.code)) return refuse('code_taken');
		const parent = await findUnitByCode(tx, input.parentCode);
		const problem = checkParent(user, parent, input.activeFrom);
		if (problem) return refuse(problem);
		const values = {
			code: input.code,
			type: input.type,
			parentCode: input.parentCode,
			...pickDetails(input.type, input),
			activeFrom: input.activeFrom
		};
		const ids = await insertUnits(tx, [values]);
		await recordAudit(tx, {
			actorId: user.id,
			action: 'unit.create',
			subject: input.code,
			unitId: ids.get(input.code) ?? null,
			after: values
		});
		return { ok: true };
	});
}

export async function updateUnitDetails(
	db: Db,
	user: AuthUser,
	unit: UnitRow,
	input: UnitDetailsInput
): Promise<ChangeOutcome> {
	if (!mayManageUnit(user, unit)) return refuse('forbidden');
	const fields = pickDetails(unit.type, input);
	return db.transaction(async (tx) => {
		const parentCode = await parentCodeOf(tx, unit);
		await tx.update(table.units).set(fields).where(eq(table.units.id, unit.id));
		await recordAudit(tx, {
			actorId: user.id,
			action: 'unit.update',
			subject: unit.code,
			unitId: unit.id,
			before: snapshot(unit, parentCode),
			after: snapshot({ ...unit, ...fields }, parentCode)
		});
		return { ok: true };
	});
}

/** Under a new parent from `from`; years that began before keep the old place (placement.ts). */
export async function moveUnit(
	db: Db,
	user: AuthUser,
	unit: UnitRow,
	input: MoveInput
): Promise<ChangeOutcome> {
	if (!mayManageUnit(user, unit)) return refuse('forbidden');
	if (unit.parentId === null) return refuse('root');
	if (unit.activeTo && unit.activeTo < input.from) return refuse('closed');
	return db.transaction(async (tx) => {
		const parent = await findUnitByCode(tx, input.parentCode);
		const problem = checkParent(user, parent, input.from);
		if (problem) return refuse(problem);
		if (parent!.id === unit.parentId) return refuse('same_parent');
		if (parent!.path.startsWith(unit.path)) return refuse('parent_in_subtree');
		const before = await parentCodeOf(tx, unit);
		await moveUnitFrom(tx, unit, parent!, input.from);
		await recordAudit(tx, {
			actorId: user.id,
			action: 'unit.move',
			subject: unit.code,
			unitId: unit.id,
			before: { parentCode: before, path: unit.path },
			after: { parentCode: parent!.code, path: `${parent!.path}${unit.id}/`, from: input.from }
		});
		return { ok: true };
	});
}

/** Units under `unit` still open on `day` (an area closes after its units are moved or closed). */
async function countOpenUnder(db: Db, unit: UnitRow, day: string): Promise<number> {
	const u = table.units;
	return db.$count(
		u,
		and(like(u.path, unit.path + '%'), ne(u.id, unit.id), or(isNull(u.activeTo), gte(u.activeTo, day)))
	);
}

/** Closed from `from` (its last open day is the day before); kept, with its figures and history. */
export async function closeUnit(db: Db, user: AuthUser, unit: UnitRow, from: string): Promise<ChangeOutcome> {
	if (!mayManageUnit(user, unit)) return refuse('forbidden');
	if (unit.activeTo) return refuse('closed');
	if (unit.activeFrom && unit.activeFrom >= from) return refuse('before_opening');
	return db.transaction(async (tx) => {
		if ((await countOpenUnder(tx, unit, from)) > 0) return refuse('open_children');
		const activeTo = dayBefore(from);
		await tx.update(table.units).set({ activeTo }).where(eq(table.units.id, unit.id));
		await recordAudit(tx, {
			actorId: user.id,
			action: 'unit.close',
			subject: unit.code,
			unitId: unit.id,
			before: { activeTo: null },
			after: { activeTo, from }
		});
		return { ok: true };
	});
}

/** Open again (a closure or merge made by mistake); accounts disabled by a merge stay disabled. */
export async function reopenUnit(db: Db, user: AuthUser, unit: UnitRow): Promise<ChangeOutcome> {
	if (!mayManageUnit(user, unit)) return refuse('forbidden');
	if (!unit.activeTo) return refuse('not_closed');
	return db.transaction(async (tx) => {
		await tx
			.update(table.units)
			.set({ activeTo: null, mergedIntoId: null })
			.where(and(eq(table.units.id, unit.id)));
		await recordAudit(tx, {
			actorId: user.id,
			action: 'unit.reopen',
			subject: unit.code,
			unitId: unit.id,
			before: { activeTo: unit.activeTo, mergedIntoId: unit.mergedIntoId },
			after: { activeTo: null }
		});
		return { ok: true };
	});
}
