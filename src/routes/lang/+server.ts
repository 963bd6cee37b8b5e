import { redirect } from '@sveltejs/kit';
import { isLocale, LOCALE_COOKIE } from '$lib/i18n/types';
import type { RequestHandler } from './$types';

function safeNext(next: FormDataEntryValue | null): string {
	const value = typeof next === 'string' ? next : '/';
	return value.startsWith('/') && !value.startsWith('//') ? value : '/';
}

export const POST: RequestHandler = async ({ request, cookies }) => {
	const form = await request.formData();
	const lang = form.get('lang');
	if (isLocale(lang)) {
		cookies.set(LOCALE_COOKIE, lang, { path: '/', httpOnly: false, sameSite: 'lax', maxAge: 365 * 86400 });
	}
	redirect(303, safeNext(form.get('next')));
};
