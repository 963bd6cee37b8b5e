import { openPlan } from '$lib/server/plans/open-plan';
import { listTargets, listYears } from '$lib/server/plans/queries';
import { groupTargets } from '$lib/server/plans/view';
import { translate } from '$lib/i18n/translate';
import type { Locale } from '$lib/i18n/types';
import type { PageServerLoad } from './$types';

/** The message after a redirect here; only known codes, never text from the URL. */
function noticeOf(locale: Locale, query: URLSearchParams): string | null {
	const n = (name: string) => Number(query.get(name)) || 0;
	switch (query.get('done')) {
		case 'deleted':
			return translate(locale, 'plans.delete.done');
		case 'imported':
			return translate(locale, 'plans.import.done', { created: n('created'), deleted: n('deleted') });
		default:
			return null;
	}
}

export const load: PageServerLoad = async ({ params, locals, url }) => {
	const { db, ctx, canEdit } = await openPlan(params, 'read');
	const targets = await listTargets(db, ctx);
	const years = (await listYears(db)).map((y) => y.code);
	const previousYear = years[years.indexOf(ctx.plan.yearCode) - 1] ?? null;
	const locale = locals.locale;
	return {
		plan: {
			unit: ctx.plan.unitCode,
			unitName: ctx.plan.unitName,
			year: ctx.plan.yearCode,
			title: locale === 'vi' ? ctx.plan.titleVi : ctx.plan.titleEn
		},
		canEdit,
		previousYear,
		count: targets.length,
		groups: groupTargets(locale, ctx, targets),
		saved: Number(url.searchParams.get('saved')) || null,
		notice: noticeOf(locale, url.searchParams)
	};
};
