import { error } from '@sveltejs/kit';
import { requireUser } from '$lib/server/auth/guard';
import { failedRowsOf } from '$lib/server/imports/page-actions';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = ({ url }) => {
	const user = requireUser();
	const csv = failedRowsOf(url.searchParams.get('token') ?? '', user);
	if (csv === null) error(404, 'Not found');
	return new Response(csv, {
		headers: {
			'Content-Type': 'text/csv; charset=utf-8',
			'Content-Disposition': 'attachment; filename="dong-loi.csv"'
		}
	});
};
