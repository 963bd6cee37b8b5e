import { openPlan } from '$lib/server/plans/open-plan';
import { saveTargetForm } from '$lib/server/plans/target-form-action';
import { formOptions } from '$lib/server/plans/view';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ params, locals, url }) => {
	const { ctx } = await openPlan(params, 'edit_targets');
	return {
		plan: { unit: ctx.plan.unitCode, unitName: ctx.plan.unitName, year: ctx.plan.yearCode },
		options: formOptions(locals.locale, ctx),
		values: {
			indicator: url.searchParams.get('indicator') ?? '',
			scope: url.searchParams.get('scope') ?? 'area',
			// From the plan reader's unplaced figures: the sentence the target comes from.
			source: (url.searchParams.get('source') ?? '').slice(0, 2000)
		}
	};
};

export const actions: Actions = {
	default: async (event) =>
		saveTargetForm(await openPlan(event.params, 'edit_targets'), event.request, event.locals.locale, null)
};
