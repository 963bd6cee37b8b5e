import { fail, redirect } from '@sveltejs/kit';
import { getDb } from '$lib/server/db';
import { fieldErrors } from '$lib/server/form-errors';
import { requireAdministrator } from '$lib/server/school-years/guard';
import { refusalOf } from '$lib/server/school-years/refusals';
import { createYear } from '$lib/server/school-years/store-years';
import { fieldsOf } from '$lib/schemas/form';
import { NEW_YEAR_FIELDS, newYearSchema } from '$lib/schemas/school-years';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async () => {
	requireAdministrator();
	return {};
};

export const actions: Actions = {
	default: async ({ request, locals }) => {
		const actor = requireAdministrator();
		const values = fieldsOf(await request.formData(), NEW_YEAR_FIELDS);
		const parsed = newYearSchema.safeParse(values);
		if (!parsed.success) return fail(400, { values, errors: fieldErrors(locals.locale, parsed.error) });
		const result = await createYear(await getDb(), actor.id, parsed.data);
		if (!result.ok) {
			const { status, errors } = refusalOf(locals.locale, result.reason);
			return fail(status, { values, errors });
		}
		redirect(303, `/admin/school-years/${parsed.data.code}?created=1`);
	}
};
