// The target form's POST, shared by the "new" and "edit" pages: parse, check, store, or say why not.
import { error, fail, redirect, type ActionFailure } from '@sveltejs/kit';
import { targetFormSchema } from '../../schemas/plans';
import type { Locale } from '../../i18n/types';
import { problemsOf, translateProblems } from './problems';
import { createTarget, updateTarget } from './store-targets';
import type { OpenPlan } from './open-plan';

type Failure = ActionFailure<{ values: Record<string, string>; errors: Record<string, string> }>;

export async function saveTargetForm(
	opened: OpenPlan,
	request: Request,
	locale: Locale,
	id: number | null
): Promise<Failure> {
	const values: Record<string, string> = {};
	for (const [k, v] of await request.formData()) if (typeof v === 'string') values[k] = v;
	const parsed = targetFormSchema.safeParse(values);
	if (!parsed.success)
		return fail(400, { values, errors: translateProblems(locale, problemsOf(parsed.error)) });
	const { db, user, ctx } = opened;
	const result =
		id === null
			? await createTarget(db, user.id, ctx, parsed.data)
			: await updateTarget(db, user.id, ctx, id, parsed.data);
	if (!result.ok) {
		if ('notFound' in result) error(404, 'Not found');
		return fail(400, { values, errors: translateProblems(locale, result.errors) });
	}
	redirect(303, `/plans/${ctx.plan.unitCode}/${ctx.plan.yearCode}?saved=${result.id}#t-${result.id}`);
}
