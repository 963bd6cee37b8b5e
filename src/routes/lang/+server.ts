import { redirect } from '@sveltejs/kit';
import { isLocale, LOCALE_COOKIE } from '$lib/i18n/types';
import { safePath } from '$lib/server/auth/safe-path';
import type { RequestHandler } from './$types';

export const POST: RequestHandler = async ({ request, cookies }) => {
	const form = await request.formData().catch(() => new FormData());
	const lang = form.get('lang');
	if (isLocale(lang)) {
		cookies.set(LOCALE_COOKIE, lang, { path: '/', httpOnly: false, sameSite: 'lax', maxAge: 365 * 86400 });
	}
	redirect(303, safePath(form.get('next')) ?? '/');
};
