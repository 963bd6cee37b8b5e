import { and, eq, isNull } from 'drizzle-orm';
import type { Db } from '../db';
import * as table from '../db/schema';
import { recordAudit } from '../auth/audit';
import { hashPassword } from '../auth/password';
import { invalidateUserSessions } from '../auth/session';
import { revokeUserTokens } from '../auth/api-tokens';
import { generateSecret } from '../auth/tokens';
import type { AuthUser, Role } from '../auth/user';
import { findUnitByCode } from '../units/queries';
import { canManageAccount, checkAssignment, type AssignmentCheck } from './policy';
import { pickAccountFields, type UserSummary } from './queries';
import { generateTemporaryPassword } from './temporary-password';

type Refusal<R extends string> = { ok: false; reason: R };
export type AssignmentRefusal = Exclude<AssignmentCheck, 'ok'> | 'unknown_unit';

/** What the audit log keeps of an account: never a password hash. */
function snapshot(user: UserSummary) {
	return {
		...pickAccountFields(user),
		roles: user.assignments.map((a) => ({ role: a.role, unit: a.unitCode }))
	};
}

function firstUnitId(user: UserSummary): number | null {
	return user.assignments.find((a) => a.unitId !== null)?.unitId ?? null;
}

async function resolveAssignment(
	db: Db,
	actor: AuthUser,
	role: Role,
	unitCode: string | null
): Promise<{ ok: true; unitId: number | null; unitCode: string | null } | Refusal<AssignmentRefusal>> {
	const unit = unitCode ? await findUnitByCode(db, unitCode) : null;
	if (unitCode && !unit) return { ok: false, reason: 'unknown_unit' };
	const check = checkAssignment(actor, role, unit);
	if (check !== 'ok') return { ok: false, reason: check };
	return { ok: true, unitId: unit?.id ?? null, unitCode: unit?.code ?? null };
}

export type NewUser = {
	username: string;
	displayName: string;
	email: string | null;
	phone: string | null;
	role: Role;
	unit: string | null;
};

/** Creates an account with a temporary password (returned once) that must be changed at sign-in. */
export async function createUser(
	db: Db,
	actor: AuthUser,
	input: NewUser
): Promise<{ ok: true; username: string; password: string } | Refusal<AssignmentRefusal | 'username_taken'>> {
	const assignment = await resolveAssignment(db, actor, input.role, input.unit);
	if (!assignment.ok) return assignment;
	const username = input.username.toLowerCase();
	const [taken] = await db
		.select({ id: table.users.id })
		.from(table.users)
		.where(eq(table.users.username, username));
	if (taken) return { ok: false, reason: 'username_taken' };
	const password = generateTemporaryPassword();
	const passwordHash = await hashPassword(password);
	const id = `u-${generateSecret()}`;
	await db.transaction(async (tx) => {
		const values = { username, displayName: input.displayName, email: input.email, phone: input.phone };
		await tx.insert(table.users).values({ id, ...values, passwordHash, mustChangePassword: true });
		await tx
			.insert(table.roleAssignments)
			.values({ userId: id, role: input.role, unitId: assignment.unitId });
		await recordAudit(tx, {
			actorId: actor.id,
			action: 'user.create',
			subject: username,
			unitId: assignment.unitId,
			after: {
				...values,
				disabled: false,
				mustChangePassword: true,
				roles: [{ role: input.role, unit: assignment.unitCode }]
			}
		});
	});
	return { ok: true, username, password };
}

export type ProfileChange = { displayName: string; email: string | null; phone: string | null };

export async function updateProfile(
	db: Db,
	actor: AuthUser,
	target: UserSummary,
	change: ProfileChange
): Promise<{ ok: true } | Refusal<'forbidden'>> {
	if (!canManageAccount(actor, target)) return { ok: false, reason: 'forbidden' };
	await db.transaction(async (tx) => {
		await tx.update(table.users).set(change).where(eq(table.users.id, target.id));
		await recordAudit(tx, {
			actorId: actor.id,
			action: 'user.update',
			subject: target.username,
			unitId: firstUnitId(target),
			before: snapshot(target),
			after: snapshot({ ...target, ...change })
		});
	});
	return { ok: true };
}

