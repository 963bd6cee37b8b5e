import { error } from '@sveltejs/kit';
import type { Db } from '../db';
import { canSomewhere } from '../auth/access';
import { requireUser } from '../auth/guard';
import type { AuthUser } from '../auth/user';
import { findManagedUser, pickAccountFields, type UserSummary } from './queries';

/** The signed-in user, if they manage some accounts (administrator, district leader); 403 otherwise. */
export function requireUserManager(): AuthUser {
	const user = requireUser();
	if (!canSomewhere(user, 'manage_users')) error(403, 'Forbidden');
	return user;
}

/** The account the URL names, if the actor manages it; 404 otherwise (existence does not leak). */
export async function requireManagedUser(db: Db, actor: AuthUser, username: string): Promise<UserSummary> {
	const target = await findManagedUser(db, actor, username);
	if (!target) error(404, 'Not found');
	return target;
}

/** What pages show of an account. */
export function toUserView(user: UserSummary) {
	return {
		...pickAccountFields(user),
		createdAt: user.createdAt.toISOString(),
		lastLoginAt: user.lastLoginAt?.toISOString() ?? null,
		assignments: user.assignments.map((a) => ({ role: a.role, unitCode: a.unitCode, unitName: a.unitName }))
	};
}
export type UserView = ReturnType<typeof toUserView>;
