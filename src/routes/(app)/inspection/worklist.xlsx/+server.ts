import { error } from '@sveltejs/kit';
import { attachment, worklistWorkbook, XLSX_TYPE } from '$lib/server/reports/xlsx';
import type { RequestHandler } from './$types';
import { loadWorklistFromUrl } from '../query';

export const GET: RequestHandler = async ({ url, locals }) => {
	const page = await loadWorklistFromUrl(url);
	if (!page.worklist) error(404, 'Not found');
	const bytes = await worklistWorkbook(page.worklist, page.area.name, locals.locale);
	const p = page.worklist.period;
	return new Response(bytes as BodyInit, {
		headers: {
			'Content-Type': XLSX_TYPE,
			'Content-Disposition': attachment(`danh-sach-kiem-tra_${page.area.code}_${p.yearCode}_${p.key}.xlsx`)
		}
	});
};
