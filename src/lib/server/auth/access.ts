import type { AuthUser, Role } from './user';

/** Everything a user may try to do; one table below decides who may do it where. */
export type Action =
	| 'read' // figures, targets, charts, submissions of the unit
	| 'submit_figures' // upload or enter figures for a school
	| 'edit_targets' // plans and targets of the unit
	| 'review_submission' // approve / return / reopen a school's submission
	| 'approve_rollup' // approve a district's roll-up (province)
	| 'manage_calendar' // open/close periods, lock exceptions
	| 'record_finding' // inspectors' visits and findings
	| 'respond_finding' // a school answering the findings on it
	| 'manage_users' // accounts within the unit's subtree
	| 'manage_units' // create, rename, move units under the unit (the school list import)
	| 'administer'; // units, catalogue, school years (whole system)

export type UnitRef = { path: string; type?: string };

const ROLE_ACTIONS: Record<Role, Action[]> = {
	admin: [
		'read',
		'submit_figures',
		'edit_targets',
		'review_submission',
		'approve_rollup',
		'manage_calendar',
		'record_finding',
		'respond_finding',
		'manage_users',
		'manage_units',
		'administer'
	],
	province: [
		'read',
		'edit_targets',
		'review_submission',
		'approve_rollup',
		'manage_calendar',
		'manage_units'
	],
	district: [
		'read',
		'submit_figures',
		'edit_targets',
		'review_submission',
		'manage_calendar',
		'manage_users',
		'manage_units'
	],
	inspector: ['read', 'record_finding'],
	school: ['read', 'submit_figures', 'respond_finding']
};

function covers(assignmentPath: string | null, unit: UnitRef | null): boolean {
	if (!unit) return false;
	if (!assignmentPath) return false;
	return unit.path.startsWith(assignmentPath);
}

/**
 * May `user` do `action` on `unit` (and, by the tree, on everything under it)?
 * Admin may do everything everywhere; everyone else only under an assigned unit.
 */
export function can(user: AuthUser | null, action: Action, unit: UnitRef | null): boolean {
	if (!user || user.disabled) return false;
	for (const a of user.assignments) {
		if (!ROLE_ACTIONS[a.role].includes(action)) continue;
		if (a.role === 'admin') return true;
		// A school's account acts only for a school, never for the district above it.
		if (a.role === 'school' && action === 'submit_figures' && unit?.type && unit.type !== 'school') continue;
		if (covers(a.unitPath, unit)) return true;
	}
	return false;
}

/**
 * The answer for a thing that lives at `unit` (a submission, a finding): 404 when it does not exist
 * or lies outside what the user may read (its existence is none of their business), 403 when they
 * may read it but not do `action`.
 */
export function accessStatus(user: AuthUser | null, action: Action, unit: UnitRef | null): 200 | 403 | 404 {
	if (!unit || !can(user, 'read', unit)) return 404;
	return can(user, action, unit) ? 200 : 403;
}

/** May the user do `action` anywhere at all (for showing a menu entry)? */
export function canSomewhere(user: AuthUser | null, action: Action): boolean {
	return !!user && !user.disabled && user.assignments.some((a) => ROLE_ACTIONS[a.role].includes(action));
}

export function hasRole(user: AuthUser | null, role: Role): boolean {
	return !!user && user.assignments.some((a) => a.role === role);
}

/** The units at the top of where the user may do `action` (`all` for administrators). */
export function rootsFor(user: AuthUser | null, action: Action): { all: boolean; paths: string[] } {
	if (!user || user.disabled) return { all: false, paths: [] };
	const granting = user.assignments.filter((a) => ROLE_ACTIONS[a.role].includes(action));
	if (granting.some((a) => a.role === 'admin')) return { all: true, paths: [] };
	return { all: false, paths: granting.flatMap((a) => (a.unitPath ? [a.unitPath] : [])) };
}

/** The units at the top of what the user may read (the roots of their scope). */
export function scopeRoots(user: AuthUser | null): { all: boolean; paths: string[] } {
	if (!user || user.disabled) return { all: false, paths: [] };
	if (user.assignments.some((a) => a.role === 'admin')) return { all: true, paths: [] };
	return { all: false, paths: user.assignments.flatMap((a) => (a.unitPath ? [a.unitPath] : [])) };
}
