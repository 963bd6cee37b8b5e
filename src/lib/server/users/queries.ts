import { and, asc, desc, eq, exists, ilike, ne, not, or, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Db } from '../db';
import * as table from '../db/schema';
import { UNLOCK_ADDRESS } from '../auth/login';
import { rootsFor } from '../auth/access';
import { loadAssignments, type Assignment, type AuthUser } from '../auth/user';
import { underPaths } from '../units/queries';
import { toDateOrNull } from '../db/row-values';

export type UserAssignment = Assignment;

export type UserSummary = {
	id: string;
	username: string;
	displayName: string;
	email: string | null;
	phone: string | null;
	disabled: boolean;
	mustChangePassword: boolean;
	createdAt: Date;
	lastLoginAt: Date | null;
	assignments: UserAssignment[];
};

/** An account's own fields as pages show them and the audit log keeps them (never a password hash). */
export function pickAccountFields(user: UserSummary) {
	return {
		username: user.username,
		displayName: user.displayName,
		email: user.email,
		phone: user.phone,
		disabled: user.disabled,
		mustChangePassword: user.mustChangePassword
	};
}

export const LIST_LIMIT = 200;

/**
 * The accounts `actor` manages, as SQL: every account for an administrator; for a district leader
 * the accounts whose every role is a school role at a school under the leader's units.
 */
function managedCondition(actor: AuthUser): SQL | undefined {
	const roots = rootsFor(actor, 'manage_users');
	if (roots.all) return undefined;
	if (roots.paths.length === 0) return sql`false`;
	const ra = table.roleAssignments;
	const hasRole = exists(sql`(select 1 from ${ra} where ${ra.userId} = ${table.users.id})`);
	const outside = exists(
		sql`(select 1 from ${ra} left join ${table.units} on ${table.units.id} = ${ra.unitId}
			where ${ra.userId} = ${table.users.id}
			and (${ra.role} <> 'school' or ${ra.unitId} is null or not (${underPaths(roots.paths)})))`
	);
	return and(hasRole, not(outside), ne(table.users.id, actor.id));
}

const lastLogin = sql<Date | string | null>`(select max(${table.loginAttempts.at}) from ${table.loginAttempts}
	where ${table.loginAttempts.username} = ${table.users.username} and ${table.loginAttempts.success}
	  and ${table.loginAttempts.clientAddress} <> ${UNLOCK_ADDRESS})`;

const summaryColumns = {
	id: table.users.id,
	username: table.users.username,
	displayName: table.users.displayName,
	email: table.users.email,
	phone: table.users.phone,
	disabled: table.users.disabled,
	mustChangePassword: table.users.mustChangePassword,
	createdAt: table.users.createdAt,
	lastLoginAt: lastLogin
};

type SummaryRow = Omit<UserSummary, 'lastLoginAt' | 'assignments'> & { lastLoginAt: Date | string | null };

/** The rows as summaries, with their role assignments. */
async function withAssignments(db: Db, rows: SummaryRow[]): Promise<UserSummary[]> {
	const assignments = await loadAssignments(
		db,
		rows.map((r) => r.id)
	);
	return rows.map((r) => ({
		...r,
		lastLoginAt: toDateOrNull(r.lastLoginAt),
		assignments: assignments.get(r.id) ?? []
	}));
}

/** Accounts the actor manages, matching `q` (username, name or unit code), at most LIST_LIMIT. */
export async function listManagedUsers(
	db: Db,
	actor: AuthUser,
	q = ''
): Promise<{ users: UserSummary[]; total: number }> {
	const conditions: (SQL | undefined)[] = [managedCondition(actor)];
	const needle = q.trim();
	if (needle) {
		const pattern = `%${needle.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
		const ra = table.roleAssignments;
		conditions.push(
			or(
				ilike(table.users.username, pattern),
				ilike(table.users.displayName, pattern),
				exists(
					sql`(select 1 from ${ra} join ${table.units} on ${table.units.id} = ${ra.unitId}
						where ${ra.userId} = ${table.users.id} and ${table.units.code} ilike ${pattern})`
				)
			)
		);
	}
	const where = and(...conditions);
	const [{ n }] = await db
		.select({ n: sql<number>`count(*)::int` })
		.from(table.users)
		.where(where);
	const rows = await db
		.select(summaryColumns)
		.from(table.users)
		.where(where)
		.orderBy(asc(table.users.username))
		.limit(LIST_LIMIT);
	return { total: Number(n), users: await withAssignments(db, rows) };
}

/** One account by username, or null when it does not exist or the actor does not manage it. */
export async function findManagedUser(
	db: Db,
	actor: AuthUser,
	username: string
): Promise<UserSummary | null> {
	const [row] = await db
		.select(summaryColumns)
		.from(table.users)
		.where(and(eq(table.users.username, username.toLowerCase()), managedCondition(actor)));
	if (!row) return null;
	const [summary] = await withAssignments(db, [row]);
	return summary;
}

export type UnitOption = { code: string; name: string; type: string };

/** The units the actor may assign roles at (for the form's suggestions). */
export async function listAssignableUnits(db: Db, actor: AuthUser): Promise<UnitOption[]> {
	const roots = rootsFor(actor, 'manage_users');
	if (!roots.all && roots.paths.length === 0) return [];
	const conditions: (SQL | undefined)[] = [];
	if (!roots.all) {
		conditions.push(underPaths(roots.paths), eq(table.units.type, 'school'));
	}
	return db
		.select({ code: table.units.code, name: table.units.name, type: table.units.type })
		.from(table.units)
		.where(and(...conditions))
		.orderBy(asc(table.units.depth), asc(table.units.code));
}

export type HistoryEntry = {
	at: Date;
	action: string;
	actor: string | null;
	before: unknown;
	after: unknown;
};

/** The latest changes to an account, newest first. */
export async function listUserHistory(db: Db, username: string, limit = 20): Promise<HistoryEntry[]> {
	const actor = alias(table.users, 'actor');
	const rows = await db
		.select({
			at: table.auditLog.at,
			action: table.auditLog.action,
			actor: actor.username,
			before: table.auditLog.before,
			after: table.auditLog.after
		})
		.from(table.auditLog)
		.leftJoin(actor, eq(actor.id, table.auditLog.actorId))
		.where(and(eq(table.auditLog.subject, username), sql`${table.auditLog.action} like 'user.%'`))
		.orderBy(desc(table.auditLog.at), desc(table.auditLog.id))
		.limit(limit);
	return rows;
}
