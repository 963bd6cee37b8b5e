import { error, fail } from '@sveltejs/kit';
import { getDb } from '$lib/server/db';
import { requireAccess, requireUser } from '$lib/server/auth/guard';
import { resolveArea } from '$lib/server/calendar/area';
import { loadBoardPage } from '$lib/server/calendar/board-page';
import { approveSubmissions, sendRollup } from '$lib/server/submissions/service';
import { batchApproveSchema, periodSwitchSchema } from '$lib/schemas/reporting';
import { fieldsOf, listOf } from '$lib/schemas/form';
import { translate } from '$lib/i18n/translate';
import { findPeriod } from '$lib/server/calendar/queries';
import { loadLastNudges, NUDGE_HOURS, nudgeSchools } from '$lib/server/notifications/nudge';
import { requireAreaFromUrl } from '$lib/server/calendar/require-area';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ url }) => {
	const { user, db, query, area } = await requireAreaFromUrl(url);
	const filters = { levels: query.level ? [query.level] : undefined, ownership: query.ownership };
	const page = await loadBoardPage(db, user, area, { year: query.year, period: query.period, filters });
	const nudged = page.board && page.can.review ? await loadLastNudges(db, page.board.period.id) : new Map();
	return {
		...page,
		query,
		area: { code: area.code, name: area.name, type: area.type },
		nudge: {
			hours: NUDGE_HOURS,
			last: Object.fromEntries(
				page.board?.schools.filter((s) => nudged.has(s.id)).map((s) => [s.code, nudged.get(s.id)!]) ?? []
			)
		}
	};
};

export const actions: Actions = {
	approve: async ({ request, locals }) => {
		const user = requireUser();
		const form = await request.formData();
		const parsed = batchApproveSchema.safeParse({ ids: listOf(form, 'ids') });
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
	nudge: async ({ request, locals }) => {
		const user = requireUser();
		const form = await request.formData();
		const db = await getDb();
		const parsed = periodSwitchSchema.safeParse(fieldsOf(form, ['unit', 'year', 'period']));
		if (!parsed.success) error(400, 'Bad request');
		const area = await resolveArea(db, user, parsed.data.unit || undefined);
		requireAccess('review_submission', area);
		const period = await findPeriod(db, parsed.data.year, parsed.data.period);
		if (!period) error(404, 'Not found');
		const codes = listOf(form, 'schools');
		if (codes.length === 0) return fail(400, { nudge: { error: translate(locals.locale, 'nudge.none') } });
		const outcome = await nudgeSchools(db, { actor: user, area: area!, period, schoolCodes: codes });
		if (outcome === 'forbidden') error(403, 'Forbidden');
		return {
			nudge: { sent: outcome.sent.length, skipped: outcome.skipped.length, closed: outcome.closed.length }
		};
	},
	sendRollup: async ({ request }) => {
		const user = requireUser();
		const parsed = periodSwitchSchema.safeParse(
			fieldsOf(await request.formData(), ['unit', 'year', 'period'])
		);
		if (!parsed.success) error(400, 'Bad request');
		const outcome = await sendRollup(await getDb(), {
			districtCode: parsed.data.unit,
			yearCode: parsed.data.year,
			periodKey: parsed.data.period,
			actor: user
		});
		if (outcome === 'not_found') error(404, 'Not found');
		if (!outcome.ok && outcome.reason === 'forbidden') error(403, 'Forbidden');
		return { rollup: outcome.ok ? ('sent' as const) : outcome.reason };
	}
};
