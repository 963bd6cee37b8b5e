import { error, fail } from '@sveltejs/kit';
import { getDb } from '$lib/server/db';
import { requireUserManager } from '$lib/server/users/guard';
import {
	BULK_MAX,
	createSchoolAccounts,
	listSchoolsForAccounts,
	listUnitsForAccounts
} from '$lib/server/users/bulk-create';
import { translate } from '$lib/i18n/translate';
import { bulkCreateSchema, schoolFilterSchema } from '$lib/schemas/bulk-accounts';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ url }) => {
	const actor = requireUserManager();
	const db = await getDb();
	const units = await listUnitsForAccounts(db, actor);
	const q = url.searchParams;
	const filter = schoolFilterSchema.parse({
		unit: q.get('unit')?.slice(0, 60) ?? '',
		level: q.get('level') ?? '',
		ownership: q.get('ownership') ?? ''
	});
	const unit = filter.unit || units[0]?.code;
	if (!unit) return { units, filter, unit: null, schools: [], max: BULK_MAX };
	const list = await listSchoolsForAccounts(db, actor, { ...filter, unit });
	if (!list.ok)
		error(list.reason === 'forbidden' ? 403 : 404, list.reason === 'forbidden' ? 'Forbidden' : 'Not found');
	return { units, filter: { ...filter, unit }, unit: list.unit, schools: list.schools, max: BULK_MAX };
};

export const actions: Actions = {
	create: async ({ request, locals, url }) => {
		const actor = requireUserManager();
		const form = await request.formData();
		const parsed = bulkCreateSchema.safeParse({
			unit: form.get('unit') ?? '',
			level: form.get('level') ?? '',
			ownership: form.get('ownership') ?? '',
			schools: form.getAll('school').filter((v) => typeof v === 'string')
		});
		if (!parsed.success) {
			return fail(400, { error: translate(locals.locale, 'bulkAccounts.error.nothing_chosen') });
		}
		const result = await createSchoolAccounts(await getDb(), actor, parsed.data);
		if (!result.ok) {
			const status = result.reason === 'forbidden' ? 403 : 400;
			return fail(status, { error: translate(locals.locale, `bulkAccounts.error.${result.reason}`) });
		}
		// The passwords leave the server in this response only: the download forms on the result page
		// post them back to be formatted (see sheet/+server.ts); nothing keeps them here.
		const { created, skipped, unit } = result;
		return { result: { created, skipped, unit, signInUrl: `${url.origin}/login` } };
	}
};
