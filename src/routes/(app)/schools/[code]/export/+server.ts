import { error } from '@sveltejs/kit';
import { getDb } from '$lib/server/db';
import { requireAccess } from '$lib/server/auth/guard';
import { findUnitByCode } from '$lib/server/units/queries';
import { exportSchool } from '$lib/server/dashboards/exports';
import { respondWithExport } from '$lib/server/dashboards/respond-with-export';
import type { RequestHandler } from './$types';

/** A school's tables: ?table=indicators|figures&format=csv|xlsx, for the chosen year and period. */
export const GET: RequestHandler = async ({ params, url, locals }) => {
	const db = await getDb();
	const unit = await findUnitByCode(db, params.code);
	const user = requireAccess('read', unit);
	if (unit!.type !== 'school') error(404, 'Not found');
	return respondWithExport(url, (query, which) => exportSchool(db, user, unit!, query, which, locals.locale));
};
