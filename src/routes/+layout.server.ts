import type { LayoutServerLoad } from './$types';

export const load: LayoutServerLoad = ({ locals }) => {
	const user = locals.user;
	return {
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
