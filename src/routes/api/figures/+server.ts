import { error, json } from '@sveltejs/kit';
import { getDb } from '$lib/server/db';
import { requireAccess } from '$lib/server/auth/guard';
import { figuresQuery } from '$lib/schemas/imports';
import { findUnitByCode } from '$lib/server/units/queries';
import { findPeriod, readUnitFigures } from '$lib/server/imports/figures-query';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async ({ url }) => {
	const query = figuresQuery.safeParse(Object.fromEntries(url.searchParams));
	if (!query.success) error(400, 'school=<code>&period=<year>/<period> are required');
	const db = await getDb();
	const unit = await findUnitByCode(db, query.data.school.toUpperCase());
	requireAccess('read', unit);
	const period = await findPeriod(db, query.data.period);
	if (!period) error(404, 'No such period');
	const { submission, figures } = await readUnitFigures(db, unit!.id, period.id);
	if (!submission) error(404, 'The school has no report for this period');
	return json({
		school: unit!.code,
		period: period.ref,
		status: submission.status,
		version: submission.version,
		submittedAt: submission.submittedAt,
		figures
	});
};
