import { error, fail, redirect } from '@sveltejs/kit';
import { getDb } from '$lib/server/db';
import { requireAccess, requireUser } from '$lib/server/auth/guard';
import { fieldsOf } from '$lib/schemas/form';
import { fieldErrors } from '$lib/server/form-errors';
import { canPlanVisits, createVisit } from '$lib/server/inspection/schedule';
import { loadSchedulePage, resolveYear, toVisitInput } from '$lib/server/inspection/schedule-page';
import { findSchoolByCode } from '$lib/server/units/queries';
import { readAreaQuery } from '$lib/schemas/reporting';
import { visitSchema } from '$lib/schemas/follow-up';
import { translate } from '$lib/i18n/translate';
import { requireAreaFromUrl } from '$lib/server/calendar/require-area';
import type { Actions, PageServerLoad } from './$types';

const FIELDS = ['school', 'startDate', 'endDate', 'inspector', 'inspectorName', 'note'];

export const load: PageServerLoad = async ({ url }) => {
	const { user, db, query, area } = await requireAreaFromUrl(url);
	const page = await loadSchedulePage(db, user, area, query.year);
	return { ...page, area: { code: area.code, name: area.name, type: area.type } };
};

export const actions: Actions = {
	create: async ({ request, url, locals }) => {
		const user = requireUser();
		const db = await getDb();
		const values = fieldsOf(await request.formData(), FIELDS);
		const parsed = visitSchema.safeParse(values);
		if (!parsed.success) return fail(400, { values, errors: fieldErrors(locals.locale, parsed.error) });
		const school = await findSchoolByCode(db, parsed.data.school);
		if (!school) {
			const errors = { school: translate(locals.locale, 'inspection.error.schoolRequired') };
			return fail(400, { values, errors });
		}
		requireAccess('read', school);
		if (!canPlanVisits(user, school)) error(403, 'Forbidden');
		const yearCode = await resolveYear(db, readAreaQuery(url).year);
		const result = await createVisit(db, {
			...toVisitInput(parsed.data),
			yearCode,
			school,
			actorId: user.id
		});
		if (!result.ok) {
			const field = result.problem === 'unknown_inspector' ? 'inspector' : 'startDate';
			return fail(400, {
				values,
				errors: { [field]: translate(locals.locale, `followUp.visit.error.${result.problem}`) }
			});
		}
		redirect(
			303,
			`${url.pathname}?${new URLSearchParams({ unit: url.searchParams.get('unit') ?? school.code, year: yearCode })}`
		);
	}
};
