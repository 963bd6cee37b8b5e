import { fail } from '@sveltejs/kit';
import { getDb } from '$lib/server/db';
import { fieldErrors } from '$lib/server/form-errors';
import { requireManagedUser, requireUserManager, toUserView } from '$lib/server/users/guard';
import { addRole, removeRole, resetPassword, setDisabled, updateProfile } from '$lib/server/users/manage';
import { assignableRoles } from '$lib/server/users/policy';
import { listAssignableUnits, listUserHistory } from '$lib/server/users/queries';
import { refusal } from '$lib/server/users/refusal';
import { unlockSignIn } from '$lib/server/users/unlock';
import { usernameLockedFor } from '$lib/server/auth/login';
import { fieldsOf } from '$lib/schemas/form';
import { assignmentSchema, profileSchema } from '$lib/schemas/users';
import type { Actions, PageServerLoad, RequestEvent } from './$types';

/** Every action: the actor must manage accounts, and this one (404 otherwise). */
async function target(event: RequestEvent) {
	const actor = requireUserManager();
	const db = await getDb();
	return { actor, db, user: await requireManagedUser(db, actor, event.params.username) };
}

/** A refused change under its field (else `field`), with the values typed when the form had any. */
function refuse(event: RequestEvent, reason: string, field?: string, values?: Record<string, string>) {
	const { status, errors } = refusal(event.locals.locale, reason, field);
	return fail(status, values ? { values, errors } : { errors });
}

export const load: PageServerLoad = async (event) => {
	const { actor, db, user } = await target(event);
	const history = await listUserHistory(db, user.username);
	return {
		user: toUserView(user),
		self: user.id === actor.id,
		lockedMinutes: await usernameLockedFor(db, user.username),
		roles: assignableRoles(actor),
		units: await listAssignableUnits(db, actor),
		history: history.map((h) => ({ ...h, at: h.at.toISOString() }))
	};
};

export const actions: Actions = {
	update: async (event) => {
		const { actor, db, user } = await target(event);
		const values = fieldsOf(await event.request.formData(), ['displayName', 'email', 'phone']);
		const parsed = profileSchema.safeParse(values);
		if (!parsed.success) return fail(400, { values, errors: fieldErrors(event.locals.locale, parsed.error) });
		const result = await updateProfile(db, actor, user, parsed.data);
		if (!result.ok) return refuse(event, result.reason, undefined, values);
		return { done: 'saved' as const };
	},
	addRole: async (event) => {
		const { actor, db, user } = await target(event);
		const values = fieldsOf(await event.request.formData(), ['role', 'unit']);
		const parsed = assignmentSchema.safeParse(values);
		if (!parsed.success) return fail(400, { values, errors: fieldErrors(event.locals.locale, parsed.error) });
		const result = await addRole(db, actor, user, parsed.data.role, parsed.data.unit);
		if (!result.ok) return refuse(event, result.reason, 'unit', values);
		return { done: 'saved' as const };
	},
	removeRole: async (event) => {
		const { actor, db, user } = await target(event);
		const parsed = assignmentSchema.safeParse(fieldsOf(await event.request.formData(), ['role', 'unit']));
		if (!parsed.success) return fail(400, { errors: fieldErrors(event.locals.locale, parsed.error) });
		const result = await removeRole(db, actor, user, parsed.data.role, parsed.data.unit);
		if (!result.ok) return refuse(event, result.reason, 'roles');
		return { done: 'saved' as const };
	},
	resetPassword: async (event) => {
		const { actor, db, user } = await target(event);
		const result = await resetPassword(db, actor, user);
		if (!result.ok) return refuse(event, result.reason, 'password');
		return { done: 'resetDone' as const, password: result.password };
	},
	unlock: async (event) => {
		const { actor, db, user } = await target(event);
		const result = await unlockSignIn(db, actor, user);
		if (!result.ok) return refuse(event, result.reason, 'access');
		return { done: 'unlockedDone' as const };
	},
	disable: async (event) => {
		const { actor, db, user } = await target(event);
		const result = await setDisabled(db, actor, user, true);
		if (!result.ok) return refuse(event, result.reason, 'access');
		return { done: 'disabledDone' as const };
	},
	enable: async (event) => {
		const { actor, db, user } = await target(event);
		const result = await setDisabled(db, actor, user, false);
		if (!result.ok) return refuse(event, result.reason, 'access');
		return { done: 'enabledDone' as const };
	}
};
