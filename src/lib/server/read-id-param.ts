import { error } from '@sveltejs/kit';

/** A row id in the URL (a report, a finding): 404 for anything but a positive whole number. */
export function readIdParam(param: string): number {
	const id = Number(param);
	if (!Number.isSafeInteger(id) || id <= 0) error(404, 'Not found');
	return id;
}
