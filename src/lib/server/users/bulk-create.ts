// Accounts for many schools in one step: one `school` account per school of a unit that has none,
// each with its own temporary password (shown once, changed at first sign-in).
import { and, asc, eq, exists, inArray, like, ne, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Db } from '../db';
import * as table from '../db/schema';
import { can, rootsFor } from '../auth/access';
import { recordAudit } from '../auth/audit';
import { hashPassword } from '../auth/password';
import { generateSecret } from '../auth/tokens';
import type { AuthUser } from '../auth/user';
import { findUnitByCode, underPaths, type UnitRow } from '../units/queries';
import type { Ownership, SchoolLevel } from '$lib/domain/types';
import { checkAssignment } from './policy';
import { pickFreeUsername, usernameForSchoolCode } from './school-username';
import { generateTemporaryPassword } from './temporary-password';

/** argon2 costs ~50 ms a password: 500 accounts is about half a minute on a small server. */
export const BULK_MAX = 500;

export type SchoolFilter = { unit: string; level: SchoolLevel | null; ownership: Ownership | null };

export type SchoolForAccount = {
	code: string;
	name: string;
	level: SchoolLevel;
	ownership: Ownership;
	/** Usernames of the school's existing school accounts (empty: one will be created). */
	accounts: string[];
	/** The username a new account would get (before clashes with other accounts are resolved). */
	username: string;
};

export type CreatedAccount = { code: string; name: string; username: string; password: string };
export type SkippedSchool = { code: string; name: string; accounts: string[] };
export type BulkRefusal = 'unknown_unit' | 'forbidden' | 'unknown_school' | 'nothing_chosen' | 'too_many';
type Refusal = { ok: false; reason: BulkRefusal };

async function resolveUnit(db: Db, actor: AuthUser, code: string): Promise<UnitRow | Refusal> {
	const unit = await findUnitByCode(db, code);
	if (!unit) return { ok: false, reason: 'unknown_unit' };
	if (!can(actor, 'manage_users', unit)) return { ok: false, reason: 'forbidden' };
	return unit;
}

async function schoolsUnder(db: Db, unit: UnitRow, filter: SchoolFilter, codes?: string[]) {
	const u = table.units;
	const conditions: (SQL | undefined)[] = [eq(u.type, 'school'), like(u.path, `${unit.path}%`)];
	if (filter.level) conditions.push(eq(u.schoolLevel, filter.level));
	if (filter.ownership) conditions.push(eq(u.ownership, filter.ownership));
	if (codes) conditions.push(inArray(u.code, codes));
	return db
		.select()
		.from(u)
		.where(and(...conditions))
		.orderBy(asc(u.code));
}

/** School id → usernames of the accounts holding the school role there. */
async function existingAccounts(db: Db, schoolIds: number[]): Promise<Map<number, string[]>> {
	const byUnit = new Map<number, string[]>();
	if (schoolIds.length === 0) return byUnit;
	const rows = await db
		.select({ unitId: table.roleAssignments.unitId, username: table.users.username })
		.from(table.roleAssignments)
		.innerJoin(table.users, eq(table.users.id, table.roleAssignments.userId))
		.where(and(eq(table.roleAssignments.role, 'school'), inArray(table.roleAssignments.unitId, schoolIds)))
		.orderBy(asc(table.users.username));
	for (const r of rows) byUnit.set(r.unitId!, [...(byUnit.get(r.unitId!) ?? []), r.username]);
	return byUnit;
}

/** The schools of a unit (matching the filter) with their accounts, for the actor to choose from. */
export async function listSchoolsForAccounts(
	db: Db,
	actor: AuthUser,
	filter: SchoolFilter
): Promise<{ ok: true; unit: { code: string; name: string }; schools: SchoolForAccount[] } | Refusal> {
	const unit = await resolveUnit(db, actor, filter.unit);
	if ('ok' in unit) return unit;
	const schools = (await schoolsUnder(db, unit, filter)).filter(
		(s) => checkAssignment(actor, 'school', s) === 'ok'
	);
	const accounts = await existingAccounts(
		db,
		schools.map((s) => s.id)
	);
	return {
		ok: true,
		unit: { code: unit.code, name: unit.name },
		schools: schools.map((s) => ({
			code: s.code,
			name: s.name,
			level: s.schoolLevel!,
			ownership: s.ownership!,
			accounts: accounts.get(s.id) ?? [],
			username: usernameForSchoolCode(s.code)
		}))
	};
}

