import { requireAreaFromUrl } from '$lib/server/calendar/require-area';
import { loadWorklistPage } from '$lib/server/inspection/worklist-page';

/** The worklist for ?unit=&year=&period=&level=&ownership=&group=&indicatorGroup= (page, print, XLSX). */
export async function loadWorklistFromUrl(url: URL) {
	const { user, db, query, area } = await requireAreaFromUrl(url);
	const filters = {
		levels: query.level ? [query.level] : undefined,
		ownership: query.ownership,
		groupCode: query.group,
		indicatorGroup: query.indicatorGroup
	};
	const page = await loadWorklistPage(db, user, area, { year: query.year, period: query.period, filters });
	return { ...page, query, area: { code: area.code, name: area.name, type: area.type } };
}
