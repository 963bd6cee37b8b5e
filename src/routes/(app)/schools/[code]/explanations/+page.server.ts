import { error, fail } from '@sveltejs/kit';
import { getDb } from '$lib/server/db';
import { requireAccess, requireUser, requireVisible } from '$lib/server/auth/guard';
import { fieldsOf } from '$lib/schemas/form';
import { findUnitByCode } from '$lib/server/units/queries';
import { loadExplanationsPage } from '$lib/server/explanations/page';
import { saveExplanation } from '$lib/server/explanations/service';
import { explanationSchema } from '$lib/schemas/review';
import { translate } from '$lib/i18n/translate';
import { fieldErrors } from '$lib/server/form-errors';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ params, url }) => {
	const user = requireUser();
	const db = await getDb();
	const school = await findUnitByCode(db, params.code);
	requireVisible('read', school);
	if (school!.type !== 'school') error(404, 'Not a school');
	const page = await loadExplanationsPage(db, {
		school: school!,
		user,
		yearCode: url.searchParams.get('year'),
		periodKey: url.searchParams.get('period')
	});
	if (!page) error(404, 'No such period');
	return { page };
};

export const actions: Actions = {
	save: async ({ params, request, locals }) => {
		const db = await getDb();
		const school = await findUnitByCode(db, params.code);
		const user = requireAccess('submit_figures', school);
		const values = fieldsOf(await request.formData(), [
			'year',
			'period',
			'indicator',
			'cause',
			'measures',
			'expectedDate'
		]);
		const parsed = explanationSchema.safeParse(values);
		if (!parsed.success)
			return fail(400, {
				indicator: values.indicator,
				values,
				errors: fieldErrors(locals.locale, parsed.error)
			});
		const d = parsed.data;
		const outcome = await saveExplanation(db, {
			schoolCode: params.code,
			yearCode: d.year,
			periodKey: d.period,
			indicatorCode: d.indicator,
			cause: d.cause,
			measures: d.measures,
			expectedDate: d.expectedDate,
			actor: user
		});
		if (outcome.ok) return { saved: d.indicator };
		if (outcome.reason === 'not_found') error(404, 'Not found');
		if (outcome.reason === 'forbidden') error(403, 'Forbidden');
		return fail(400, {
			indicator: values.indicator,
			values,
			errors: { form: translate(locals.locale, 'explanations.error.not_explainable') }
		});
	}
};
