import { error, fail, redirect } from '@sveltejs/kit';
import { getDb } from '$lib/server/db';
import { requireUser } from '$lib/server/auth/guard';
import { generateReport, loadReportsPage } from '$lib/server/period-report/page';
import { fieldsOf } from '$lib/schemas/form';
import { PERIOD_REPORT_FIELDS, periodReportSchema } from '$lib/schemas/period-report';
import { translate } from '$lib/i18n/translate';
import { fieldErrors } from '$lib/server/form-errors';
import { requireAreaFromUrl } from '$lib/server/calendar/require-area';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ url, locals }) => {
	const { user, db, query, area } = await requireAreaFromUrl(url);
	const page = await loadReportsPage(db, user, area, query, locals.locale);
	return { ...page, area: { code: area.code, name: area.name, type: area.type } };
};

export const actions: Actions = {
	generate: async ({ request, locals }) => {
		const user = requireUser();
		const values = fieldsOf(await request.formData(), PERIOD_REPORT_FIELDS);
		const parsed = periodReportSchema.safeParse(values);
		if (!parsed.success) {
			const errors = fieldErrors(locals.locale, parsed.error, { fallback: 'periodReport.error.required' });
			return fail(400, { values, errors });
		}
		const outcome = await generateReport(await getDb(), user, parsed.data);
		if (!outcome.ok) {
			if (outcome.reason === 'not_found') error(404, 'Not found');
			if (outcome.reason === 'forbidden') error(403, 'Forbidden');
			const key = outcome.reason === 'school' ? 'periodReport.error.school' : 'periodReport.error.noPeriod';
			return fail(400, { values, errors: { period: translate(locals.locale, key) } });
		}
		const q = new URLSearchParams({
			unit: parsed.data.unit,
			year: parsed.data.year,
			period: parsed.data.period
		});
		redirect(303, `/reporting/reports?${q}&made=${outcome.id}`);
	}
};
