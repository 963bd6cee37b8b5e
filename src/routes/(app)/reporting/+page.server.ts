import { error, fail } from '@sveltejs/kit';
import { getDb } from '$lib/server/db';
import { requireAccess, requireUser } from '$lib/server/auth/guard';
import { resolveArea } from '$lib/server/calendar/area';
import { loadBoardPage } from '$lib/server/calendar/board-page';
import { approveSubmissions, sendRollup } from '$lib/server/submissions/service';
import { batchApproveSchema, readAreaQuery } from '$lib/schemas/reporting';
import { translate } from '$lib/i18n/translate';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ url }) => {
	const user = requireUser();
	const db = await getDb();
	const query = readAreaQuery(url);
	const area = await resolveArea(db, user, query.unit);
	requireAccess('read', area);
	const filters = { levels: query.level ? [query.level] : undefined, ownership: query.ownership };
	const page = await loadBoardPage(db, user, area!, { year: query.year, period: query.period, filters });
	return { ...page, query, area: { code: area!.code, name: area!.name, type: area!.type } };
};

export const actions: Actions = {
	approve: async ({ request, locals }) => {
		const user = requireUser();
		const form = await request.formData();
		const parsed = batchApproveSchema.safeParse({ ids: form.getAll('ids') });
		if (!parsed.success)
			return fail(400, { errors: { ids: translate(locals.locale, 'reporting.error.noneSelected') } });
		const results = await approveSubmissions(await getDb(), { submissions: parsed.data.ids, actor: user });
		if (results.every((r) => !r.ok && r.reason === 'not_found')) error(404, 'Not found');
		if (results.every((r) => !r.ok && (r.reason === 'forbidden' || r.reason === 'not_found')))
			error(403, 'Forbidden');
		return {
			approved: results.filter((r) => r.ok).length,
			refused: results.filter((r) => !r.ok).length,
			changed: results.filter((r) => !r.ok && r.reason === 'version_changed').length
		};
	},
	sendRollup: async ({ request }) => {
		const user = requireUser();
		const form = await request.formData();
		const unit = String(form.get('unit') ?? '');
		const year = String(form.get('year') ?? '');
		const period = String(form.get('period') ?? '');
		const db = await getDb();
		const outcome = await sendRollup(db, {
			districtCode: unit,
			yearCode: year,
			periodKey: period,
			actor: user
		});
		if (outcome === 'not_found') error(404, 'Not found');
		if (!outcome.ok && outcome.reason === 'forbidden') error(403, 'Forbidden');
		return { rollup: outcome.ok ? ('sent' as const) : outcome.reason };
	}
};
