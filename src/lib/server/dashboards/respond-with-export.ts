// A dashboard download: ?table=…&format=csv|xlsx (and ?dialect=) read the same way on every export route.
import { error } from '@sveltejs/kit';
import { exportQuery, readDashboardQuery, type DashboardQuery } from '$lib/schemas/dashboards';
import { tableResponse } from '../exports/table-file';
import { csvDialectOf } from '../exports/csv-dialect';
import type { ExportFile } from './exports';

/** `build` makes the table the query names (null: none such, 404) with the page's view. */
export async function respondWithExport(
	url: URL,
	build: (query: DashboardQuery, which: string) => Promise<ExportFile | null>
): Promise<Response> {
	const { format, table } = exportQuery.parse(Object.fromEntries(url.searchParams));
	const file = await build(readDashboardQuery(url.searchParams), table);
	if (!file) error(404, 'Not found');
	return tableResponse(file.table, format, file.name, csvDialectOf(url.searchParams));
}
