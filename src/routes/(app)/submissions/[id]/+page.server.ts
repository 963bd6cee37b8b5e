import { error, fail } from '@sveltejs/kit';
import { getDb } from '$lib/server/db';
import { requireUser, requireVisible } from '$lib/server/auth/guard';
import { fieldsOf } from '$lib/schemas/form';
import { loadSubmission } from '$lib/server/submissions/detail';
import { requestTransition } from '$lib/server/submissions/request-transition';
import { readIdParam } from '$lib/server/read-id-param';
import { nameMissing } from '$lib/server/submissions/required-figures';
import { listElementCodes } from '$lib/server/catalogue/queries';
import { offeredActions, permissionsFor } from '$lib/server/submissions/workflow';
import { transitionSchema } from '$lib/schemas/reporting';
import { figureCommentSchema, requireExplanationsSchema } from '$lib/schemas/review';
import { addFigureComment } from '$lib/server/submissions/figure-comments';
import { loadReviewPage } from '$lib/server/submissions/review-page';
import { setRequiredExplanations } from '$lib/server/explanations/service';
import { translate } from '$lib/i18n/translate';
import type { MessageKey } from '$lib/i18n/catalogue';
import type { Locale } from '$lib/i18n/types';
import type { Actions, PageServerLoad } from './$types';

/** The catalogue's names of the data elements, to name missing figures to people (not by code). */
async function elementNames(locale: Locale): Promise<Map<string, string>> {
	const elements = await listElementCodes(await getDb());
	return new Map(elements.map((e) => [e.code, locale === 'en' ? e.nameEn : e.nameVi]));
}

export const load: PageServerLoad = async ({ params }) => {
	const user = requireUser();
	const detail = await loadSubmission(await getDb(), readIdParam(params.id));
	requireVisible('read', detail?.unit);
	const offered = offeredActions(detail!.status, permissionsFor(user, detail!.kind, detail!.unit));
	const review = await loadReviewPage(await getDb(), detail!, user);
	return { detail: detail!, offered, review };
};

export const actions: Actions = {
	transition: async ({ params, request, locals }) => {
		const user = requireUser();
		const db = await getDb();
		const id = readIdParam(params.id);
		const detail = await loadSubmission(db, id);
		requireVisible('read', detail?.unit);
		const values = fieldsOf(await request.formData(), ['action', 'comment', 'confirmIncomplete', 'version']);
		const parsed = transitionSchema.safeParse(values);
		if (!parsed.success) error(400, 'Bad request');
		const outcome = await requestTransition(db, id, user, parsed.data);
		if (outcome.ok) return { done: outcome.to, commented: outcome.commented ?? [] };
		if (outcome.reason === 'not_found') error(404, 'Not found');
		if (outcome.reason === 'forbidden') error(403, 'Forbidden');
		return fail(outcome.reason === 'wrong_status' || outcome.reason === 'version_changed' ? 409 : 400, {
			values,
			action: parsed.data.action,
			error:
				outcome.reason === 'version_changed'
					? translate(locals.locale, 'reporting.refusal.version_changed', { version: outcome.version ?? 0 })
					: outcome.reason === 'explanation_required'
						? translate(locals.locale, 'review.refusal.explanation_required', {
								indicators: (outcome.unexplained ?? [])
									.map((u) => (locals.locale === 'en' ? u.nameEn : u.nameVi))
									.join('; ')
							})
						: outcome.reason === 'incomplete'
							? translate(locals.locale, 'completeness.error.incomplete', {
									count: outcome.missing?.length ?? 0,
									codes: nameMissing(outcome.missing ?? [], await elementNames(locals.locale))
								})
							: translate(locals.locale, `reporting.refusal.${outcome.reason}`)
		});
	},

	comment: async ({ params, request, locals }) => {
		const user = requireUser();
		const db = await getDb();
		const id = readIdParam(params.id);
		const values = fieldsOf(await request.formData(), ['code', 'body']);
		const parsed = figureCommentSchema.safeParse(values);
		if (!parsed.success) {
			const key = (parsed.error.issues[0]?.message ?? 'review.thread.error.empty') as MessageKey;
			return fail(400, { comment: { code: values.code, error: translate(locals.locale, key) } });
		}
		const outcome = await addFigureComment(db, { submissionId: id, ...parsed.data, actor: user });
		if (outcome.ok) return { comment: { code: parsed.data.code, sent: true } };
		if (outcome.reason === 'not_found') error(404, 'Not found');
		if (outcome.reason === 'forbidden') error(403, 'Forbidden');
		return fail(400, {
			comment: { code: values.code, error: translate(locals.locale, `review.thread.error.${outcome.reason}`) }
		});
	},

	require: async ({ params, request }) => {
		const user = requireUser();
		const db = await getDb();
		const id = readIdParam(params.id);
		const form = await request.formData();
		const parsed = requireExplanationsSchema.safeParse({
			indicators: form.getAll('indicator').filter((v) => typeof v === 'string')
		});
		if (!parsed.success) error(400, 'Bad request');
		const outcome = await setRequiredExplanations(db, {
			submissionId: id,
			indicatorCodes: parsed.data.indicators,
			actor: user
		});
		if (outcome.ok) return { required: outcome.codes.length };
		error(
			outcome.reason === 'forbidden' ? 403 : 404,
			outcome.reason === 'forbidden' ? 'Forbidden' : 'Not found'
		);
	}
};
