import { error } from '@sveltejs/kit';
import { getDb } from '$lib/server/db';
import { requireAccess, requireUser } from '$lib/server/auth/guard';
import { resolveArea } from '$lib/server/calendar/area';
import { findPeriod } from '$lib/server/calendar/queries';
import { buildUpwardReport, upwardCsv, upwardFileName } from '$lib/server/reports/queries';
import { attachment } from '$lib/server/reports/xlsx';
import { readAreaQuery } from '$lib/schemas/reporting';
import { csvDialectOf } from '$lib/server/exports/csv-dialect';
import type { RequestHandler } from './$types';

/** The area's roll-up for a period in the import's long layout (?approved=true: approved reports only). */
export const GET: RequestHandler = async ({ url }) => {
	const user = requireUser();
	const db = await getDb();
	const query = readAreaQuery(url);
	const area = await resolveArea(db, user, query.unit);
	requireAccess('read', area);
	if (area!.type === 'school') error(404, 'Not found');
	const period = query.year && query.period ? await findPeriod(db, query.year, query.period) : null;
	if (!period) error(404, 'Not found');
	const report = await buildUpwardReport(db, {
		area: area!,
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
