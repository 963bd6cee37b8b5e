import { fail, redirect } from '@sveltejs/kit';
import { getDb } from '$lib/server/db';
import { requireAccess, requireUser } from '$lib/server/auth/guard';
import { fieldErrors } from '$lib/server/form-errors';
import { createFinding } from '$lib/server/inspection/findings';
import { foreignIndicators, loadFindingsPage } from '$lib/server/inspection/findings-page';
import { findSchoolByCode } from '$lib/server/units/queries';
import { findingSchema } from '$lib/schemas/reporting';
import { fieldsOf, listOf } from '$lib/schemas/form';
import { translate } from '$lib/i18n/translate';
import { requireAreaFromUrl } from '$lib/server/calendar/require-area';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ url }) => {
	const { user, db, area: unit } = await requireAreaFromUrl(url);
	const raw = url.searchParams.get('status');
	const status = raw === 'open' || raw === 'closed' ? raw : undefined;
	const page = await loadFindingsPage(db, user, unit, {
		status,
		school: url.searchParams.get('school') ?? undefined
	});
	return {
		...page,
		q: url.searchParams.get('q') ?? '',
		status: status ?? 'all',
		unit: { code: unit.code, name: unit.name, type: unit.type }
	};
};

export const actions: Actions = {
	create: async ({ request, locals }) => {
		const user = requireUser();
		const form = await request.formData();
		const values = {
			...fieldsOf(form, ['school', 'visitDate', 'text', 'followUpDue']),
			indicators: listOf(form, 'indicators')
		};
		const parsed = findingSchema.safeParse(values);
		if (!parsed.success) return fail(400, { values, errors: fieldErrors(locals.locale, parsed.error) });
		const db = await getDb();
		const school = await findSchoolByCode(db, parsed.data.school);
		if (!school) {
			const errors = { school: translate(locals.locale, 'inspection.error.schoolRequired') };
			return fail(400, { values, errors });
		}
		requireAccess('record_finding', school);
		if ((await foreignIndicators(db, school.schoolLevel, parsed.data.indicators)).length) {
			return fail(400, {
				values,
				errors: { indicators: translate(locals.locale, 'followUp.error.foreignIndicator') }
			});
		}
		const id = await createFinding(db, {
			school,
			actorId: user.id,
			visitDate: parsed.data.visitDate,
			indicatorCodes: parsed.data.indicators,
			text: parsed.data.text,
			followUpDue: parsed.data.followUpDue ?? null
		});
		redirect(303, `/inspection/findings/${id}`);
	}
};
