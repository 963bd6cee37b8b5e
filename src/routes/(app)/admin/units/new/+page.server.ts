import { error, fail, redirect } from '@sveltejs/kit';
import { getDb } from '$lib/server/db';
import { requireUser } from '$lib/server/auth/guard';
import { canSomewhere } from '$lib/server/auth/access';
import { fieldErrors } from '$lib/server/form-errors';
import { createUnit } from '$lib/server/units/manage';
import { refusalOf } from '$lib/server/units/refusals';
import { fieldsOf } from '$lib/schemas/form';
import { NEW_UNIT_FIELDS, newUnitSchema } from '$lib/schemas/units';
import type { Actions, PageServerLoad } from './$types';

/** Who manages units somewhere; the parent chosen is checked with can() when the unit is added. */
function requireUnitManager() {
	const user = requireUser();
	if (!canSomewhere(user, 'manage_units')) error(403, 'Forbidden');
	return user;
}

export const load: PageServerLoad = async ({ url }) => {
	requireUnitManager();
	return { parentCode: url.searchParams.get('parent') ?? '' };
};

export const actions: Actions = {
	default: async ({ request, locals }) => {
		const user = requireUnitManager();
		const values = fieldsOf(await request.formData(), NEW_UNIT_FIELDS);
		const parsed = newUnitSchema.safeParse(values);
		if (!parsed.success) return fail(400, { values, errors: fieldErrors(locals.locale, parsed.error) });
		const outcome = await createUnit(await getDb(), user, parsed.data);
		if (!outcome.ok) {
			const { status, errors } = refusalOf(locals.locale, outcome.reason);
			return fail(status, { values, errors });
		}
		redirect(303, `/admin/units/${encodeURIComponent(parsed.data.code)}?created=1`);
	}
};
