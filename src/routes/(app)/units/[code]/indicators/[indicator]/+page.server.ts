import { error, redirect } from '@sveltejs/kit';
import { getDb } from '$lib/server/db';
import { requireAccess } from '$lib/server/auth/guard';
import { findUnitByCode } from '$lib/server/units/queries';
import { readDashboardQuery } from '$lib/schemas/dashboards';
import { loadIndicatorPage } from '$lib/server/dashboards/pages';
import { listExplanationsByCode } from '$lib/server/explanations/queries';
import { readComparisonQuery } from '$lib/schemas/comparisons';
import { loadIndicatorComparisons } from '$lib/server/comparisons/pages';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ params, url, locals }) => {
	const db = await getDb();
	const unit = await findUnitByCode(db, params.code);
	const user = requireAccess('read', unit);
	if (unit!.type === 'school') {
		const query = new URLSearchParams(url.search);
		query.set('ind', params.indicator);
		redirect(307, `/schools/${unit!.code}?${query}`);
	}
	const page = await loadIndicatorPage(
		db,
		user,
		unit!,
		params.indicator,
		readDashboardQuery(url.searchParams),
		locals.locale
	);
	if (!page) error(404, 'Not found');
	const { year, period } = page.ctx.selection;
	const { sort } = readComparisonQuery(url.searchParams);
	const [explanations, comparisons] = await Promise.all([
		listExplanationsByCode(db, {
			unitCode: unit!.code,
			yearCode: year,
			periodKey: period,
			indicatorCode: params.indicator
		}),
		loadIndicatorComparisons(db, unit!, params.indicator, page.ctx, sort, locals.locale)
	]);
	return { ...page, explanations: explanations ?? [], comparisons };
};
