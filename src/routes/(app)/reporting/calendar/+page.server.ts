import { error, fail } from '@sveltejs/kit';
import { getDb } from '$lib/server/db';
import { canSomewhere } from '$lib/server/auth/access';
import { requireAccess, requireUser } from '$lib/server/auth/guard';
import { loadCalendarPage } from '$lib/server/calendar/calendar-page';
import { listVisits } from '$lib/server/inspection/schedule';
import { fieldsOf } from '$lib/schemas/form';
import { fieldErrors } from '$lib/server/form-errors';
import { findPeriod } from '$lib/server/calendar/queries';
import { grantException, revokeException, setPeriodOpen } from '$lib/server/calendar/state';
import { grantingAreaId } from '$lib/server/calendar/open-rule';
import { findSchoolByCode, findUnitByCode } from '$lib/server/units/queries';
import { exceptionSchema, periodSwitchSchema, revokeSchema } from '$lib/schemas/reporting';
import { translate } from '$lib/i18n/translate';
import { requireAreaFromUrl } from '$lib/server/calendar/require-area';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ url }) => {
	const { user, db, query, area } = await requireAreaFromUrl(url, 'manage_calendar');
	const page = await loadCalendarPage(db, area, query.year);
	const managesYears = canSomewhere(user, 'administer');
	const visits = page.yearCode ? await listVisits(db, { area: area, yearCode: page.yearCode }) : [];
	return { ...page, area: { code: area.code, name: area.name, type: area.type }, managesYears, visits };
};

async function periodOf(year: string, key: string) {
	const period = await findPeriod(await getDb(), year, key);
	if (!period) error(404, 'Not found');
	return period;
}

async function switchPeriod(request: Request, open: boolean) {
	const user = requireUser();
	const parsed = periodSwitchSchema.safeParse(fieldsOf(await request.formData(), ['year', 'period', 'unit']));
	if (!parsed.success) error(400, 'Bad request');
	const db = await getDb();
	const area = await findUnitByCode(db, parsed.data.unit);
	requireAccess('manage_calendar', area);
	const period = await periodOf(parsed.data.year, parsed.data.period);
	const result = await setPeriodOpen(db, { periodId: period.id, area: area!, open, actorId: user.id });
	return result.ok ? { switched: period.key } : fail(409, { switchError: period.key });
}

export const actions: Actions = {
	close: ({ request }) => switchPeriod(request, false),
	open: ({ request }) => switchPeriod(request, true),
	grant: async ({ request, locals }) => {
		const user = requireUser();
		const values = fieldsOf(await request.formData(), ['year', 'period', 'school', 'reason', 'until']);
		const parsed = exceptionSchema.safeParse(values);
		if (!parsed.success) return fail(400, { values, errors: fieldErrors(locals.locale, parsed.error) });
		const db = await getDb();
		const school = await findSchoolByCode(db, parsed.data.school);
		if (!school) {
			const errors = { school: translate(locals.locale, 'reporting.error.schoolRequired') };
			return fail(400, { values, errors });
		}
		requireAccess('manage_calendar', school);
		const period = await periodOf(parsed.data.year, parsed.data.period);
		const result = await grantException(db, {
			periodId: period.id,
			school,
			reason: parsed.data.reason,
			until: parsed.data.until ?? null,
			actorId: user.id,
			grantedAtUnitId: grantingAreaId(user, school) ?? school.parentId
		});
		if (!result.ok) {
			const errors =
				result.reason === 'not_closed'
					? { school: translate(locals.locale, 'reporting.error.notClosed') }
					: result.reason === 'closed_above'
						? { school: translate(locals.locale, 'reporting.error.exceptionClosedAbove') }
						: { reason: translate(locals.locale, 'reporting.error.reasonRequired') };
			return fail(400, { values, errors });
		}
		return { granted: period.key };
	},
	revoke: async ({ request }) => {
		const user = requireUser();
		const parsed = revokeSchema.safeParse(fieldsOf(await request.formData(), ['year', 'period', 'school']));
		if (!parsed.success) error(400, 'Bad request');
		const db = await getDb();
		const school = await findUnitByCode(db, parsed.data.school);
		requireAccess('manage_calendar', school);
		const period = await periodOf(parsed.data.year, parsed.data.period);
		const gone = await revokeException(db, { periodId: period.id, school: school!, actorId: user.id });
		if (!gone) error(404, 'Not found');
		return { revoked: period.key };
	}
};
