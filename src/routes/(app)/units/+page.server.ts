import { getDb } from '$lib/server/db';
import { requireUser } from '$lib/server/auth/guard';
import { can, scopeRoots } from '$lib/server/auth/access';
import { listUnits } from '$lib/server/units/queries';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ url }) => {
	const user = requireUser();
	const q = url.searchParams.get('q')?.trim() ?? '';
	const units = await listUnits(await getDb(), { scope: scopeRoots(user) });
	const areas = units.filter((u) => u.type !== 'school' && u.type !== 'commune');
	const needle = q.toLocaleLowerCase('vi');
	const schools = units
		.filter((u) => u.type === 'school')
		.filter(
			(u) =>
				!needle || u.name.toLocaleLowerCase('vi').includes(needle) || u.code.toLowerCase().includes(needle)
		);
	return {
		q,
		areas: areas.map((a) => ({
			code: a.code,
			name: a.name,
			type: a.type,
			canCreateAccounts: can(user, 'manage_users', a),
			schools: schools
				.filter((s) => s.path.startsWith(a.path) && s.parentId === a.id)
				.map((s) => ({ code: s.code, name: s.name, level: s.schoolLevel!, ownership: s.ownership! }))
		})),
		total: schools.length
	};
};
