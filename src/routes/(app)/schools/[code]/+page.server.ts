import { redirect } from '@sveltejs/kit';
import { getDb } from '$lib/server/db';
import { requireAccess } from '$lib/server/auth/guard';
import { findUnitByCode } from '$lib/server/units/queries';
import { readDashboardQuery } from '$lib/schemas/dashboards';
import { loadSchoolPage } from '$lib/server/dashboards/pages';
import { listExplanationsByCode } from '$lib/server/explanations/queries';
import { readComparisonQuery } from '$lib/schemas/comparisons';
import { loadPeerComparison } from '$lib/server/comparisons/peers';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ params, url, locals }) => {
	const db = await getDb();
	const unit = await findUnitByCode(db, params.code);
	const user = requireAccess('read', unit);
	if (unit!.type !== 'school') redirect(307, `/units/${unit!.code}${url.search}`);
	const page = await loadSchoolPage(db, user, unit!, readDashboardQuery(url.searchParams), locals.locale);
	const { year, period } = page.ctx.selection;
	const { peers } = readComparisonQuery(url.searchParams);
	const [explanations, peerComparison] = await Promise.all([
		listExplanationsByCode(db, { unitCode: unit!.code, yearCode: year, periodKey: period }),
		loadPeerComparison(db, unit!, page.ctx.selection, peers)
	]);
	return { ...page, explanations: explanations ?? [], peers: peerComparison };
};
