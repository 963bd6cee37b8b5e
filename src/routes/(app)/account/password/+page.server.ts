import { fail, redirect } from '@sveltejs/kit';
import { getDb } from '$lib/server/db';
import { requireUser } from '$lib/server/auth/guard';
import { changeOwnPassword } from '$lib/server/auth/change-password';
import { createSession } from '$lib/server/auth/session';
import { setSessionCookie } from '$lib/server/auth/authenticate';
import { landingFor } from '$lib/server/auth/home';
import { changePasswordSchema } from '$lib/schemas/password';
import { fieldsOf } from '$lib/schemas/form';
import { fieldErrors } from '$lib/server/form-errors';
import { MIN_PASSWORD_LENGTH } from '$lib/password-policy';
import { translate } from '$lib/i18n/translate';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = () => {
	const user = requireUser();
	return { mustChange: user.mustChangePassword };
};

export const actions: Actions = {
	default: async (event) => {
		const user = requireUser();
		const locale = event.locals.locale;
		const form = fieldsOf(await event.request.formData(), ['current', 'next', 'confirm']);
		const parsed = changePasswordSchema.safeParse(form);
		if (!parsed.success)
			return fail(400, {
				errors: fieldErrors(locale, parsed.error, { params: { min: MIN_PASSWORD_LENGTH } })
			});
		const db = await getDb();
		const result = await changeOwnPassword(db, user.id, parsed.data.current, parsed.data.next);
		if (result === 'wrong_current') {
			const errors: Record<string, string> = { current: translate(locale, 'account.password.wrongCurrent') };
			return fail(400, { errors });
		}
		const { token, session } = await createSession(db, user.id);
		setSessionCookie(event, token, session.expiresAt);
		redirect(303, landingFor(user));
	}
};
