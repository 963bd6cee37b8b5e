import { fail, redirect } from '@sveltejs/kit';
import { getDb } from '$lib/server/db';
import { attemptLogin, THROTTLE_WINDOW_MINUTES } from '$lib/server/auth/login';
import { createSession, invalidateSession } from '$lib/server/auth/session';
import { setSessionCookie } from '$lib/server/auth/authenticate';
import { landingFor } from '$lib/server/auth/home';
import { safePath } from '$lib/server/auth/safe-path';
import { loadAuthUser } from '$lib/server/auth/user';
import { loginSchema } from '$lib/schemas/login';
import { fieldsOf } from '$lib/schemas/form';
import { fieldErrors } from '$lib/server/form-errors';
import { translate } from '$lib/i18n/translate';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = ({ locals, url }) => {
	if (locals.user) redirect(303, safePath(url.searchParams.get('next')) ?? landingFor(locals.user));
	return {};
};

export const actions: Actions = {
	default: async (event) => {
		const { request, locals, url } = event;
		const form = fieldsOf(await request.formData(), ['username', 'password']);
		const parsed = loginSchema.safeParse(form);
		const username = form.username;
		if (!parsed.success) return fail(400, { username, errors: fieldErrors(locals.locale, parsed.error) });
		const db = await getDb();
		const result = await attemptLogin(
			db,
			parsed.data.username,
			parsed.data.password,
			event.getClientAddress()
		);
		if (!result.ok) {
			const minutes = THROTTLE_WINDOW_MINUTES;
			const message =
				result.reason === 'throttled'
					? translate(locals.locale, 'auth.login.throttled', { minutes: result.minutes })
					: result.reason === 'disabled'
						? translate(locals.locale, 'auth.login.disabled')
						: result.triesLeft > 0
							? translate(locals.locale, 'doors.login.triesLeft', { n: result.triesLeft, minutes })
							: translate(locals.locale, 'doors.login.lastTry', { minutes });
			const errors: Record<string, string> = { form: message };
			return fail(result.reason === 'throttled' ? 429 : 400, { username, errors });
		}
		// A new session for every sign-in; the one the browser came with ends.
		if (locals.session) await invalidateSession(db, locals.session.id);
		const { token, session } = await createSession(db, result.userId);
		setSessionCookie(event, token, session.expiresAt);
		if (result.mustChangePassword) redirect(303, '/account/password');
		const user = await loadAuthUser(db, result.userId);
		redirect(303, safePath(url.searchParams.get('next')) ?? (user ? landingFor(user) : '/'));
	}
};
