import type { AuthUser } from './user';

/** Where a user lands after signing in. */
export function homeFor(_user: AuthUser): string {
	return '/';
}
