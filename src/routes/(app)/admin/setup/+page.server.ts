import { getDb } from '$lib/server/db';
import { requireAdministrator } from '$lib/server/auth/guard';
import { loadSetup } from '$lib/server/setup/state';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async () => {
	requireAdministrator();
	return loadSetup(await getDb());
};
