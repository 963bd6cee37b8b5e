import { error, fail } from '@sveltejs/kit';
import { getDb } from '$lib/server/db';
import { requireAccess, requireUser } from '$lib/server/auth/guard';
import { resolveArea } from '$lib/server/calendar/area';
import { findUnitByCode, type UnitRow } from '$lib/server/units/queries';
import {
	isRequirementArea,
	loadRequirements,
	requirementsFormSchema,
	saveRequirements
} from '$lib/server/notifications/requirements';
import { readAreaQuery } from '$lib/schemas/reporting';
import type { Actions, PageServerLoad } from './$types';

function requireArea(unit: UnitRow | null): UnitRow {
	requireAccess('manage_calendar', unit);
	if (!isRequirementArea(unit!)) error(404, 'Not found');
	return unit!;
}

export const load: PageServerLoad = async ({ url }) => {
	const user = requireUser();
	const db = await getDb();
	const area = requireArea(await resolveArea(db, user, readAreaQuery(url).unit));
	return {
		area: { code: area.code, name: area.name, type: area.type },
		grid: await loadRequirements(db, area)
	};
};

export const actions: Actions = {
	default: async ({ request }) => {
		const user = requireUser();
		const form = await request.formData();
		const parsed = requirementsFormSchema.safeParse({
			unit: form.get('unit') ?? '',
			on: form.getAll('on').filter((v) => typeof v === 'string')
		});
		if (!parsed.success) return fail(400, { invalid: true });
		const db = await getDb();
		const area = requireArea(await findUnitByCode(db, parsed.data.unit));
		const result = await saveRequirements(db, { unit: area, on: parsed.data.on, actor: user });
		if (!result.ok) error(result.reason === 'forbidden' ? 403 : 404, 'Forbidden');
		return { saved: true, changed: result.changed };
	}
};
