import { fail } from '@sveltejs/kit';
import { getDb } from '$lib/server/db';
import { requireAccess } from '$lib/server/auth/guard';
import { fieldErrors } from '$lib/server/form-errors';
import { findUnitByCode } from '$lib/server/units/queries';
import {
	closeUnit,
	moveUnit,
	reopenUnit,
	updateUnitDetails,
	type ChangeOutcome
} from '$lib/server/units/manage';
import { mergeSchool } from '$lib/server/units/merge';
import { refusalOf } from '$lib/server/units/refusals';
import { loadUnitPage } from '$lib/server/units/unit-page';
import { fieldsOf } from '$lib/schemas/form';
import { closeSchema, DETAIL_FIELDS, mergeSchema, moveSchema, unitDetailsSchema } from '$lib/schemas/units';
import type { Locale } from '$lib/i18n/types';
import type { Actions, PageServerLoad } from './$types';

/** The unit, for someone with `manage_units` over it (404 unknown, 403 outside the caller's units). */
async function requireUnit(code: string) {
	const db = await getDb();
	const unit = await findUnitByCode(db, code);
	const user = requireAccess('manage_units', unit);
	return { db, user, unit: unit! };
}

function answer(form: string, locale: Locale, values: Record<string, string>, outcome: ChangeOutcome) {
	if (outcome.ok) return { form, done: true };
	const { status, errors } = refusalOf(locale, outcome.reason);
	return fail(status, { form, values, errors });
}

export const load: PageServerLoad = async ({ params }) => {
	const { db, user, unit } = await requireUnit(params.code);
	return loadUnitPage(db, user, unit);
};

export const actions: Actions = {
	update: async ({ params, request, locals }) => {
		const { db, user, unit } = await requireUnit(params.code);
		const values = fieldsOf(await request.formData(), DETAIL_FIELDS);
		const parsed = unitDetailsSchema.safeParse({ ...values, type: unit.type });
		if (!parsed.success)
			return fail(400, { form: 'update', values, errors: fieldErrors(locals.locale, parsed.error) });
		return answer('update', locals.locale, values, await updateUnitDetails(db, user, unit, parsed.data));
	},
	move: async ({ params, request, locals }) => {
		const { db, user, unit } = await requireUnit(params.code);
		const values = fieldsOf(await request.formData(), ['parentCode', 'from']);
		const parsed = moveSchema.safeParse(values);
		if (!parsed.success)
			return fail(400, { form: 'move', values, errors: fieldErrors(locals.locale, parsed.error) });
		return answer('move', locals.locale, values, await moveUnit(db, user, unit, parsed.data));
	},
	close: async ({ params, request, locals }) => {
		const { db, user, unit } = await requireUnit(params.code);
		const values = fieldsOf(await request.formData(), ['from']);
		const parsed = closeSchema.safeParse(values);
		if (!parsed.success)
			return fail(400, { form: 'close', values, errors: fieldErrors(locals.locale, parsed.error) });
		return answer('close', locals.locale, values, await closeUnit(db, user, unit, parsed.data.from));
	},
	reopen: async ({ params, locals }) => {
		const { db, user, unit } = await requireUnit(params.code);
		return answer('reopen', locals.locale, {}, await reopenUnit(db, user, unit));
	},
	merge: async ({ params, request, locals }) => {
		const { db, user, unit } = await requireUnit(params.code);
		const values = fieldsOf(await request.formData(), ['intoCode', 'from']);
		const parsed = mergeSchema.safeParse(values);
		if (!parsed.success)
			return fail(400, { form: 'merge', values, errors: fieldErrors(locals.locale, parsed.error) });
		const outcome = await mergeSchool(db, user, unit, parsed.data);
		if (!outcome.ok) return answer('merge', locals.locale, values, outcome);
		return { form: 'merge', done: true, disabled: outcome.disabled };
	}
};
