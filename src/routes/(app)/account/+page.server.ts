import { requireUser } from '$lib/server/auth/guard';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = () => {
	const user = requireUser();
	return {
		account: {
			username: user.username,
			displayName: user.displayName,
			assignments: user.assignments.map((a) => ({ role: a.role, unitCode: a.unitCode, unitName: a.unitName }))
		}
	};
};
