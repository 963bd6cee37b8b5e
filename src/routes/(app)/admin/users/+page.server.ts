import { getDb } from '$lib/server/db';
import { rootsFor } from '$lib/server/auth/access';
import { requireUserManager, toUserView } from '$lib/server/users/guard';
import { LIST_LIMIT, listManagedUsers } from '$lib/server/users/queries';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ url }) => {
	const actor = requireUserManager();
	const q = (url.searchParams.get('q') ?? '').trim().slice(0, 100);
	const { users, total } = await listManagedUsers(await getDb(), actor, q);
	return {
		q,
		total,
		limit: LIST_LIMIT,
		isAdmin: rootsFor(actor, 'manage_users').all,
		users: users.map(toUserView)
	};
};
