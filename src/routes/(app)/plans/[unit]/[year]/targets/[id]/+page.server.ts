import { error, redirect } from '@sveltejs/kit';
import { openPlan } from '$lib/server/plans/open-plan';
import { findTarget } from '$lib/server/plans/queries';
import { deleteTarget } from '$lib/server/plans/store-targets';
import { saveTargetForm } from '$lib/server/plans/target-form-action';
import { describeTarget, formOptions, formValues } from '$lib/server/plans/view';
import type { Actions, PageServerLoad } from './$types';

const idOf = (raw: string) => (/^\d{1,9}$/.test(raw) ? Number(raw) : null);

export const load: PageServerLoad = async ({ params, locals }) => {
	const { db, ctx } = await openPlan(params, 'edit_targets');
	const id = idOf(params.id);
	const target = id === null ? null : await findTarget(db, ctx, id);
	if (!target) error(404, 'Not found');
	return {
		plan: { unit: ctx.plan.unitCode, unitName: ctx.plan.unitName, year: ctx.plan.yearCode },
		id: target.id,
		line: describeTarget(locals.locale, ctx, target),
		options: formOptions(locals.locale, ctx),
		values: formValues(locals.locale, target)
	};
};

export const actions: Actions = {
	update: async (event) => {
		const opened = await openPlan(event.params, 'edit_targets');
		const id = idOf(event.params.id);
		if (id === null) error(404, 'Not found');
		return saveTargetForm(opened, event.request, event.locals.locale, id);
	},
	delete: async (event) => {
		const { db, user, ctx } = await openPlan(event.params, 'edit_targets');
		const id = idOf(event.params.id);
		if (id === null || !(await deleteTarget(db, user.id, ctx, id)).ok) error(404, 'Not found');
		redirect(303, `/plans/${ctx.plan.unitCode}/${ctx.plan.yearCode}?done=deleted`);
	}
};
