import { and, eq, isNull } from 'drizzle-orm';
import type { Db } from '../db';
import * as table from '../db/schema';
import { USERNAME_PATTERN } from '../../schemas/users';
import { recordAudit } from '../auth/audit';
import { hashPassword } from '../auth/password';
import { invalidateUserSessions } from '../auth/session';
import { revokeUserTokens } from '../auth/api-tokens';
import { generateSecret } from '../auth/tokens';
import { findPasswordWeakness, generateAdminPassword, type PasswordWeakness } from './admin-password';

export type AdminCreation =
	| { ok: true; created: boolean; username: string; generatedPassword: string | null }
	| { ok: false; reason: 'invalid_username' }
	| { ok: false; reason: 'weak_password'; weakness: PasswordWeakness };

/**
 * Creates an administrator, or resets an existing account of that name into one: the password set,
 * the account enabled, the admin role added (admin roles carry no unit, so this works on a database
 * without any unit), every session ended. Without a password a strong one is generated and returned
 * once; its holder must change it at the first sign-in. Done from the command line: no actor.
 */
export async function createOrResetAdmin(
	db: Db,
	input: { username: string; password: string | null; displayName?: string }
): Promise<AdminCreation> {
	const username = input.username.trim().toLowerCase();
	if (!USERNAME_PATTERN.test(username)) return { ok: false, reason: 'invalid_username' };
	if (input.password !== null) {
		const weakness = findPasswordWeakness(input.password, username);
		if (weakness) return { ok: false, reason: 'weak_password', weakness };
	}
	const generated = input.password === null ? generateAdminPassword() : null;
	const passwordHash = await hashPassword(input.password ?? generated!);
	const mustChangePassword = generated !== null;
	let created = false;
	await db.transaction(async (tx) => {
		const [existing] = await tx.select().from(table.users).where(eq(table.users.username, username));
		let userId = existing?.id;
		if (!existing) {
			created = true;
			userId = `u-${generateSecret()}`;
			const displayName = input.displayName?.trim() || username;
			await tx
				.insert(table.users)
				.values({ id: userId, username, displayName, passwordHash, mustChangePassword });
		} else {
			await tx
				.update(table.users)
				.set({ passwordHash, mustChangePassword, disabled: false })
				.where(eq(table.users.id, existing.id));
			await invalidateUserSessions(tx, existing.id);
			await revokeUserTokens(tx, existing.id);
		}
		const [role] = await tx
			.select({ id: table.roleAssignments.id })
			.from(table.roleAssignments)
			.where(
				and(
					eq(table.roleAssignments.userId, userId!),
					eq(table.roleAssignments.role, 'admin'),
					isNull(table.roleAssignments.unitId)
				)
			);
		if (!role)
			await tx.insert(table.roleAssignments).values({ userId: userId!, role: 'admin', unitId: null });
		await recordAudit(tx, {
			actorId: null,
			action: created ? 'user.admin_create' : 'user.admin_reset',
			subject: username,
			before: existing
				? { disabled: existing.disabled, mustChangePassword: existing.mustChangePassword, adminRole: !!role }
				: null,
			after: { disabled: false, mustChangePassword, adminRole: true, via: 'admin:create' }
		});
	});
	return { ok: true, created, username, generatedPassword: generated };
}
