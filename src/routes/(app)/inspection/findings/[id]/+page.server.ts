import { error, fail } from '@sveltejs/kit';
import { getDb } from '$lib/server/db';
import { can } from '$lib/server/auth/access';
import { requireUser, requireVisible } from '$lib/server/auth/guard';
import { fieldMessages } from '$lib/server/calendar/form';
import { todayVn } from '$lib/server/calendar/dates';
import { findFinding, updateFinding } from '$lib/server/inspection/findings';
import { listFindingHistory, listIndicatorChoices } from '$lib/server/inspection/findings-page';
import { withIndicatorNames } from '$lib/server/inspection/indicator-names';
import { findingSchema } from '$lib/schemas/reporting';
import type { Actions, PageServerLoad } from './$types';

function idOf(param: string): number {
	const id = Number(param);
	if (!Number.isSafeInteger(id) || id <= 0) error(404, 'Not found');
	return id;
}

async function finding(param: string, action: 'read' | 'record_finding') {
	const db = await getDb();
	const found = await findFinding(db, idOf(param));
	requireVisible(action, found ? { path: found.unitPath, type: 'school' } : null);
	return { db, found: found! };
}

export const load: PageServerLoad = async ({ params }) => {
	const user = requireUser();
	const { db, found } = await finding(params.id, 'read');
	const canEdit = can(user, 'record_finding', { path: found.unitPath, type: 'school' });
	const [history, indicators, [named]] = await Promise.all([
		listFindingHistory(db, found.id),
		canEdit ? listIndicatorChoices(db) : Promise.resolve([]),
		withIndicatorNames(db, [found])
	]);
	return { finding: named, canEdit, history, indicators, today: todayVn() };
};

export const actions: Actions = {
	update: async ({ params, request, locals }) => {
		const user = requireUser();
		const { db, found } = await finding(params.id, 'record_finding');
		const form = await request.formData();
		const str = (k: string) => (typeof form.get(k) === 'string' ? (form.get(k) as string) : '');
		const values = {
			school: found.unitCode,
			visitDate: str('visitDate'),
			indicators: form.getAll('indicators').filter((v): v is string => typeof v === 'string'),
			text: str('text'),
			followUpDue: str('followUpDue')
		};
		const parsed = findingSchema.safeParse(values);
		if (!parsed.success) return fail(400, { values, errors: fieldMessages(locals.locale, parsed.error) });
		await updateFinding(db, {
			id: found.id,
			actorId: user.id,
			changes: {
				visitDate: parsed.data.visitDate,
				indicatorCodes: parsed.data.indicators,
				text: parsed.data.text,
				followUpDue: parsed.data.followUpDue ?? null
			}
		});
		return { saved: true };
	},
	close: async ({ params }) => {
		const user = requireUser();
		const { db, found } = await finding(params.id, 'record_finding');
		await updateFinding(db, { id: found.id, actorId: user.id, changes: { status: 'closed' } });
		return { saved: true };
	},
	reopen: async ({ params }) => {
		const user = requireUser();
		const { db, found } = await finding(params.id, 'record_finding');
		await updateFinding(db, { id: found.id, actorId: user.id, changes: { status: 'open' } });
		return { saved: true };
	}
};
