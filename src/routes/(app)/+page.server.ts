import { redirect } from '@sveltejs/kit';
import { requireUser } from '$lib/server/auth/guard';
import { homeFor } from '$lib/server/auth/home';
import type { PageServerLoad } from './$types';

/** Home is each role's own dashboard (see homeFor); the list of units lives at /units. */
export const load: PageServerLoad = () => {
	redirect(303, homeFor(requireUser()));
};
