import { fail, redirect } from '@sveltejs/kit';
import { getDb } from '$lib/server/db';
import { fieldErrors } from '$lib/server/form-errors';
import { proposeCopy, saveCopy } from '$lib/server/school-years/copy-year';
import { readCopyForm } from '$lib/server/school-years/copy-form';
import { requireAdministrator } from '$lib/server/school-years/guard';
import { listYearCodes } from '$lib/server/school-years/queries';
import { refusalOf } from '$lib/server/school-years/refusals';
import { shiftYearCode, shiftYears, yearsBetween } from '$lib/server/school-years/shift-dates';
import { copyQuerySchema } from '$lib/schemas/school-years';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ url, locals }) => {
	requireAdministrator();
	const db = await getDb();
	const years = await listYearCodes(db);
	const latest = years.at(-1);
	const asked = url.searchParams.has('source');
	const query = {
		source: url.searchParams.get('source') ?? latest ?? '',
		code: url.searchParams.get('code') ?? (latest ? shiftYearCode(latest, 1) : '')
	};
	if (!asked) return { years, query, plan: null, errors: {} };
	const parsed = copyQuerySchema.safeParse(query);
	if (!parsed.success) return { years, query, plan: null, errors: fieldErrors(locals.locale, parsed.error) };
	const proposed = await proposeCopy(db, parsed.data.source, parsed.data.code);
	if (!proposed.ok)
		return { years, query, plan: null, errors: refusalOf(locals.locale, proposed.reason).errors };
	const n = yearsBetween(parsed.data.source, parsed.data.code);
	const rows = proposed.plan.rows.map((r) => ({
		...r,
		movedSchool: r.after.schoolDeadline !== shiftYears(r.before.schoolDeadline, n),
		movedDistrict: r.after.districtDeadline !== shiftYears(r.before.districtDeadline, n)
	}));
	return { years, query, plan: { ...proposed.plan, rows }, errors: {} };
};

export const actions: Actions = {
	save: async ({ request, locals }) => {
		const actor = requireAdministrator();
		const read = readCopyForm(await request.formData(), locals.locale);
		if (!read.ok) return fail(400, { values: read.values, errors: read.errors });
		const result = await saveCopy(await getDb(), actor.id, read.input);
		if (!result.ok) {
			const { status, errors } = refusalOf(locals.locale, result.reason, 'form');
			return fail(status, { values: read.values, errors });
		}
		redirect(303, `/admin/school-years/${read.input.year.code}?copied=1`);
	}
};
