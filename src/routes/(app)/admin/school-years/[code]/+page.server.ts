import { error, fail, redirect } from '@sveltejs/kit';
import { getDb } from '$lib/server/db';
import { fieldErrors } from '$lib/server/form-errors';
import { requireAdministrator } from '$lib/server/school-years/guard';
import { findYear, listForms, listYearPeriods } from '$lib/server/school-years/queries';
import { refusalOf } from '$lib/server/school-years/refusals';
import {
	addMonths,
	addPeriod,
	deletePeriod,
	deleteYear,
	updatePeriod,
	updateYear
} from '$lib/server/school-years/store-years';
import { fieldsOf } from '$lib/schemas/form';
import {
	monthsSchema,
	newPeriodSchema,
	PERIOD_FIELDS,
	periodFieldsSchema,
	YEAR_DATE_FIELDS,
	yearDatesSchema
} from '$lib/schemas/school-years';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ params, url }) => {
	requireAdministrator();
	const db = await getDb();
	const year = await findYear(db, params.code);
	if (!year) error(404, 'Not found');
	const [periods, forms] = await Promise.all([listYearPeriods(db, year.id), listForms(db)]);
	const { id: _id, ...dates } = year;
	return {
		year: dates,
		periods,
		forms,
		created: url.searchParams.has('created'),
		copied: url.searchParams.has('copied')
	};
};

export const actions: Actions = {
	updateYear: async ({ request, params, locals }) => {
		const actor = requireAdministrator();
		const values = fieldsOf(await request.formData(), YEAR_DATE_FIELDS);
		const parsed = yearDatesSchema.safeParse(values);
		if (!parsed.success)
			return fail(400, { target: 'year', values, errors: fieldErrors(locals.locale, parsed.error) });
		const result = await updateYear(await getDb(), actor.id, params.code, parsed.data);
		if (!result.ok) error(404, 'Not found');
		return { saved: 'year' };
	},
	addPeriod: async ({ request, params, locals }) => {
		const actor = requireAdministrator();
		const values = fieldsOf(await request.formData(), ['form', 'key', ...PERIOD_FIELDS]);
		const head = newPeriodSchema.safeParse(values);
		const fields = periodFieldsSchema.safeParse(values);
		if (!head.success || !fields.success) {
			const errors = {
				...(head.success ? {} : fieldErrors(locals.locale, head.error)),
				...(fields.success ? {} : fieldErrors(locals.locale, fields.error))
			};
			return fail(400, { target: 'add', values, errors });
		}
		const result = await addPeriod(await getDb(), actor.id, params.code, { ...head.data, ...fields.data });
		if (!result.ok) {
			const { status, errors } = refusalOf(
				locals.locale,
				result.reason,
				result.reason === 'exists' ? 'key' : undefined
			);
			return fail(status, { target: 'add', values, errors });
		}
		return { saved: `period:${head.data.key}` };
	},
	updatePeriod: async ({ request, params, locals }) => {
		const actor = requireAdministrator();
		const data = await request.formData();
		const key = String(data.get('key') ?? '');
		const values = fieldsOf(data, PERIOD_FIELDS);
		const parsed = periodFieldsSchema.safeParse(values);
		const target = `period:${key}`;
		if (!parsed.success)
			return fail(400, { target, values, errors: fieldErrors(locals.locale, parsed.error) });
		const result = await updatePeriod(await getDb(), actor.id, params.code, key, parsed.data);
		if (!result.ok) error(404, 'Not found');
		return { saved: target };
	},
	deletePeriod: async ({ request, params, locals }) => {
		const actor = requireAdministrator();
		const { key } = fieldsOf(await request.formData(), ['key']);
		const result = await deletePeriod(await getDb(), actor.id, params.code, key);
		if (!result.ok) {
			if (result.reason === 'not_found') error(404, 'Not found');
			const { status, errors } = refusalOf(locals.locale, result.reason);
			return fail(status, { target: `period:${key}`, values: null, errors });
		}
		return { deleted: key };
	},
	addMonths: async ({ request, params, locals }) => {
		const actor = requireAdministrator();
		const values = fieldsOf(await request.formData(), ['form', 'schoolDay', 'districtDay']);
		const parsed = monthsSchema.safeParse(values);
		if (!parsed.success)
			return fail(400, { target: 'months', values, errors: fieldErrors(locals.locale, parsed.error) });
		const result = await addMonths(await getDb(), actor.id, params.code, parsed.data);
		if (!result.ok) {
			if (result.reason === 'not_found') error(404, 'Not found');
			const { status, errors } = refusalOf(locals.locale, result.reason);
			return fail(status, { target: 'months', values, errors });
		}
		return { saved: 'months', added: result.added };
	},
	deleteYear: async ({ params, locals }) => {
		const actor = requireAdministrator();
		const result = await deleteYear(await getDb(), actor.id, params.code);
		if (!result.ok) {
			if (result.reason === 'not_found') error(404, 'Not found');
			const { status, errors } = refusalOf(locals.locale, result.reason);
			return fail(status, { target: 'delete', values: null, errors });
		}
		redirect(303, '/admin/school-years?deleted=' + encodeURIComponent(params.code));
	}
};
