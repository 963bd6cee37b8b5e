import { and, eq, isNull } from 'drizzle-orm';
import type { Db } from '../db';
import * as table from '../db/schema';
import { generateSecret, hashSecret, secretMatches, splitToken } from './tokens';
import { loadAuthUser, type AuthUser } from './user';

const PREFIX = 'ct_';

/** Creates a personal API token; the token itself is returned once and never stored. */
export async function createApiToken(
	db: Db,
	userId: string,
	name: string
): Promise<{ id: string; token: string }> {
	const id = `${PREFIX}${generateSecret()}`;
	const secret = generateSecret();
	await db.insert(table.apiTokens).values({ id, userId, name, tokenHash: hashSecret(secret) });
	return { id, token: `${id}.${secret}` };
}

export async function validateApiToken(db: Db, token: string): Promise<AuthUser | null> {
	const parts = splitToken(token);
	if (!parts || !parts.id.startsWith(PREFIX)) return null;
	const [row] = await db
		.select()
		.from(table.apiTokens)
		.where(and(eq(table.apiTokens.id, parts.id), isNull(table.apiTokens.revokedAt)));
	if (!row || !secretMatches(parts.secret, row.tokenHash)) return null;
	const user = await loadAuthUser(db, row.userId);
	if (!user || user.disabled) return null;
	await db.update(table.apiTokens).set({ lastUsedAt: new Date() }).where(eq(table.apiTokens.id, row.id));
	return user;
}

export async function revokeApiToken(db: Db, userId: string, id: string): Promise<boolean> {
	const rows = await db
		.update(table.apiTokens)
		.set({ revokedAt: new Date() })
		.where(
			and(eq(table.apiTokens.id, id), eq(table.apiTokens.userId, userId), isNull(table.apiTokens.revokedAt))
		)
		.returning({ id: table.apiTokens.id });
	return rows.length > 0;
}
