import { error, fail, redirect } from '@sveltejs/kit';
import { getDb } from '$lib/server/db';
import { fieldErrors } from '$lib/server/form-errors';
import { requireAdministrator } from '$lib/server/school-years/guard';
import { listForms } from '$lib/server/school-years/queries';
import { findElementForEdit } from '$lib/server/catalogue/queries';
import { catalogueRefusal } from '$lib/server/catalogue/refusals';
import { createElement, updateElement } from '$lib/server/catalogue/store-elements';
import { fieldsOf } from '$lib/schemas/form';
import { elementSchema } from '$lib/schemas/catalogue';
import type { Actions, PageServerLoad } from './$types';

const FIELDS = ['code', 'nameVi', 'nameEn', 'valueType', 'unitScope', 'maxLevel'] as const;

export const load: PageServerLoad = async ({ params }) => {
	requireAdministrator();
	const db = await getDb();
	const forms = (await listForms(db)).map((f) => f.code);
	if (params.code === 'new') return { element: null, inUse: false, forms };
	const found = await findElementForEdit(db, params.code);
	if (!found) error(404, 'Not found');
	return { ...found, forms: [...new Set([...forms, ...found.element.forms])] };
};

export const actions: Actions = {
	default: async ({ request, params, locals }) => {
		const actor = requireAdministrator();
		const data = await request.formData();
		const values = {
			...fieldsOf(data, FIELDS),
			levels: data.getAll('levels').map(String),
			forms: data.getAll('forms').map(String)
		};
		const parsed = elementSchema.safeParse(values);
		if (!parsed.success) return fail(400, { values, errors: fieldErrors(locals.locale, parsed.error) });
		const db = await getDb();
		const result =
			params.code === 'new'
				? await createElement(db, actor.id, parsed.data)
				: await updateElement(db, actor.id, params.code, parsed.data);
		if (!result.ok) {
			const { status, errors } = catalogueRefusal(locals.locale, result.reason);
			return fail(status, { values, errors });
		}
		redirect(303, `/admin/catalogue/elements/${parsed.data.code}?saved=1`);
	}
};
