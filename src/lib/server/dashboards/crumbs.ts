import type { Db } from '../db';
import { can } from '../auth/access';
import type { AuthUser } from '../auth/user';
import { listAncestors, type UnitRow } from '../units/queries';

export type Crumb = { name: string; href: string | null };

/** The chain down to the unit; a link only where the user may read (a district leader sees the province as text). */
export async function unitCrumbs(db: Db, user: AuthUser, unit: UnitRow, query: string): Promise<Crumb[]> {
	const chain = await listAncestors(db, unit);
	return chain.map((u) => ({
		name: u.name,
		href: can(user, 'read', u) ? `${u.type === 'school' ? '/schools' : '/units'}/${u.code}?${query}` : null
	}));
}
