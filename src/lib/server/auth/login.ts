import { and, count, eq, gte, sql } from 'drizzle-orm';
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

/** Counters live in the database so that they survive restarts and hold across processes. */
export async function isThrottled(
	db: Db,
	username: string,
	clientAddress: string,
	now = new Date()
): Promise<number | null> {
	const since = new Date(now.getTime() - THROTTLE_WINDOW_MINUTES * 60_000);
	const failures = (where: ReturnType<typeof and>) =>
		db
			.select({ n: count(), first: sql<string>`min(${table.loginAttempts.at})` })
			.from(table.loginAttempts)
			.where(where);
	const [byUser] = await failures(
		and(
			eq(table.loginAttempts.username, username),
			eq(table.loginAttempts.success, false),
			gte(table.loginAttempts.at, since)
		)
	);
	const [byAddress] = await failures(
		and(
			eq(table.loginAttempts.clientAddress, clientAddress),
			eq(table.loginAttempts.success, false),
			gte(table.loginAttempts.at, since)
		)
	);
	const blocking = [
		byUser.n >= MAX_FAILURES_PER_USERNAME ? byUser.first : null,
		byAddress.n >= MAX_FAILURES_PER_ADDRESS ? byAddress.first : null
	].filter((x): x is string => !!x);
	if (blocking.length === 0) return null;
	const oldest = Math.min(...blocking.map((b) => new Date(b).getTime()));
	const freeAt = oldest + THROTTLE_WINDOW_MINUTES * 60_000;
	return Math.max(1, Math.ceil((freeAt - now.getTime()) / 60_000));
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
	return { ok: true, userId: user.id, mustChangePassword: user.mustChangePassword };
}
