import { and, desc, eq, gt, lt, max, type SQL } from 'drizzle-orm';
import type { Db } from '../db';
import * as table from '../db/schema';
import { hashPassword, verifyPassword } from './password';

export const THROTTLE_WINDOW_MINUTES = 15;
export const MAX_FAILURES_PER_USERNAME = 5;
export const MAX_FAILURES_PER_ADDRESS = 20;

export type LoginResult =
	| { ok: true; userId: string; mustChangePassword: boolean }
	| { ok: false; reason: 'invalid' | 'disabled' }
	| { ok: false; reason: 'throttled'; minutes: number };

// Verifying against a real hash when the user does not exist keeps timing uniform.
let dummyHash: Promise<string> | null = null;

async function latestFailures(db: Db, where: SQL | undefined, limit: number): Promise<Date[]> {
	const rows = await db
		.select({ at: table.loginAttempts.at })
		.from(table.loginAttempts)
		.where(and(eq(table.loginAttempts.success, false), where))
		.orderBy(desc(table.loginAttempts.at))
		.limit(limit);
	return rows.map((r) => r.at);
}

/** When `limit` failures lie within the window, the oldest of them leaving it frees the client. */
function freeAt(failures: Date[], limit: number): number | null {
	return failures.length >= limit ? failures[limit - 1].getTime() + THROTTLE_WINDOW_MINUTES * 60_000 : null;
}

/**
 * Minutes until the next attempt is allowed, or null. Counters live in the database so that they
 * survive restarts and hold across processes. A successful sign-in clears the username's count
 * (only the password's owner can do that), never the address's.
 */
export async function isThrottled(
	db: Db,
	username: string,
	clientAddress: string,
	now = new Date()
): Promise<number | null> {
	const windowStart = new Date(now.getTime() - THROTTLE_WINDOW_MINUTES * 60_000);
	const [{ lastSuccess }] = await db
		.select({ lastSuccess: max(table.loginAttempts.at) })
		.from(table.loginAttempts)
		.where(and(eq(table.loginAttempts.username, username), eq(table.loginAttempts.success, true)));
	const userSince = lastSuccess && new Date(lastSuccess) > windowStart ? new Date(lastSuccess) : windowStart;
	const byUser = await latestFailures(
		db,
		and(eq(table.loginAttempts.username, username), gt(table.loginAttempts.at, userSince)),
		MAX_FAILURES_PER_USERNAME
	);
	const byAddress = await latestFailures(
		db,
		and(eq(table.loginAttempts.clientAddress, clientAddress), gt(table.loginAttempts.at, windowStart)),
		MAX_FAILURES_PER_ADDRESS
	);
	const until = [
		freeAt(byUser, MAX_FAILURES_PER_USERNAME),
		freeAt(byAddress, MAX_FAILURES_PER_ADDRESS)
	].filter((t): t is number => t !== null && t > now.getTime());
	if (until.length === 0) return null;
	return Math.max(1, Math.ceil((Math.max(...until) - now.getTime()) / 60_000));
}

/** Attempts older than a day count for nothing. */
export async function pruneLoginAttempts(db: Db, now = new Date()): Promise<void> {
	await db
		.delete(table.loginAttempts)
		.where(lt(table.loginAttempts.at, new Date(now.getTime() - 86_400_000)));
}

export async function attemptLogin(
	db: Db,
	usernameInput: string,
	password: string,
	clientAddress: string,
	now = new Date()
): Promise<LoginResult> {
	const username = usernameInput.trim().toLowerCase();
	const minutes = await isThrottled(db, username, clientAddress, now);
	if (minutes !== null) return { ok: false, reason: 'throttled', minutes };
	const [user] = await db.select().from(table.users).where(eq(table.users.username, username));
	dummyHash ??= hashPassword('not-a-real-password-0');
	const valid = await verifyPassword(user?.passwordHash ?? (await dummyHash), password);
	await db.insert(table.loginAttempts).values({ username, clientAddress, success: valid && !!user, at: now });
	if (!user || !valid) return { ok: false, reason: 'invalid' };
	if (user.disabled) return { ok: false, reason: 'disabled' };
	await pruneLoginAttempts(db, now);
	return { ok: true, userId: user.id, mustChangePassword: user.mustChangePassword };
}
