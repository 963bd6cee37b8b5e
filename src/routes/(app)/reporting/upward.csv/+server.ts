import { error } from '@sveltejs/kit';
import { findPeriod } from '$lib/server/calendar/queries';
import { buildUpwardReport, upwardCsv, upwardFileName } from '$lib/server/reports/queries';
import { attachment } from '$lib/server/reports/xlsx';
import { csvDialectOf } from '$lib/server/exports/csv-dialect';
import { requireAreaFromUrl } from '$lib/server/calendar/require-area';
import type { RequestHandler } from './$types';

/** The area's roll-up for a period in the import's long layout (?approved=true: approved reports only). */
export const GET: RequestHandler = async ({ url }) => {
	const { db, query, area } = await requireAreaFromUrl(url);
	if (area.type === 'school') error(404, 'Not found');
	const period = query.year && query.period ? await findPeriod(db, query.year, query.period) : null;
	if (!period) error(404, 'Not found');
	const report = await buildUpwardReport(db, {
		area: area,
		period,
		approvedOnly: url.searchParams.get('approved') === 'true'
	});
	return new Response(upwardCsv(report, csvDialectOf(url.searchParams)), {
		headers: {
			'Content-Type': 'text/csv; charset=utf-8',
			'Content-Disposition': attachment(upwardFileName(report))
		}
	});
};
