import { openPlan } from '$lib/server/plans/open-plan';
import { listTargets } from '$lib/server/plans/queries';
import { exportFileName, exportTargetsCsv, exportTargetsXlsx } from '$lib/server/plans/export-targets';
import { csvDialectOf } from '$lib/server/exports/csv-dialect';
import type { RequestHandler } from './$types';

const TYPES = {
	csv: 'text/csv; charset=utf-8',
	xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
};

export const GET: RequestHandler = async ({ params, url }) => {
	const { db, ctx } = await openPlan(params, 'read');
	const format = url.searchParams.get('format') === 'csv' ? 'csv' : 'xlsx';
	const targets = await listTargets(db, ctx);
	const body =
		format === 'csv'
			? exportTargetsCsv(targets, csvDialectOf(url.searchParams))
			: await exportTargetsXlsx(ctx, targets);
	return new Response(body as BodyInit, {
		headers: {
			'Content-Type': TYPES[format],
			'Content-Disposition': `attachment; filename="${exportFileName(ctx, format)}"`,
			'Cache-Control': 'private, no-store'
		}
	});
};
