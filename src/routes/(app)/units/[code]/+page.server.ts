import { redirect } from '@sveltejs/kit';
import { getDb } from '$lib/server/db';
import { requireAccess } from '$lib/server/auth/guard';
import { findUnitByCode } from '$lib/server/units/queries';
import { readDashboardQuery } from '$lib/schemas/dashboards';
import { loadOverviewPage } from '$lib/server/dashboards/pages';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ params, url }) => {
	const db = await getDb();
	const unit = await findUnitByCode(db, params.code);
	const user = requireAccess('read', unit);
	if (unit!.type === 'school') redirect(307, `/schools/${unit!.code}${url.search}`);
	return loadOverviewPage(db, user, unit!, readDashboardQuery(url.searchParams));
};
