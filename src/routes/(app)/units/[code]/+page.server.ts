import { redirect } from '@sveltejs/kit';
import { getDb } from '$lib/server/db';
import { requireAccess } from '$lib/server/auth/guard';
import { findUnitByCode } from '$lib/server/units/queries';
import { readDashboardQuery } from '$lib/schemas/dashboards';
import { loadOverviewPage } from '$lib/server/dashboards/pages';
import { loadOverviewComparisons } from '$lib/server/comparisons/pages';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ params, url, locals }) => {
	const db = await getDb();
	const unit = await findUnitByCode(db, params.code);
	const user = requireAccess('read', unit);
	if (unit!.type === 'school') redirect(307, `/schools/${unit!.code}${url.search}`);
	const page = await loadOverviewPage(db, user, unit!, readDashboardQuery(url.searchParams));
	return { ...page, comparisons: await loadOverviewComparisons(db, unit!, page.ctx, locals.locale) };
};
