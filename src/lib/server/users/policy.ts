import { can, canSomewhere, type UnitRef } from '../auth/access';
import { ROLES, type AuthUser, type Role } from '../auth/user';

export type UnitType = 'province' | 'district' | 'commune' | 'school';

/** The kinds of unit each role may be assigned to (admin: none, the role covers everything). */
export const UNIT_TYPES_FOR_ROLE: Record<Role, UnitType[]> = {
	admin: [],
	province: ['province', 'district', 'commune'],
	district: ['district', 'commune'],
	inspector: ['province', 'district', 'commune'],
	school: ['school']
};

function isAdmin(user: AuthUser): boolean {
	return user.assignments.some((a) => a.role === 'admin');
}

/** Administrators manage every account; district leaders only school accounts under them. */
export function assignableRoles(actor: AuthUser): Role[] {
	if (actor.disabled) return [];
	if (isAdmin(actor)) return [...ROLES];
	return canSomewhere(actor, 'manage_users') ? ['school'] : [];
}

export type AssignmentCheck = 'ok' | 'forbidden' | 'unit_required' | 'unit_not_allowed' | 'wrong_unit_type';

/** May `actor` give someone `role` at `unit`? (`unit` null: no unit, only for admin.) */
export function checkAssignment(
	actor: AuthUser,
	role: Role,
	unit: (UnitRef & { type: string }) | null
): AssignmentCheck {
	if (!assignableRoles(actor).includes(role)) return 'forbidden';
	if (role === 'admin') return unit ? 'unit_not_allowed' : 'ok';
	if (!unit) return 'unit_required';
	if (!can(actor, 'manage_users', unit)) return 'forbidden';
	if (!UNIT_TYPES_FOR_ROLE[role].includes(unit.type as UnitType)) return 'wrong_unit_type';
	return 'ok';
}

export type ManagedAssignment = { role: Role; unitPath: string | null; unitType: string | null };

/**
 * May `actor` change the account holding these assignments? Only if every one of them is something
 * the actor could have assigned: a district leader never touches an account that is also a
 * district, inspector or admin account, nor one with a school outside its area.
 */
export function canManageAccount(actor: AuthUser, target: { id: string; assignments: ManagedAssignment[] }) {
	if (actor.disabled) return false;
	if (isAdmin(actor)) return true;
	if (target.id === actor.id || target.assignments.length === 0) return false;
	return target.assignments.every(
		(a) =>
			a.unitPath !== null &&
			checkAssignment(actor, a.role, { path: a.unitPath, type: a.unitType ?? '' }) === 'ok'
	);
}
