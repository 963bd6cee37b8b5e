import { fail } from '@sveltejs/kit';
import { getDb, getHandle } from '$lib/server/db';
import { requireCapability } from '$lib/server/auth/guard';
import { rootsFor } from '$lib/server/auth/access';
import { fieldsOf } from '$lib/schemas/form';
import { countUnitsByType } from '$lib/server/units/queries';
import { checkUnitFile, confirmUnitFile } from '$lib/server/units/import/page-actions';
import { receiveUnitFile } from '$lib/server/units/import/receive';
import { listManagedUnits } from '$lib/server/units/unit-page';
import type { Actions, PageServerLoad } from './$types';

const requireUnitManager = () => requireCapability('manage_units');

export const load: PageServerLoad = async ({ url }) => {
	const user = requireUnitManager();
	const db = await getDb();
	const q = (url.searchParams.get('q') ?? '').slice(0, 100).replaceAll('\u0000', '');
	const [counts, list] = await Promise.all([
		countUnitsByType(db, rootsFor(user, 'manage_units')),
		listManagedUnits(db, user, q)
	]);
	return { counts, q, list };
};

export const actions: Actions = {
	check: async ({ request, url, locals }) => {
		const user = requireUnitManager();
		const received = await receiveUnitFile(request, url);
		if (!received.ok) return fail(received.status, { refused: received.reason });
		const { result, forbidden } = await checkUnitFile(await getHandle(), user, received, locals.locale);
		return result.status === 'rejected' ? fail(forbidden ? 403 : 422, { result }) : { result };
	},
	store: async ({ request, locals }) => {
		const user = requireUnitManager();
		const { token } = fieldsOf(await request.formData(), ['token']);
		const done = await confirmUnitFile(await getHandle(), user, token, locals.locale);
		if (!done) return fail(400, { expired: true });
		const { result, forbidden } = done;
		return result.status === 'rejected' ? fail(forbidden ? 403 : 422, { result }) : { result };
	}
};
