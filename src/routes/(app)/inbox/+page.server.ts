import { redirect } from '@sveltejs/kit';
import { getDb } from '$lib/server/db';
import { requireUser } from '$lib/server/auth/guard';
import { listInbox, markRead } from '$lib/server/notifications/inbox';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async () => {
	const user = requireUser();
	return { items: await listInbox(await getDb(), user.id) };
};

const readId = (form: FormData) => {
	const id = Number(form.get('id'));
	return Number.isSafeInteger(id) && id > 0 ? id : null;
};

/** Only the user's own rows are touched: markRead filters by the signed-in user. */
export const actions: Actions = {
	read: async ({ request }) => {
		const user = requireUser();
		const id = readId(await request.formData());
		if (id !== null) await markRead(await getDb(), user.id, [id]);
		return { read: true };
	},
	readAll: async () => {
		const user = requireUser();
		await markRead(await getDb(), user.id, 'all');
		return { read: true };
	},
	open: async ({ request }) => {
		const user = requireUser();
		const id = readId(await request.formData());
		const link = id === null ? null : await markRead(await getDb(), user.id, [id]);
		redirect(303, link?.startsWith('/') ? link : '/inbox');
	}
};