/** Adds a role at a unit; adding one the account already has changes nothing. */
export async function addRole(
	db: Db,
	actor: AuthUser,
	target: UserSummary,
	role: Role,
	unitCode: string | null
): Promise<{ ok: true } | Refusal<AssignmentRefusal>> {
	if (!canManageAccount(actor, target)) return { ok: false, reason: 'forbidden' };
	const assignment = await resolveAssignment(db, actor, role, unitCode);
	if (!assignment.ok) return assignment;
	if (target.assignments.some((a) => a.role === role && a.unitId === assignment.unitId)) return { ok: true };
	await db.transaction(async (tx) => {
		await tx.insert(table.roleAssignments).values({ userId: target.id, role, unitId: assignment.unitId });
		const added = {
			role,
			unitId: assignment.unitId,
			unitCode: assignment.unitCode,
			unitName: null,
			unitPath: null,
			unitType: null
		};
		await recordAudit(tx, {
			actorId: actor.id,
			action: 'user.role_add',
			subject: target.username,
			unitId: assignment.unitId,
			before: snapshot(target),
			after: snapshot({ ...target, assignments: [...target.assignments, added] })
		});
	});
	return { ok: true };
}

/** Removes a role; the last one stays (disable the account instead), and nobody demotes themselves. */
export async function removeRole(
	db: Db,
	actor: AuthUser,
	target: UserSummary,
	role: Role,
	unitCode: string | null
): Promise<{ ok: true } | Refusal<'forbidden' | 'last_role' | 'self'>> {
	if (!canManageAccount(actor, target)) return { ok: false, reason: 'forbidden' };
	const existing = target.assignments.find((a) => a.role === role && a.unitCode === unitCode);
	if (!existing) return { ok: true };
	if (target.id === actor.id) return { ok: false, reason: 'self' };
	if (target.assignments.length === 1) return { ok: false, reason: 'last_role' };
	const unitId = existing.unitId;
	await db.transaction(async (tx) => {
		await tx
			.delete(table.roleAssignments)
			.where(
				and(
					eq(table.roleAssignments.userId, target.id),
					eq(table.roleAssignments.role, role),
					unitId === null ? isNull(table.roleAssignments.unitId) : eq(table.roleAssignments.unitId, unitId)
				)
			);
		await recordAudit(tx, {
			actorId: actor.id,
			action: 'user.role_remove',
			subject: target.username,
			unitId,
			before: snapshot(target),
			after: snapshot({ ...target, assignments: target.assignments.filter((a) => a !== existing) })
		});
	});
	return { ok: true };
}

/** A new temporary password (returned once): every session and API token ends and the user must change it. */
export async function resetPassword(
	db: Db,
	actor: AuthUser,
	target: UserSummary
): Promise<{ ok: true; password: string } | Refusal<'forbidden' | 'self'>> {
	if (!canManageAccount(actor, target)) return { ok: false, reason: 'forbidden' };
	if (target.id === actor.id) return { ok: false, reason: 'self' };
	const password = generateTemporaryPassword();
	const passwordHash = await hashPassword(password);
	await db.transaction(async (tx) => {
		await tx
			.update(table.users)
			.set({ passwordHash, mustChangePassword: true })
			.where(eq(table.users.id, target.id));
		await invalidateUserSessions(tx, target.id);
		const tokensRevoked = await revokeUserTokens(tx, target.id);
		await recordAudit(tx, {
			actorId: actor.id,
			action: 'user.password_reset',
			subject: target.username,
			unitId: firstUnitId(target),
			before: { mustChangePassword: target.mustChangePassword },
			after: { mustChangePassword: true, ...(tokensRevoked ? { tokensRevoked } : {}) }
		});
	});
	return { ok: true, password };
}

/** Disabling ends every session; the account's API tokens stop working while it is disabled. */
export async function setDisabled(
	db: Db,
	actor: AuthUser,
	target: UserSummary,
	disabled: boolean
): Promise<{ ok: true } | Refusal<'forbidden' | 'self'>> {
	if (!canManageAccount(actor, target)) return { ok: false, reason: 'forbidden' };
	if (target.id === actor.id) return { ok: false, reason: 'self' };
	if (target.disabled === disabled) return { ok: true };
	await db.transaction(async (tx) => {
		await tx.update(table.users).set({ disabled }).where(eq(table.users.id, target.id));
		if (disabled) await invalidateUserSessions(tx, target.id);
		await recordAudit(tx, {
			actorId: actor.id,
			action: disabled ? 'user.disable' : 'user.enable',
			subject: target.username,
			unitId: firstUnitId(target),
			before: { disabled: target.disabled },
			after: { disabled }
		});
	});
	return { ok: true };
}
