import { json } from '@sveltejs/kit';
import { getHandle } from '$lib/server/db';
import { countMigrations } from '$lib/server/db/client';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async () => {
	const handle = await getHandle();
	return json({ ok: true, db: handle.kind, migrations: await countMigrations(handle.db) });
};
