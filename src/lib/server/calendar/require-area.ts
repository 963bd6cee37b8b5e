// The area pages (board, calendar, reports, inspection): the signed-in user and the area the URL asks
// for (?unit=, else their own) with the rest of its query, once the user may do `action` there.
import { getDb } from '../db';
import { requireAccess, requireUser } from '../auth/guard';
import type { Action } from '../auth/access';
import { readAreaQuery } from '$lib/schemas/reporting';
import { resolveArea } from './area';

export async function requireAreaFromUrl(url: URL, action: Action = 'read') {
	const user = requireUser();
	const db = await getDb();
	const query = readAreaQuery(url);
	const area = await resolveArea(db, user, query.unit);
	requireAccess(action, area);
	return { user, db, query, area: area! };
}
