import { getDb } from '$lib/server/db';
import { requireAccess, requireUser } from '$lib/server/auth/guard';
import { resolveArea } from '$lib/server/calendar/area';
import { loadWorklistPage } from '$lib/server/inspection/worklist-page';
import { readAreaQuery } from '$lib/schemas/reporting';

/** The worklist for ?unit=&year=&period=&level=&ownership=&group=&indicatorGroup= (page, print, XLSX). */
export async function loadWorklistFromUrl(url: URL) {
	const user = requireUser();
	const db = await getDb();
	const query = readAreaQuery(url);
	const area = await resolveArea(db, user, query.unit);
	requireAccess('read', area);
	const filters = {
		levels: query.level ? [query.level] : undefined,
		ownership: query.ownership,
		groupCode: query.group,
		indicatorGroup: query.indicatorGroup
	};
	const page = await loadWorklistPage(db, user, area!, { year: query.year, period: query.period, filters });
	return { ...page, query, area: { code: area!.code, name: area!.name, type: area!.type } };
}
