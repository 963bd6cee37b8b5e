import type { Db } from '../db';
import * as table from '../db/schema';
import { recordAudit } from '../auth/audit';
import { UNLOCK_ADDRESS, usernameLockedFor } from '../auth/login';
import type { AuthUser } from '../auth/user';
import { canManageAccount } from './policy';
import type { UserSummary } from './queries';

/**
 * Lifts the per-username sign-in pause (5 failures) at once, as a success would. Addresses keep
 * their own count: an attacker's address that reached 20 failures stays refused. Sessions the
 * owner already holds were never touched by the pause.
 */
export async function unlockSignIn(
	db: Db,
	actor: AuthUser,
	target: UserSummary,
	now = new Date()
): Promise<{ ok: true } | { ok: false; reason: 'forbidden' }> {
	if (!canManageAccount(actor, target)) return { ok: false, reason: 'forbidden' };
	const lockedFor = await usernameLockedFor(db, target.username, now);
	await db.transaction(async (tx) => {
		await tx
			.insert(table.loginAttempts)
			.values({ username: target.username, clientAddress: UNLOCK_ADDRESS, success: true, at: now });
		await recordAudit(tx, {
			actorId: actor.id,
			action: 'user.unlock',
			subject: target.username,
			unitId: target.assignments.find((a) => a.unitId !== null)?.unitId ?? null,
			before: { lockedForMinutes: lockedFor },
			after: { lockedForMinutes: null }
		});
	});
	return { ok: true };
}