/** The units with schools whose accounts the actor may make (the choice on the page), top first. */
export async function listUnitsForAccounts(
	db: Db,
	actor: AuthUser
): Promise<{ code: string; name: string; type: string }[]> {
	const scope = rootsFor(actor, 'manage_users');
	if (!scope.all && scope.paths.length === 0) return [];
	const u = table.units;
	const school = alias(table.units, 'school');
	const hasSchools = exists(
		db
			.select({ one: sql`1` })
			.from(school)
			.where(and(eq(school.type, 'school'), like(school.path, sql`${u.path} || '%'`)))
	);
	return db
		.select({ code: u.code, name: u.name, type: u.type })
		.from(u)
		.where(and(ne(u.type, 'school'), scope.all ? undefined : underPaths(scope.paths), hasSchools))
		.orderBy(asc(u.depth), asc(u.name));
}

async function takenUsernames(db: Db, candidates: string[]): Promise<Set<string>> {
	if (candidates.length === 0) return new Set();
	const rows = await db
		.select({ username: table.users.username })
		.from(table.users)
		.where(inArray(table.users.username, candidates));
	return new Set(rows.map((r) => r.username));
}

/**
 * Creates one school account for each chosen school (all matching the filter when `schools` is
 * null) that has none yet, in one transaction; schools that have an account are skipped, never
 * reset. Audited like single creation ('user.create' per account) plus one 'user.bulk_create'.
 */
export async function createSchoolAccounts(
	db: Db,
	actor: AuthUser,
	input: SchoolFilter & { schools: string[] | null }
): Promise<
	| { ok: true; unit: { code: string; name: string }; created: CreatedAccount[]; skipped: SkippedSchool[] }
	| Refusal
> {
	const unit = await resolveUnit(db, actor, input.unit);
	if ('ok' in unit) return unit;
	const picked = input.schools ? [...new Set(input.schools)] : undefined;
	if (picked?.length === 0) return { ok: false, reason: 'nothing_chosen' };
	const schools = await schoolsUnder(db, unit, input, picked);
	if (picked && schools.length !== picked.length) return { ok: false, reason: 'unknown_school' };
	if (schools.some((s) => checkAssignment(actor, 'school', s) !== 'ok'))
		return { ok: false, reason: 'forbidden' };
	if (schools.length === 0) return { ok: false, reason: 'nothing_chosen' };

	const before = await existingAccounts(
		db,
		schools.map((s) => s.id)
	);
	const toCreate = schools.filter((s) => !before.has(s.id));
	if (toCreate.length > BULK_MAX) return { ok: false, reason: 'too_many' };
	// Hashing is slow: done before the transaction so that it stays short.
	const passwords = toCreate.map(() => generateTemporaryPassword());
	const hashes = await Promise.all(passwords.map(hashPassword));

	return db.transaction(async (tx) => {
		// Looked at again inside the transaction: someone may have created one meanwhile.
		const existing = await existingAccounts(
			tx,
			schools.map((s) => s.id)
		);
		const taken = await takenUsernames(
			tx,
			toCreate.map((s) => usernameForSchoolCode(s.code))
		);
		const created: CreatedAccount[] = [];
		for (const [i, school] of toCreate.entries()) {
			if (existing.has(school.id)) continue;
			const base = usernameForSchoolCode(school.code);
			let username = pickFreeUsername(base, (n) => taken.has(n));
			// A suffixed name may belong to an account outside this batch: ask the database.
			while (username !== base && (await takenUsernames(tx, [username])).size > 0) {
				taken.add(username);
				username = pickFreeUsername(base, (n) => taken.has(n));
			}
			taken.add(username);
			const id = `u-${generateSecret()}`;
			const values = { username, displayName: school.name, email: null, phone: null };
			await tx
				.insert(table.users)
				.values({ id, ...values, passwordHash: hashes[i], mustChangePassword: true });
			await tx.insert(table.roleAssignments).values({ userId: id, role: 'school', unitId: school.id });
			await recordAudit(tx, {
				actorId: actor.id,
				action: 'user.create',
				subject: username,
				unitId: school.id,
				after: {
					...values,
					disabled: false,
					mustChangePassword: true,
					roles: [{ role: 'school', unit: school.code }]
				}
			});
			created.push({ code: school.code, name: school.name, username, password: passwords[i] });
		}
		const skipped = schools
			.filter((s) => existing.has(s.id))
			.map((s) => ({ code: s.code, name: s.name, accounts: existing.get(s.id)! }));
		await recordAudit(tx, {
			actorId: actor.id,
			action: 'user.bulk_create',
			subject: unit.code,
			unitId: unit.id,
			after: {
				level: input.level,
				ownership: input.ownership,
				picked: picked ?? null,
				created: created.map((c) => ({ school: c.code, username: c.username })),
				skipped: skipped.map((s) => s.code)
			}
		});
		return { ok: true as const, unit: { code: unit.code, name: unit.name }, created, skipped };
	});
}
