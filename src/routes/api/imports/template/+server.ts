import { error } from '@sveltejs/kit';
import { getDb } from '$lib/server/db';
import { requireAccess } from '$lib/server/auth/guard';
import { templateQuery } from '$lib/schemas/imports';
import { findUnitByCode } from '$lib/server/units/queries';
import { findPeriod } from '$lib/server/imports/figures-query';
import { loadTemplateInput } from '$lib/server/imports/choices';
import { buildLongTemplateCsv, buildTemplateCsv, buildTemplateXlsx } from '$lib/server/imports/templates';
import { csvDialectOf } from '$lib/server/exports/csv-dialect';
import type { RequestHandler } from './$types';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export const GET: RequestHandler = async ({ url, locals }) => {
	const query = templateQuery.safeParse(Object.fromEntries(url.searchParams));
	if (!query.success)
		error(400, 'unit=<code>&period=<year>/<period>[&format=xlsx|csv|long][&dialect=plain] are required');
	const db = await getDb();
	const unit = await findUnitByCode(db, query.data.unit.toUpperCase());
	requireAccess('submit_figures', unit);
	const period = await findPeriod(db, query.data.period);
	if (!period) error(404, 'No such period');
	const input = await loadTemplateInput(db, unit!, period, locals.locale);
	if (input.schools.length === 0 || input.elements.length === 0) error(404, 'No figures to report');
	const { format } = query.data;
	const dialect = csvDialectOf(url.searchParams);
	const bytes =
		format === 'xlsx'
			? await buildTemplateXlsx(input)
			: format === 'csv'
				? buildTemplateCsv(input, dialect)
				: buildLongTemplateCsv(input, { dialect });
	const name = `mau-so-lieu_${unit!.code}_${period.yearCode}_${period.key}${format === 'long' ? '_dai' : ''}.${format === 'xlsx' ? 'xlsx' : 'csv'}`;
	return new Response(new Uint8Array(bytes), {
		headers: {
			'Content-Type': format === 'xlsx' ? XLSX : 'text/csv; charset=utf-8',
			'Content-Disposition': `attachment; filename="${name}"`
		}
	});
};
