import { eq } from 'drizzle-orm';
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

export async function loadAuthUser(db: Db, userId: string): Promise<AuthUser | null> {
	const [user] = await db.select().from(table.users).where(eq(table.users.id, userId));
	if (!user) return null;
	const rows = await db
		.select({
			role: table.roleAssignments.role,
			unitId: table.roleAssignments.unitId,
			unitCode: table.units.code,
			unitName: table.units.name,
			unitPath: table.units.path,
			unitType: table.units.type
		})
		.from(table.roleAssignments)
		.leftJoin(table.units, eq(table.units.id, table.roleAssignments.unitId))
		.where(eq(table.roleAssignments.userId, userId));
	return {
		id: user.id,
		username: user.username,
		displayName: user.displayName,
		mustChangePassword: user.mustChangePassword,
		disabled: user.disabled,
		assignments: rows
	};
}
