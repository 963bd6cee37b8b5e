import { getDb } from '$lib/server/db';
import { countUnread } from '$lib/server/notifications/inbox';
import type { LayoutServerLoad } from './$types';

export const load: LayoutServerLoad = async ({ locals }) => {
	const user = locals.user;
	return {
		// The bell is no reason to fail a page (the error page itself renders under this layout).
		unread: user
			? await getDb()
					.then((db) => countUnread(db, user.id))
					.catch(() => 0)
			: 0,
		locale: locals.locale,
		user: user
			? {
					username: user.username,
					displayName: user.displayName,
					roles: [...new Set(user.assignments.map((a) => a.role))],
					units: user.assignments.flatMap((a) => (a.unitCode ? [{ code: a.unitCode, name: a.unitName }] : []))
				}
			: null
	};
};
