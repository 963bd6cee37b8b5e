import { error } from '@sveltejs/kit';
import { getDb } from '$lib/server/db';
import { requireAccess } from '$lib/server/auth/guard';
import { findUnitByCode } from '$lib/server/units/queries';
import { exportQuery, readDashboardQuery } from '$lib/schemas/dashboards';
import { exportSchool } from '$lib/server/dashboards/exports';
import { tableResponse } from '$lib/server/exports/table-file';
import { csvDialectOf } from '$lib/server/exports/csv-dialect';
import type { RequestHandler } from './$types';

/** A school's tables: ?table=indicators|figures&format=csv|xlsx, for the chosen year and period. */
export const GET: RequestHandler = async ({ params, url, locals }) => {
	const db = await getDb();
	const unit = await findUnitByCode(db, params.code);
	const user = requireAccess('read', unit);
	if (unit!.type !== 'school') error(404, 'Not found');
	const { format, table } = exportQuery.parse(Object.fromEntries(url.searchParams));
	const file = await exportSchool(
		db,
		user,
		unit!,
		readDashboardQuery(url.searchParams),
		table,
		locals.locale
	);
	if (!file) error(404, 'Not found');
	return tableResponse(file.table, format, file.name, csvDialectOf(url.searchParams));
};
