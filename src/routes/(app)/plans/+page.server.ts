import { fail, redirect } from '@sveltejs/kit';
import { getDb } from '$lib/server/db';
import { requireAccess, requireCapability, requireUser } from '$lib/server/auth/guard';
import { findUnitByCode } from '$lib/server/units/queries';
import { copyPreviousPlan, createPlan } from '$lib/server/plans/create-plan';
import { loadPlanOverview } from '$lib/server/plans/overview';
import { problemsOf, translateProblems } from '$lib/server/plans/problems';
import { copyPlanSchema, createPlanSchema } from '$lib/schemas/plans';
import { translate } from '$lib/i18n/translate';
import type { Actions, PageServerLoad, RequestEvent } from './$types';

export const load: PageServerLoad = async ({ url, locals }) => {
	const user = requireUser();
	const year = url.searchParams.get('year');
	return loadPlanOverview(await getDb(), user, locals.locale, year || null);
};

/** The form's unit, which the user must be allowed to plan for; a field error when it does not exist. */
async function formUnit(event: RequestEvent, schema: typeof createPlanSchema) {
	const user = requireCapability('edit_targets');
	const fields = Object.fromEntries(await event.request.formData());
	const parsed = schema.safeParse(fields);
	const locale = event.locals.locale;
	if (!parsed.success) {
		return {
			failure: fail(400, { values: fields, errors: translateProblems(locale, problemsOf(parsed.error)) })
		};
	}
	const db = await getDb();
	const unit = await findUnitByCode(db, parsed.data.unit);
	if (!unit) {
		return {
			failure: fail(400, { values: fields, errors: { unit: translate(locale, 'plans.error.unitUnknown') } })
		};
	}
	requireAccess('edit_targets', unit);
	return { db, user, unit, data: parsed.data, fields, locale };
}

export const actions: Actions = {
	create: async (event) => {
		const form = await formUnit(event, createPlanSchema);
		if ('failure' in form) return form.failure;
		const { db, user, unit, data, fields, locale } = form;
		const result = await createPlan(db, user.id, { ...data, unit, yearCode: data.year });
		if (!result.ok) {
			const key =
				result.reason === 'exists'
					? 'plans.error.planExists'
					: result.reason === 'year_unknown'
						? 'plans.error.yearUnknown'
						: 'plans.error.unitType';
			const field = result.reason === 'year_unknown' ? 'year' : 'unit';
			return fail(400, { values: fields, errors: { [field]: translate(locale, key, { year: data.year }) } });
		}
		redirect(303, `/plans/${result.plan.unitCode}/${result.plan.yearCode}`);
	},

	copy: async (event) => {
		const form = await formUnit(event, copyPlanSchema);
		if ('failure' in form) return form.failure;
		const { db, user, unit, data, fields, locale } = form;
		const result = await copyPreviousPlan(db, user.id, unit, data.year, data);
		if (!result.ok) {
			const message = translate(locale, `plans.copy.${result.reason}`, {
				year: data.year,
				count: result.count ?? 0
			});
			return fail(400, { values: fields, errors: { form: message } });
		}
		return {
			copied: {
				unit: result.plan.unitCode,
				unitName: result.plan.unitName,
				year: result.plan.yearCode,
				count: result.copied,
				skipped: result.skipped.map((s) => ({
					indicator: s.names.indicator?.[locale] ?? s.indicator,
					scope: s.names.scope
						? s.names.scope[locale]
						: s.scope === 'area'
							? translate(locale, 'plans.scope.area')
							: s.scope,
					reason: translate(locale, `plans.copy.skip.${s.reason}`)
				}))
			}
		};
	}
};
