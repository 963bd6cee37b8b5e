import { fail } from '@sveltejs/kit';
import { getDb } from '$lib/server/db';
import { fieldErrors } from '$lib/server/form-errors';
import { requireAdministrator } from '$lib/server/school-years/guard';
import { listForms } from '$lib/server/school-years/queries';
import { refusalOf } from '$lib/server/school-years/refusals';
import { createForm, updateForm } from '$lib/server/school-years/store-forms';
import { fieldsOf } from '$lib/schemas/form';
import { reportFormSchema } from '$lib/schemas/school-years';
import type { Actions, PageServerLoad } from './$types';

const FIELDS = ['code', 'nameVi', 'nameEn', 'periodType'] as const;

export const load: PageServerLoad = async () => {
	requireAdministrator();
	return { forms: await listForms(await getDb()) };
};

async function readForm(request: Request) {
	const data = await request.formData();
	const values = { ...fieldsOf(data, FIELDS), levels: data.getAll('levels').map(String) };
	return { values, parsed: reportFormSchema.safeParse(values) };
}

export const actions: Actions = {
	create: async ({ request, locals }) => {
		const actor = requireAdministrator();
		const { values, parsed } = await readForm(request);
		if (!parsed.success)
			return fail(400, { target: 'new', values, errors: fieldErrors(locals.locale, parsed.error) });
		const result = await createForm(await getDb(), actor.id, parsed.data);
		if (!result.ok) return fail(400, { target: 'new', values, ...refusalOf(locals.locale, result.reason) });
		return { saved: parsed.data.code };
	},
	update: async ({ request, locals }) => {
		const actor = requireAdministrator();
		const { values, parsed } = await readForm(request);
		const target = values.code;
		if (!parsed.success)
			return fail(400, { target, values, errors: fieldErrors(locals.locale, parsed.error) });
		const { code, ...rest } = parsed.data;
		const result = await updateForm(await getDb(), actor.id, code, rest);
		if (!result.ok) {
			const { status, errors } = refusalOf(locals.locale, result.reason);
			return fail(status, { target, values, errors });
		}
		return { saved: code };
	}
};
