import { and, desc, eq, isNull } from 'drizzle-orm';
import type { Db } from '../db';
import * as table from '../db/schema';
import { recordAudit } from './audit';
import { generateSecret, hashSecret, secretMatches, splitToken } from './tokens';
import { loadAuthUser, type AuthUser } from './user';

const PREFIX = 'ct_';

export type ApiTokenInfo = {
	id: string;
	name: string;
	createdAt: Date;
	lastUsedAt: Date | null;
	expiresAt: Date | null;
	revokedAt: Date | null;
};

/** Lifetimes offered at creation, in days (null: until revoked or the password changes). */
export const TOKEN_LIFETIMES = [30, 90, 365, null] as const;
export type TokenLifetime = (typeof TOKEN_LIFETIMES)[number];

/** Creates a personal API token; the token itself is returned once and never stored. */
export async function createApiToken(
	db: Db,
	user: { id: string; username: string },
	name: string,
	lifetimeDays: TokenLifetime = null,
	now = new Date()
): Promise<{ id: string; token: string; expiresAt: Date | null }> {
	const id = `${PREFIX}${generateSecret()}`;
	const secret = generateSecret();
	const expiresAt = lifetimeDays === null ? null : new Date(now.getTime() + lifetimeDays * 86_400_000);
	await db.transaction(async (tx) => {
		await tx
			.insert(table.apiTokens)
			.values({ id, userId: user.id, name, tokenHash: hashSecret(secret), expiresAt, createdAt: now });
		await recordAudit(tx, {
			actorId: user.id,
			action: 'token.create',
			subject: user.username,
			after: { id, name, expiresAt: expiresAt?.toISOString() ?? null }
		});
	});
	return { id, token: `${id}.${secret}`, expiresAt };
}

/** The user's tokens, newest first (revoked ones too, so that the list explains what stopped working). */
export async function listApiTokens(db: Db, userId: string): Promise<ApiTokenInfo[]> {
	return db
		.select({
			id: table.apiTokens.id,
			name: table.apiTokens.name,
			createdAt: table.apiTokens.createdAt,
			lastUsedAt: table.apiTokens.lastUsedAt,
			expiresAt: table.apiTokens.expiresAt,
			revokedAt: table.apiTokens.revokedAt
		})
		.from(table.apiTokens)
		.where(eq(table.apiTokens.userId, userId))
		.orderBy(desc(table.apiTokens.createdAt), desc(table.apiTokens.id));
}

export async function validateApiToken(db: Db, token: string, now = new Date()): Promise<AuthUser | null> {
	const parts = splitToken(token);
	if (!parts || !parts.id.startsWith(PREFIX)) return null;
	const [row] = await db
		.select()
		.from(table.apiTokens)
		.where(and(eq(table.apiTokens.id, parts.id), isNull(table.apiTokens.revokedAt)));
	if (!row || !secretMatches(parts.secret, row.tokenHash)) return null;
	if (row.expiresAt && row.expiresAt.getTime() <= now.getTime()) return null;
	const user = await loadAuthUser(db, row.userId);
	if (!user || user.disabled) return null;
	// A minute's precision is enough, and spares a write on every call of a busy integration.
	if (!row.lastUsedAt || now.getTime() - row.lastUsedAt.getTime() > 60_000) {
		await db.update(table.apiTokens).set({ lastUsedAt: now }).where(eq(table.apiTokens.id, row.id));
	}
	return user;
}

/** Revokes one of the user's own live tokens; false when there is no such token. */
export async function revokeApiToken(
	db: Db,
	user: { id: string; username: string },
	id: string
): Promise<boolean> {
	return db.transaction(async (tx) => {
		const rows = await tx
			.update(table.apiTokens)
			.set({ revokedAt: new Date() })
			.where(
				and(
					eq(table.apiTokens.id, id),
					eq(table.apiTokens.userId, user.id),
					isNull(table.apiTokens.revokedAt)
				)
			)
			.returning({ id: table.apiTokens.id, name: table.apiTokens.name });
		if (rows.length === 0) return false;
		await recordAudit(tx, {
			actorId: user.id,
			action: 'token.revoke',
			subject: user.username,
			before: { id, name: rows[0].name }
		});
		return true;
	});
}

/**
 * Ends every live token of the user: called in the transaction that changes or resets the password,
 * since whoever learnt the old password could have made a token with it.
 */
export async function revokeUserTokens(db: Db, userId: string, now = new Date()): Promise<number> {
	const rows = await db
		.update(table.apiTokens)
		.set({ revokedAt: now })
		.where(and(eq(table.apiTokens.userId, userId), isNull(table.apiTokens.revokedAt)))
		.returning({ id: table.apiTokens.id });
	return rows.length;
}
