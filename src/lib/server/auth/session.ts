import { and, eq, lt } from 'drizzle-orm';
import type { Db } from '../db';
import { env } from '../db/env';
import * as table from '../db/schema';
import type { AuthUser } from './user';
import { loadSessionWithUser } from './session-row';
import { generateSecret, hashSecret, secretMatches, splitToken } from './tokens';

const DAY = 24 * 60 * 60 * 1000;
export const SESSION_COOKIE = 'chitieu_session';
export const SESSION_DAYS = 30;

export function sessionIdleLimitMs(): number {
	return env().sessionIdleDays * DAY;
}

export type Session = { id: string; userId: string; expiresAt: Date };

export async function createSession(db: Db, userId: string, now = new Date()) {
	const id = generateSecret();
	const secret = generateSecret();
	const session: Session = { id, userId, expiresAt: new Date(now.getTime() + SESSION_DAYS * DAY) };
	await db.insert(table.sessions).values({
		id,
		secretHash: hashSecret(secret),
		userId,
		expiresAt: session.expiresAt,
		lastUsedAt: now
	});
	return { token: `${id}.${secret}`, session };
}

export type SessionValidation = { session: Session; user: AuthUser } | { session: null; user: null };

/** Sliding expiry: a session used in its second half is renewed for another 30 days. */
export async function validateSessionToken(
	db: Db,
	token: string,
	now = new Date()
): Promise<SessionValidation> {
	const none = { session: null, user: null } as const;
	const parts = splitToken(token);
	if (!parts) return none;
	const row = await loadSessionWithUser(db, parts.id);
	if (!row || !secretMatches(parts.secret, row.secretHash)) return none;
	const idleTooLong = now.getTime() - row.lastUsedAt.getTime() > sessionIdleLimitMs();
	if (now >= row.expiresAt || idleTooLong) {
		await db.delete(table.sessions).where(eq(table.sessions.id, row.id));
		return none;
	}
	const user = row.user;
	if (!user || user.disabled) return none;
	let expiresAt = row.expiresAt;
	if (expiresAt.getTime() - now.getTime() < (SESSION_DAYS / 2) * DAY) {
		expiresAt = new Date(now.getTime() + SESSION_DAYS * DAY);
	}
	// Writing lastUsedAt on every request would make reads write; a minute's precision is enough.
	if (expiresAt !== row.expiresAt || now.getTime() - row.lastUsedAt.getTime() > 60_000) {
		await db.update(table.sessions).set({ expiresAt, lastUsedAt: now }).where(eq(table.sessions.id, row.id));
	}
	return { session: { id: row.id, userId: row.userId, expiresAt }, user };
}

export async function invalidateSession(db: Db, sessionId: string): Promise<void> {
	await db.delete(table.sessions).where(eq(table.sessions.id, sessionId));
}

export async function invalidateUserSessions(db: Db, userId: string): Promise<void> {
	await db.delete(table.sessions).where(eq(table.sessions.userId, userId));
}

export async function deleteExpiredSessions(db: Db, now = new Date()): Promise<void> {
	await db.delete(table.sessions).where(and(lt(table.sessions.expiresAt, now)));
}
