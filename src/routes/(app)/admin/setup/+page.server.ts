import { fail } from '@sveltejs/kit';
import { getDb, getHandle } from '$lib/server/db';
import { requireAdministrator } from '$lib/server/auth/guard';
import { listExportUnits, loadSetup } from '$lib/server/setup/state';
import { checkSetupBook, storeSetupBook } from '$lib/server/setup/workbook-page';
import { receiveUnitFile } from '$lib/server/units/import/receive';
import { fieldsOf } from '$lib/schemas/form';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async () => {
	requireAdministrator();
	const db = await getDb();
	return { ...(await loadSetup(db)), exportUnits: await listExportUnits(db) };
};

export const actions: Actions = {
	check: async ({ request, url, locals }) => {
		const user = requireAdministrator();
		const received = await receiveUnitFile(request, url);
		if (!received.ok) return fail(received.status, { refused: received.reason });
		const book = await checkSetupBook(await getHandle(), user.id, received, locals.locale);
		return book.status === 'rejected' ? fail(422, { book }) : { book };
	},
	store: async ({ request, locals }) => {
		const user = requireAdministrator();
		const { token } = fieldsOf(await request.formData(), ['token']);
		const book = await storeSetupBook(await getHandle(), user.id, token, locals.locale);
		if (!book) return fail(400, { expired: true });
		return book.status === 'rejected' ? fail(422, { book }) : { book };
	}
};
