import { error, json } from '@sveltejs/kit';
import { getDb } from '$lib/server/db';
import { requireUser } from '$lib/server/auth/guard';
import { requestTransition } from '$lib/server/submissions/request-transition';
import { readIdParam } from '$lib/server/read-id-param';
import { summariseMissing } from '$lib/server/submissions/required-figures';
import { transitionSchema } from '$lib/schemas/reporting';
import { bilingual } from '$lib/i18n/translate';
import type { RequestHandler } from './$types';

/**
 * POST /api/submissions/:id/transitions {"action": "submit"|"approve"|"return"|"reopen", "comment"?: "…",
 * "confirmIncomplete"?: true, "version"?: n} → 200 {"id", "from", "to"}; 403 / 404; 409 wrong status, or
 * (approve, return) a "version" that is no longer the current one; 422 other refusals
 * (with the reason; an incomplete report also with "missing": the required figure codes it lacks).
 */
export const POST: RequestHandler = async ({ params, request }) => {
	const user = requireUser();
	const id = readIdParam(params.id);
	const body = await request.json().catch(() => null);
	const parsed = transitionSchema.safeParse(body ?? {});
	if (!parsed.success) error(400, 'action must be submit, approve, return or reopen');
	const outcome = await requestTransition(await getDb(), id, user, parsed.data);
	if (outcome.ok) return json({ id, from: outcome.from, to: outcome.to });
	if (outcome.reason === 'not_found') error(404, 'Not found');
	if (outcome.reason === 'forbidden') error(403, 'Forbidden');
	if (outcome.reason === 'incomplete') {
		const missing = outcome.missing ?? [];
		const { text } = summariseMissing(missing);
		return json(
			{
				id,
				error: outcome.reason,
				missing,
				message: bilingual('completeness.error.incomplete', { count: missing.length, codes: text })
			},
			{ status: 422 }
		);
	}
	if (outcome.reason === 'version_changed') {
		const version = outcome.version ?? 0;
		return json(
			{
				id,
				error: outcome.reason,
				version,
				message: bilingual('reporting.refusal.version_changed', { version })
			},
			{ status: 409 }
		);
	}
	return json(
		{ id, error: outcome.reason, message: bilingual(`reporting.refusal.${outcome.reason}`) },
		{ status: outcome.reason === 'wrong_status' ? 409 : 422 }
	);
};
