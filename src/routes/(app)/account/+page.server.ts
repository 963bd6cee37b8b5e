import { getDb } from '$lib/server/db';
import { requireUser } from '$lib/server/auth/guard';
import { loadPreferences, savePreferences } from '$lib/server/notifications/inbox';
import { loadContact } from '$lib/server/notifications/contact';
import { listOf } from '$lib/schemas/form';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async () => {
	const user = requireUser();
	const db = await getDb();
	const [preferences, contact] = await Promise.all([loadPreferences(db, user.id), loadContact(db, user.id)]);
	return {
		account: {
			username: user.username,
			displayName: user.displayName,
			assignments: user.assignments.map((a) => ({ role: a.role, unitCode: a.unitCode, unitName: a.unitName }))
		},
		preferences,
		contact
	};
};

export const actions: Actions = {
	notifications: async ({ request }) => {
		const user = requireUser();
		const form = await request.formData();
		const on = new Set(listOf(form, 'on'));
		await savePreferences(await getDb(), user.id, on);
		return { saved: true };
	}
};
