import { getDb } from '$lib/server/db';
import { requireAdministrator } from '$lib/server/school-years/guard';
import { listForms, listYearSummaries } from '$lib/server/school-years/queries';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async () => {
	requireAdministrator();
	const db = await getDb();
	const [years, forms] = await Promise.all([listYearSummaries(db), listForms(db)]);
	return { years, forms: forms.length };
};
