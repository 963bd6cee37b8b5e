import { json } from '@sveltejs/kit';
import { getDb } from '$lib/server/db';
import { requireUser } from '$lib/server/auth/guard';
import { readCatalogue } from '$lib/server/catalogue/queries';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async () => {
	requireUser();
	return json(await readCatalogue(await getDb()));
};
