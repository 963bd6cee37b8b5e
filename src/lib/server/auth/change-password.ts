import { eq } from 'drizzle-orm';
import type { Db } from '../db';
import * as table from '../db/schema';
import { hashPassword, verifyPassword } from './password';
import { invalidateUserSessions } from './session';
import { revokeUserTokens } from './api-tokens';

/** Changes the user's own password; every session and API token of the user ends (the caller signs in anew). */
export async function changeOwnPassword(
	db: Db,
	userId: string,
	current: string,
	next: string
): Promise<'ok' | 'wrong_current'> {
	const [user] = await db.select().from(table.users).where(eq(table.users.id, userId));
	if (!user || !(await verifyPassword(user.passwordHash, current))) return 'wrong_current';
	const passwordHash = await hashPassword(next);
	await db.transaction(async (tx) => {
		await tx
			.update(table.users)
			.set({ passwordHash, mustChangePassword: false })
			.where(eq(table.users.id, userId));
		await invalidateUserSessions(tx, userId);
		const tokensRevoked = await revokeUserTokens(tx, userId);
		await tx.insert(table.auditLog).values({
			actorId: userId,
			action: 'user.password_change',
			subject: user.username,
			after: tokensRevoked ? { tokensRevoked } : null
		});
	});
	return 'ok';
}
