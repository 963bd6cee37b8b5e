import { fail, redirect } from '@sveltejs/kit';
import { openPlan } from '$lib/server/plans/open-plan';
import { listTargets } from '$lib/server/plans/queries';
import { loadGrid, saveGrid } from '$lib/server/plans/school-grid';
import { gridIndicatorOptions, gridSavedNotice, readGridForm, viewGrid } from '$lib/server/plans/grid-view';
import { translateProblems } from '$lib/server/plans/problems';
import { formOptions } from '$lib/server/plans/view';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ params, locals, url }) => {
	const { db, ctx, canEdit } = await openPlan(params, 'read');
	const locale = locals.locale;
	const targets = await listTargets(db, ctx);
	const indicators = gridIndicatorOptions(locale, ctx, targets);
	const asked = url.searchParams.get('indicator')?.toUpperCase();
	const first = indicators.flatMap((g) => g.options).find((o) => o.used) ?? indicators[0]?.options[0];
	const code = asked && ctx.indicators.has(asked) ? asked : first?.value;
	const grid = code ? await loadGrid(db, ctx, code, url.searchParams.get('at') ?? undefined) : null;
	const n = (name: string) => Number(url.searchParams.get(name)) || 0;
	return {
		plan: { unit: ctx.plan.unitCode, unitName: ctx.plan.unitName, year: ctx.plan.yearCode },
		canEdit,
		indicators,
		periods: formOptions(locale, ctx).periods,
		grid: grid ? viewGrid(locale, ctx, grid) : null,
		notice:
			url.searchParams.get('done') === 'saved'
				? gridSavedNotice(locale, { created: n('created'), updated: n('updated'), deleted: n('deleted') })
				: null
	};
};

export const actions: Actions = {
	save: async (event) => {
		const { db, user, ctx } = await openPlan(event.params, 'edit_targets');
		const locale = event.locals.locale;
		const read = readGridForm(await event.request.formData());
		if (!read.ok) return fail(400, { values: read.values, errors: translateProblems(locale, read.problems) });
		const result = await saveGrid(db, user.id, ctx, read.input);
		if (!result.ok) {
			return fail(400, { values: read.values, errors: translateProblems(locale, result.errors) });
		}
		const q = new URLSearchParams({
			indicator: read.input.indicator,
			at: read.input.judgedAt,
			done: 'saved',
			created: String(result.created),
			updated: String(result.updated),
			deleted: String(result.deleted)
		});
		redirect(303, `/plans/${ctx.plan.unitCode}/${ctx.plan.yearCode}/grid?${q}`);
	}
};
