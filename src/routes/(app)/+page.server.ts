import { redirect } from '@sveltejs/kit';
import { requireUser } from '$lib/server/auth/guard';
import { can } from '$lib/server/auth/access';
import { homeFor } from '$lib/server/auth/home';
import { getDb } from '$lib/server/db';
import { loadSetup } from '$lib/server/setup/state';
import type { PageServerLoad } from './$types';

/**
 * Home is each role's own dashboard (see homeFor); the list of units lives at /units. An administrator
 * of a database still being set up lands on the setup checklist instead.
 */
export const load: PageServerLoad = async () => {
	const user = requireUser();
	if (can(user, 'administer', null) && !(await loadSetup(await getDb())).complete) {
		redirect(303, '/admin/setup');
	}
	redirect(303, homeFor(user));
};
