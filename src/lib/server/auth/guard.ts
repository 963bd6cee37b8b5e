import { error, redirect } from '@sveltejs/kit';
import { getRequestEvent } from '$app/server';
import { accessStatus, can, canSomewhere, type Action, type UnitRef } from './access';
import type { AuthUser } from './user';

function isApi(pathname: string): boolean {
	return pathname.startsWith('/api/');
}

/** The signed-in user, or a redirect to the login page (401 for the API). */
export function requireUser(): AuthUser {
	const event = getRequestEvent();
	const user = event.locals.user;
	if (!user) {
		if (isApi(event.url.pathname)) error(401, 'Unauthorized');
		redirect(303, `/login?next=${encodeURIComponent(event.url.pathname + event.url.search)}`);
	}
	return user;
}

/** The user, if allowed to do `action` on `unit`; 403 otherwise (404 when the unit does not exist). */
export function requireAccess(action: Action, unit: UnitRef | null | undefined): AuthUser {
	const user = requireUser();
	if (!unit) error(404, 'Not found');
	if (!can(user, action, unit)) error(403, 'Forbidden');
	return user;
}

/** Like requireAccess for one thing at a unit, but 404 also when the user may not read there. */
export function requireVisible(action: Action, unit: UnitRef | null | undefined): AuthUser {
	const user = requireUser();
	const status = accessStatus(user, action, unit ?? null);
	if (status === 404) error(404, 'Not found');
	if (status === 403) error(403, 'Forbidden');
	return user;
}

/** The user, if allowed to do `action` on some unit (which one is checked later); 403 otherwise. */
export function requireCapability(action: Action): AuthUser {
	const user = requireUser();
	if (!canSomewhere(user, action)) error(403, 'Forbidden');
	return user;
}

/** The user, if an administrator of the whole system (units, catalogue, school years); 403 otherwise. */
export function requireAdministrator(): AuthUser {
	const user = requireUser();
	if (!can(user, 'administer', null)) error(403, 'Forbidden');
	return user;
}
