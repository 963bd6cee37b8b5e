import type { AuthUser, Role } from './user';

const BROADEST_FIRST: Role[] = ['province', 'district', 'inspector', 'school'];

/**
 * Where a user lands after signing in: a school its own page, a district leader or inspector the
 * area overview, a province leader the province's; the administrator (no unit) the list of units.
 */
export function homeFor(user: AuthUser): string {
	if (user.assignments.some((a) => a.role === 'admin')) return '/units';
	for (const role of BROADEST_FIRST) {
		const a = user.assignments.find((x) => x.role === role && x.unitCode);
		if (!a) continue;
		return a.unitType === 'school' ? `/schools/${a.unitCode}` : `/units/${a.unitCode}`;
	}
	return '/units';
}

/**
 * Where to send a user right after signing in or changing a password: an administrator goes through
 * `/`, which shows the setup checklist while the database is still being set up (else `homeFor`).
 */
export function landingFor(user: AuthUser): string {
	return user.assignments.some((a) => a.role === 'admin') ? '/' : homeFor(user);
}
