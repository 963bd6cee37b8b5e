import { fail, redirect } from '@sveltejs/kit';
import { getDb } from '$lib/server/db';
import { attemptLogin, THROTTLE_WINDOW_MINUTES } from '$lib/server/auth/login';
import { createSession, invalidateSession } from '$lib/server/auth/session';
import { setSessionCookie } from '$lib/server/auth/authenticate';
import { landingFor } from '$lib/server/auth/home';
import { safePath } from '$lib/server/auth/safe-path';
import { loadAuthUser } from '$lib/server/auth/user';
import { loginSchema } from '$lib/schemas/login';
import { NUL_MESSAGE } from '$lib/schemas/form';
import { translate } from '$lib/i18n/translate';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = ({ locals, url }) => {
	if (locals.user) redirect(303, safePath(url.searchParams.get('next')) ?? landingFor(locals.user));
	return {};
};

export const actions: Actions = {
	default: async (event) => {
		const { request, locals, url } = event;
		const form = Object.fromEntries(await request.formData());
		const parsed = loginSchema.safeParse(form);
		const username = typeof form.username === 'string' ? form.username : '';
		if (!parsed.success) {
			const errors: Record<string, string> = {};
			for (const issue of parsed.error.issues) {
				const field = String(issue.path[0]);
				const label = translate(
					locals.locale,
					field === 'username' ? 'auth.login.username' : 'auth.login.password'
				);
				errors[field] =
					issue.message === NUL_MESSAGE
						? translate(locals.locale, NUL_MESSAGE)
						: translate(locals.locale, 'auth.login.required', { field: label.toLowerCase() });
			}
			return fail(400, { username, errors });
		}
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
