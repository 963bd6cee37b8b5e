import { getDb } from '$lib/server/db';
import { requireAccess } from '$lib/server/auth/guard';
import { findUnitByCode } from '$lib/server/units/queries';
import { exportIndicator } from '$lib/server/dashboards/exports';
import { respondWithExport } from '$lib/server/dashboards/respond-with-export';
import type { RequestHandler } from './$types';

/** Every school ranked on one indicator: ?table=schools&format=csv|xlsx, with the page's view. */
export const GET: RequestHandler = async ({ params, url, locals }) => {
	const db = await getDb();
	const unit = await findUnitByCode(db, params.code);
	const user = requireAccess('read', unit);
	return respondWithExport(url, (query, which) =>
		exportIndicator(db, user, unit!, params.indicator, query, which, locals.locale)
	);
};
