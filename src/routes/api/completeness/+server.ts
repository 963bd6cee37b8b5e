import { error, json } from '@sveltejs/kit';
import { getDb } from '$lib/server/db';
import { requireAccess, requireUser } from '$lib/server/auth/guard';
import { computeCompletenessFor } from '$lib/server/calendar/board';
import { findPeriod } from '$lib/server/calendar/queries';
import { toCompletenessJson } from '$lib/server/calendar/board-json';
import { findUnitByCode } from '$lib/server/units/queries';
import { readAreaQuery } from '$lib/schemas/reporting';
import type { RequestHandler } from './$types';

/** GET /api/completeness?unit=HAIAN&year=2024-2025&period=CUOI_NAM[&level=MN][&ownership=public] */
export const GET: RequestHandler = async ({ url }) => {
	requireUser();
	const query = readAreaQuery(url);
	if (!query.unit || !query.year || !query.period) error(400, 'unit, year and period are required');
	const db = await getDb();
	const area = await findUnitByCode(db, query.unit);
	requireAccess('read', area);
	const period = await findPeriod(db, query.year, query.period);
	if (!period) error(404, 'No such period');
	const board = await computeCompletenessFor(db, area!, period, {
		filters: { levels: query.level ? [query.level] : undefined, ownership: query.ownership }
	});
	return json(toCompletenessJson(board));
};
