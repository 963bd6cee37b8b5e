import { error, fail, redirect } from '@sveltejs/kit';
import { getDb } from '$lib/server/db';
import { fieldErrors } from '$lib/server/form-errors';
import { requireAdministrator } from '$lib/server/school-years/guard';
import { findRule, listElementCodes } from '$lib/server/catalogue/queries';
import { catalogueRefusal } from '$lib/server/catalogue/refusals';
import { createRule, updateRule } from '$lib/server/catalogue/store-rules';
import { fieldsOf } from '$lib/schemas/form';
import { ruleSchema } from '$lib/schemas/catalogue';
import type { Actions, PageServerLoad } from './$types';

const FIELDS = ['groupKey', 'kind', 'left', 'right', 'nameVi', 'nameEn'] as const;

/** 'new', or the id of a stored rule (anything else is a 404). */
function ruleIdOf(param: string): number | 'new' {
	if (param === 'new') return 'new';
	if (!/^\d{1,9}$/.test(param)) error(404, 'Not found');
	return Number(param);
}

export const load: PageServerLoad = async ({ params }) => {
	requireAdministrator();
	const id = ruleIdOf(params.id);
	const db = await getDb();
	const codes = await listElementCodes(db);
	if (id === 'new') return { rule: null, codes };
	const rule = await findRule(db, id);
	if (!rule) error(404, 'Not found');
	return { rule, codes };
};

export const actions: Actions = {
	default: async ({ request, params, locals }) => {
		const actor = requireAdministrator();
		const id = ruleIdOf(params.id);
		const data = await request.formData();
		const values = { ...fieldsOf(data, FIELDS), active: data.get('active') === 'on' };
		const parsed = ruleSchema.safeParse(values);
		if (!parsed.success) return fail(400, { values, errors: fieldErrors(locals.locale, parsed.error) });
		const db = await getDb();
		const result =
			id === 'new'
				? await createRule(db, actor.id, parsed.data)
				: await updateRule(db, actor.id, id, parsed.data);
		if (!result.ok) {
			const { status, errors } = catalogueRefusal(locals.locale, result.reason, result);
			return fail(status, { values, errors });
		}
		redirect(303, `/admin/catalogue/rules/${'id' in result ? result.id : id}?saved=1`);
	}
};
