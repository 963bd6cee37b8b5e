import { getDb } from '$lib/server/db';
import { loadStandardCatalogue } from '$lib/server/catalogue/load-standard';
import { listCatalogue } from '$lib/server/catalogue/queries';
import { requireAdministrator } from '$lib/server/school-years/guard';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async () => {
	requireAdministrator();
	return listCatalogue(await getDb());
};

export const actions: Actions = {
	loadStandard: async () => {
		const actor = requireAdministrator();
		return { loaded: await loadStandardCatalogue(await getDb(), actor.id) };
	}
};
