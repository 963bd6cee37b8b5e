import { asc, eq, inArray } from 'drizzle-orm';
import type { Db } from '../db';
import * as table from '../db/schema';

export type Role = 'admin' | 'province' | 'district' | 'inspector' | 'school';
export const ROLES: Role[] = ['admin', 'province', 'district', 'inspector', 'school'];

export type Assignment = {
	role: Role;
	unitId: number | null;
	unitCode: string | null;
	unitName: string | null;
	unitPath: string | null;
	unitType: string | null;
};

export type AuthUser = {
	id: string;
	username: string;
	displayName: string;
	mustChangePassword: boolean;
	disabled: boolean;
	assignments: Assignment[];
};

/** The role assignments of `userIds` with their units, oldest first, keyed by user. */
export async function loadAssignments(db: Db, userIds: string[]): Promise<Map<string, Assignment[]>> {
	const byUser = new Map<string, Assignment[]>();
	if (userIds.length === 0) return byUser;
	const rows = await db
		.select({
			userId: table.roleAssignments.userId,
			role: table.roleAssignments.role,
			unitId: table.roleAssignments.unitId,
			unitCode: table.units.code,
			unitName: table.units.name,
			unitPath: table.units.path,
			unitType: table.units.type
		})
		.from(table.roleAssignments)
		.leftJoin(table.units, eq(table.units.id, table.roleAssignments.unitId))
		.where(inArray(table.roleAssignments.userId, userIds))
		.orderBy(asc(table.roleAssignments.id));
	for (const { userId, ...a } of rows) {
		const list = byUser.get(userId) ?? [];
		list.push(a);
		byUser.set(userId, list);
	}
	return byUser;
}

export async function loadAuthUser(db: Db, userId: string): Promise<AuthUser | null> {
	const [user] = await db.select().from(table.users).where(eq(table.users.id, userId));
	if (!user) return null;
	const assignments = await loadAssignments(db, [userId]);
	return {
		id: user.id,
		username: user.username,
		displayName: user.displayName,
		mustChangePassword: user.mustChangePassword,
		disabled: user.disabled,
		assignments: assignments.get(userId) ?? []
	};
}
