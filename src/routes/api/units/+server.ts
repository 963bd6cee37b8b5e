import { error, json } from '@sveltejs/kit';
import { getDb } from '$lib/server/db';
import { requireUser } from '$lib/server/auth/guard';
import { can, scopeRoots } from '$lib/server/auth/access';
import { findUnitByCode, listUnits, toPublicUnit } from '$lib/server/units/queries';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async ({ url }) => {
	const user = requireUser();
	const db = await getDb();
	const underCode = url.searchParams.get('under');
	let underPath: string | undefined;
	if (underCode) {
		const root = await findUnitByCode(db, underCode);
		if (!root) error(404, 'Unknown unit');
		if (!can(user, 'read', root)) error(403, 'Forbidden');
		underPath = root.path;
	}
	const units = await listUnits(db, { scope: scopeRoots(user), underPath });
	return json(units.map(toPublicUnit));
};
