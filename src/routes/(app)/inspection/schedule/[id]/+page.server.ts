import { error, fail, redirect } from '@sveltejs/kit';
import { getDb } from '$lib/server/db';
import { requireUser, requireVisible } from '$lib/server/auth/guard';
import { fieldsOf } from '$lib/schemas/form';
import { fieldErrors } from '$lib/server/form-errors';
import {
	canPlanVisits,
	deleteVisit,
	findVisit,
	listInspectorChoices,
	updateVisit
} from '$lib/server/inspection/schedule';
import { toVisitInput } from '$lib/server/inspection/schedule-page';
import { findUnitByCode } from '$lib/server/units/queries';
import { visitSchema } from '$lib/schemas/follow-up';
import { translate } from '$lib/i18n/translate';
import type { Actions, PageServerLoad } from './$types';

async function visitOf(param: string, plan: boolean) {
	const user = requireUser();
	const id = Number(param);
	if (!Number.isSafeInteger(id) || id <= 0) error(404, 'Not found');
	const db = await getDb();
	const visit = await findVisit(db, id);
	requireVisible('read', visit ? { path: visit.unitPath, type: 'school' } : null);
	const school = (await findUnitByCode(db, visit!.schoolCode))!;
	if (plan && !canPlanVisits(user, school)) error(403, 'Forbidden');
	return { db, user, visit: visit!, school };
}

export const load: PageServerLoad = async ({ params }) => {
	const { db, user, visit, school } = await visitOf(params.id, false);
	const canPlan = canPlanVisits(user, school);
	const inspectors = canPlan ? await listInspectorChoices(db, school) : [];
	return { visit, canPlan, inspectors };
};

export const actions: Actions = {
	update: async ({ params, request, locals }) => {
		const { db, user, visit, school } = await visitOf(params.id, true);
		const values = {
			...fieldsOf(await request.formData(), ['startDate', 'endDate', 'inspector', 'inspectorName', 'note']),
			school: school.code
		};
		const parsed = visitSchema.safeParse(values);
		if (!parsed.success) return fail(400, { values, errors: fieldErrors(locals.locale, parsed.error) });
		const result = await updateVisit(db, { ...toVisitInput(parsed.data), visit, school, actorId: user.id });
		if (!result.ok) {
			const field = result.problem === 'unknown_inspector' ? 'inspector' : 'startDate';
			return fail(400, {
				values,
				errors: { [field]: translate(locals.locale, `followUp.visit.error.${result.problem}`) }
			});
		}
		return { saved: true };
	},
	delete: async ({ params }) => {
		const { db, user, visit, school } = await visitOf(params.id, true);
		await deleteVisit(db, { visit, unitId: school.id, actorId: user.id });
		redirect(303, `/inspection/schedule?${new URLSearchParams({ year: visit.yearCode })}`);
	}
};
