import { error } from '@sveltejs/kit';
import { getDb } from '$lib/server/db';
import { requireAdministrator } from '$lib/server/auth/guard';
import { exportSetupWorkbook } from '$lib/server/setup/export-workbook';
import type { RequestHandler } from './$types';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** GET ?unit=<code>: the unit's whole setup as one workbook. */
export const GET: RequestHandler = async ({ url }) => {
	requireAdministrator();
	const unit = (url.searchParams.get('unit') ?? '').trim().toUpperCase();
	if (!/^[A-Z0-9][A-Z0-9_.-]{0,39}$/.test(unit)) error(400, 'Bad unit');
	const bytes = await exportSetupWorkbook(await getDb(), unit);
	if (!bytes) error(404, 'Not found');
	const day = new Date().toISOString().slice(0, 10);
	return new Response(bytes as BodyInit, {
		headers: {
			'content-type': XLSX,
			'content-disposition': `attachment; filename="so-thiet-lap-${unit.toLowerCase()}-${day}.xlsx"`,
			'x-content-type-options': 'nosniff'
		}
	});
};
