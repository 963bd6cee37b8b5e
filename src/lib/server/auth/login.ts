import { and, desc, eq, gt, lt, max, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../db';
import * as table from '../db/schema';
import { hashPassword, verifyPassword } from './password';

export const THROTTLE_WINDOW_MINUTES = 15;
export const MAX_FAILURES_PER_USERNAME = 5;
export const MAX_FAILURES_PER_ADDRESS = 20;
/** The client address of the row an administrator's unlock writes (it counts as a success). */
export const UNLOCK_ADDRESS = 'admin-unlock';

export type LoginResult =
	| { ok: true; userId: string; mustChangePassword: boolean }
	/** triesLeft: failures still allowed before this username or address is throttled. */
	| { ok: false; reason: 'invalid'; triesLeft: number }
	| { ok: false; reason: 'disabled' }
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

function minutesUntil(times: (number | null)[], now: Date): number | null {
	const until = times.filter((t): t is number => t !== null && t > now.getTime());
	if (until.length === 0) return null;
	return Math.max(1, Math.ceil((Math.max(...until) - now.getTime()) / 60_000));
}

/** The username's failures in the window since its last success or unlock (at most the limit). */
async function usernameFailures(db: Db, username: string, now: Date): Promise<Date[]> {
	const windowStart = new Date(now.getTime() - THROTTLE_WINDOW_MINUTES * 60_000);
	const [{ lastSuccess }] = await db
		.select({ lastSuccess: max(table.loginAttempts.at) })
		.from(table.loginAttempts)
		.where(and(eq(table.loginAttempts.username, username), eq(table.loginAttempts.success, true)));
	const userSince = lastSuccess && new Date(lastSuccess) > windowStart ? new Date(lastSuccess) : windowStart;
	return latestFailures(
		db,
		and(eq(table.loginAttempts.username, username), gt(table.loginAttempts.at, userSince)),
		MAX_FAILURES_PER_USERNAME
	);
}

type ThrottleState = { minutes: number | null; triesLeft: number };

async function throttleState(
	db: Db,
	username: string,
	clientAddress: string,
	now: Date
): Promise<ThrottleState> {
	const windowStart = new Date(now.getTime() - THROTTLE_WINDOW_MINUTES * 60_000);
	const byUser = await usernameFailures(db, username, now);
	const byAddress = await latestFailures(
		db,
		and(eq(table.loginAttempts.clientAddress, clientAddress), gt(table.loginAttempts.at, windowStart)),
		MAX_FAILURES_PER_ADDRESS
	);
	return {
		minutes: minutesUntil(
			[freeAt(byUser, MAX_FAILURES_PER_USERNAME), freeAt(byAddress, MAX_FAILURES_PER_ADDRESS)],
			now
		),
		triesLeft: Math.max(
			0,
			Math.min(MAX_FAILURES_PER_USERNAME - byUser.length, MAX_FAILURES_PER_ADDRESS - byAddress.length)
		)
	};
}

/**
 * Minutes until the next attempt is allowed, or null. Counters live in the database so that they
 * survive restarts and hold across processes. A successful sign-in (or an administrator's unlock)
 * clears the username's count, never the address's.
 */
export async function isThrottled(
	db: Db,
	username: string,
	clientAddress: string,
	now = new Date()
): Promise<number | null> {
	return (await throttleState(db, username, clientAddress, now)).minutes;
}

/** Minutes the username stays refused whatever the address (for the administrator's page), or null. */
export async function usernameLockedFor(db: Db, username: string, now = new Date()): Promise<number | null> {
	return minutesUntil([freeAt(await usernameFailures(db, username, now), MAX_FAILURES_PER_USERNAME)], now);
}

/**
 * Checks the limits and records the attempt as a failure in one transaction, before any password is
 * hashed: the username's and the address's transaction locks make parallel attempts take turns, so
 * 30 at once are counted one after another and only the first 5 reach the password check. The row
 * becomes a success afterwards if the password was right.
 */
async function reserveAttempt(
	db: Db,
	username: string,
	clientAddress: string,
	now: Date
): Promise<{ ok: true; id: number; triesLeft: number } | { ok: false; minutes: number }> {
	return db.transaction(async (tx) => {
		// Two key spaces, always taken in this order: no two attempts can wait for each other.
		await tx.execute(sql`select pg_advisory_xact_lock(7271, hashtext(${username}))`);
		await tx.execute(sql`select pg_advisory_xact_lock(7272, hashtext(${clientAddress}))`);
		const before = await throttleState(tx, username, clientAddress, now);
		if (before.minutes !== null) return { ok: false, minutes: before.minutes };
		const [row] = await tx
			.insert(table.loginAttempts)
			.values({ username, clientAddress, success: false, at: now })
			.returning({ id: table.loginAttempts.id });
		return { ok: true, id: row.id, triesLeft: Math.max(0, before.triesLeft - 1) };
	});
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
	const reserved = await reserveAttempt(db, username, clientAddress, now);
	if (!reserved.ok) return { ok: false, reason: 'throttled', minutes: reserved.minutes };
	const [user] = await db.select().from(table.users).where(eq(table.users.username, username));
	dummyHash ??= hashPassword('not-a-real-password-0');
	const valid = await verifyPassword(user?.passwordHash ?? (await dummyHash), password);
	if (!user || !valid) return { ok: false, reason: 'invalid', triesLeft: reserved.triesLeft };
	await db.update(table.loginAttempts).set({ success: true }).where(eq(table.loginAttempts.id, reserved.id));
	if (user.disabled) return { ok: false, reason: 'disabled' };
	await pruneLoginAttempts(db, now);
	return { ok: true, userId: user.id, mustChangePassword: user.mustChangePassword };
}
