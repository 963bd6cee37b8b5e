import { error } from '@sveltejs/kit';
import { requireCapability } from '$lib/server/auth/guard';
import { buildUnitTemplateCsv, buildUnitTemplateXlsx } from '$lib/server/units/import/template';
import type { RequestHandler } from './$types';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export const GET: RequestHandler = async ({ url, locals }) => {
	requireCapability('manage_units');
	const format = url.searchParams.get('format') ?? 'xlsx';
	if (format !== 'xlsx' && format !== 'csv') error(400, 'format takes xlsx or csv');
	const body = format === 'csv' ? buildUnitTemplateCsv() : await buildUnitTemplateXlsx(locals.locale);
	return new Response(body as BodyInit, {
		headers: {
			'content-type': format === 'csv' ? 'text/csv; charset=utf-8' : XLSX,
			'content-disposition': `attachment; filename="mau-danh-sach-don-vi.${format}"`
		}
	});
};
