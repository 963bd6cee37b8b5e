import { error } from '@sveltejs/kit';
import { canSomewhere } from '../auth/access';
import { requireUser } from '../auth/guard';
import type { AuthUser } from '../auth/user';

/** School years and report forms are the whole system's: administrators only (403 for anyone else). */
export function requireAdministrator(): AuthUser {
	const user = requireUser();
	if (!canSomewhere(user, 'administer')) error(403, 'Forbidden');
	return user;
}
