import { error, fail } from '@sveltejs/kit';
import { getDb, getHandle } from '$lib/server/db';
import { requireAccess } from '$lib/server/auth/guard';
import { findUnitByCode } from '$lib/server/units/queries';
import { loadEntryForm, saveEntries } from '$lib/server/imports/entry';
import { periodRef } from '$lib/schemas/imports';
import type { Actions, PageServerLoad } from './$types';

async function schoolFor(code: string) {
	const unit = await findUnitByCode(await getDb(), code);
	const user = requireAccess('submit_figures', unit);
	if (unit!.type !== 'school') error(404, 'Not a school');
	return { user, unit: unit! };
}

export const load: PageServerLoad = async ({ params, url }) => {
	const { unit } = await schoolFor(params.code);
	const asked = url.searchParams.get('period');
	const parsed = asked ? periodRef.safeParse(asked) : null;
	if (parsed && !parsed.success) error(404, 'No such period');
	const entry = await loadEntryForm(await getDb(), unit, parsed?.data ?? null);
	if (!entry) error(404, 'No such period');
	return { entry };
};

export const actions: Actions = {
	save: async ({ params, request, locals }) => {
		const { user, unit } = await schoolFor(params.code);
		const form = await request.formData();
		const period = periodRef.safeParse(form.get('period'));
		if (!period.success) error(400, 'period is required');
		const values: Record<string, string> = {};
		for (const [name, value] of form) {
			if (name.startsWith('f.') && typeof value === 'string') values[name.slice(2).toUpperCase()] = value;
		}
		const saved = await saveEntries(await getHandle(), user, unit, period.data, values, {
			confirmWarnings: form.get('confirmWarnings') === 'on',
			locale: locals.locale
		});
		const { status, figures } = saved.outcome;
		if (status === 'stored' || status === 'unchanged') return { saved: { status, ...figures } };
		return fail(400, {
			values,
			errors: saved.errors,
			warnings: saved.warnings,
			general: saved.general,
			errorCount: saved.outcome.errors.length,
			warningCount: saved.outcome.warnings.length
		});
	}
};
