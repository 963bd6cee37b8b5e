import { fail } from '@sveltejs/kit';
import { getDb } from '$lib/server/db';
import { fieldErrors } from '$lib/server/form-errors';
import { requireUserManager } from '$lib/server/users/guard';
import { createUser } from '$lib/server/users/manage';
import { assignableRoles } from '$lib/server/users/policy';
import { listAssignableUnits } from '$lib/server/users/queries';
import { refusal } from '$lib/server/users/refusal';
import { fieldsOf } from '$lib/schemas/form';
import { newUserSchema } from '$lib/schemas/users';
import type { Actions, PageServerLoad } from './$types';

const FIELDS = ['username', 'displayName', 'email', 'phone', 'role', 'unit'] as const;

export const load: PageServerLoad = async () => {
	const actor = requireUserManager();
	return { roles: assignableRoles(actor), units: await listAssignableUnits(await getDb(), actor) };
};

export const actions: Actions = {
	default: async ({ request, locals }) => {
		const actor = requireUserManager();
		const values = fieldsOf(await request.formData(), FIELDS);
		const parsed = newUserSchema.safeParse(values);
		if (!parsed.success) return fail(400, { values, errors: fieldErrors(locals.locale, parsed.error) });
		const result = await createUser(await getDb(), actor, parsed.data);
		if (!result.ok) {
			const { status, errors } = refusal(locals.locale, result.reason, 'unit');
			return fail(status, { values, errors });
		}
		return { created: { username: result.username, password: result.password } };
	}
};
