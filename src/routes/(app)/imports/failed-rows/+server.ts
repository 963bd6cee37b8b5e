import { error } from '@sveltejs/kit';
import { getHandle } from '$lib/server/db';
import { requireUser } from '$lib/server/auth/guard';
import { failedRowsOf } from '$lib/server/imports/page-actions';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async ({ url }) => {
	const user = requireUser();
	const csv = await failedRowsOf(await getHandle(), url.searchParams.get('token') ?? '', user);
	if (csv === null) error(404, 'Not found');
	return new Response(csv, {
		headers: {
			'Content-Type': 'text/csv; charset=utf-8',
			'Content-Disposition': 'attachment; filename="dong-loi.csv"'
		}
	});
};
