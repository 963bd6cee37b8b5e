import { error, fail, redirect } from '@sveltejs/kit';
import { getDb } from '$lib/server/db';
import { fieldErrors } from '$lib/server/form-errors';
import { requireAdministrator } from '$lib/server/school-years/guard';
import { findIndicatorForEdit, listElementCodes } from '$lib/server/catalogue/queries';
import { catalogueRefusal } from '$lib/server/catalogue/refusals';
import { createIndicator, updateIndicator } from '$lib/server/catalogue/store-indicators';
import { fieldsOf } from '$lib/schemas/form';
import { formulaCodes, indicatorSchema } from '$lib/schemas/catalogue';
import { formulaChangeSchema } from '$lib/schemas/formula-change';
import { previewFormula } from '$lib/server/catalogue/preview-formula';
import { findUnknownCodes } from '$lib/server/catalogue/store-rules';
import {
	loadPlanPhrases,
	parsePlanPhrases,
	storePlanPhrases
} from '$lib/server/plan-reader/catalogue-from-db';
import type { Actions, PageServerLoad } from './$types';

const FIELDS = [
	'code',
	'nameVi',
	'nameEn',
	'group',
	'kind',
	'numerator',
	'denominator',
	'element',
	'atLeast',
	'direction',
	'unit',
	'aboveTarget'
] as const;

export const load: PageServerLoad = async ({ params, url }) => {
	requireAdministrator();
	const db = await getDb();
	const codes = await listElementCodes(db);
	if (params.code === 'new')
		return {
			indicator: null,
			years: [] as string[],
			history: [],
			schoolYears: [] as string[],
			defaultFromYear: null,
			codes,
			planPhrases: [] as string[],
			// "Create an indicator" from a plan's unplaced figure: its sentence starts the Vietnamese name.
			prefillName: (url.searchParams.get('nameVi') ?? '').trim().slice(0, 200)
		};
	const found = await findIndicatorForEdit(db, params.code);
	if (!found) error(404, 'Not found');
	return { ...found, codes, planPhrases: await loadPlanPhrases(db, params.code), prefillName: '' };
};

async function readForm(request: Request) {
	const data = await request.formData();
	const values = {
		...fieldsOf(data, [...FIELDS, 'fromYear']),
		levels: data.getAll('levels').map(String),
		confirm: data.get('confirm') === 'on'
	};
	return {
		values,
		parsed: indicatorSchema.safeParse(values),
		change: formulaChangeSchema.safeParse(values)
	};
}

export const actions: Actions = {
	/** "Cách viết trong kế hoạch": the plan reader's phrases for this indicator, one a line. */
	phrases: async ({ request, params }) => {
		const actor = requireAdministrator();
		const data = await request.formData();
		const ok = await storePlanPhrases(
			await getDb(),
			actor.id,
			params.code,
			parsePlanPhrases(String(data.get('planPhrases') ?? ''))
		);
		if (!ok) error(404, 'Not found');
		return { phrasesSaved: true };
	},
	/** The formula's value on the latest figures, nothing saved. */
	preview: async ({ request, locals }) => {
		requireAdministrator();
		const { values, parsed } = await readForm(request);
		if (!parsed.success) return fail(400, { values, errors: fieldErrors(locals.locale, parsed.error) });
		const db = await getDb();
		const unknown = await findUnknownCodes(db, formulaCodes(parsed.data.formula));
		if (unknown.length) {
			const { status, errors } = catalogueRefusal(locals.locale, 'unknown_codes', { codes: unknown });
			return fail(status, { values, errors });
		}
		return { values, preview: await previewFormula(db, parsed.data) };
	},
	save: async ({ request, params, locals }) => {
		const actor = requireAdministrator();
		const { values, parsed, change } = await readForm(request);
		if (!parsed.success) return fail(400, { values, errors: fieldErrors(locals.locale, parsed.error) });
		if (!change.success)
			return fail(400, {
				values,
				errors: fieldErrors(locals.locale, change.error, { params: { years: values.fromYear } })
			});
		const db = await getDb();
		const result =
			params.code === 'new'
				? await createIndicator(db, actor.id, parsed.data)
				: await updateIndicator(db, actor.id, params.code, parsed.data, change.data);
		if (!result.ok) {
			const { status, errors } = catalogueRefusal(locals.locale, result.reason, result);
			return fail(status, { values, errors });
		}
		redirect(303, `/admin/catalogue/indicators/${parsed.data.code}?saved=1`);
	}
};
