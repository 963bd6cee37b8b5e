import { error } from '@sveltejs/kit';
import { computeCompletenessFor } from '$lib/server/calendar/board';
import { findPeriod } from '$lib/server/calendar/queries';
import { attachment, missingSchoolsWorkbook, XLSX_TYPE } from '$lib/server/reports/xlsx';
import { requireAreaFromUrl } from '$lib/server/calendar/require-area';
import type { RequestHandler } from './$types';

/** The schools still owing a period's report, with contact person and phone (to chase them). */
export const GET: RequestHandler = async ({ url, locals }) => {
	const { db, query, area } = await requireAreaFromUrl(url);
	const period = query.year && query.period ? await findPeriod(db, query.year, query.period) : null;
	if (!period) error(404, 'Not found');
	const board = await computeCompletenessFor(db, area, period, {
		filters: { levels: query.level ? [query.level] : undefined, ownership: query.ownership }
	});
	const bytes = await missingSchoolsWorkbook(board, locals.locale);
	return new Response(bytes as BodyInit, {
		headers: {
			'Content-Type': XLSX_TYPE,
			'Content-Disposition': attachment(`chua-nop_${area.code}_${period.yearCode}_${period.key}.xlsx`)
		}
	});
};
