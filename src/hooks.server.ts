import type { Handle, HandleServerError, RequestEvent, ServerInit } from '@sveltejs/kit';
import { sequence } from '@sveltejs/kit/hooks';
import { error, json, redirect, text } from '@sveltejs/kit';
import { dev } from '$app/environment';
import { getHandle } from '$lib/server/db';
import { ensureDemoData } from '$lib/server/demo/ensure';
import { authenticate } from '$lib/server/auth/authenticate';
import { crossSiteFormRefusal, isApiPath } from '$lib/server/auth/csrf';
import { isLocale, LOCALE_COOKIE } from '$lib/i18n/types';
import { bilingual } from '$lib/i18n/translate';
import { urlHasNul } from '$lib/server/http/hostile-input';
import {
	describeOutage,
	isDatabaseOutage,
	markOutage,
	RETRY_AFTER_SECONDS,
	wasOutage
} from '$lib/server/http/database-outage';
import { startHousekeeping } from '$lib/server/housekeeping/schedule';
import { startDelivery } from '$lib/server/notifications/schedule';
import { registerReminders } from '$lib/server/notifications/reminders';
import { env } from '$lib/server/db/env';

export const init: ServerInit = async () => {
	const handle = await getHandle();
	await ensureDemoData(handle);
	registerReminders();
	const { notificationsSeconds, housekeepingMinutes } = env();
	if (notificationsSeconds > 0) {
		const delivery = startDelivery(handle, notificationsSeconds * 1000);
		process.once('sveltekit:shutdown', () => void delivery.stop());
	}
	if (housekeepingMinutes > 0) {
		const housekeeping = startHousekeeping(handle, housekeepingMinutes * 60_000);
		process.once('sveltekit:shutdown', () => void housekeeping.stop());
	}
};

/** SvelteKit's origin check (off in svelte.config.js), except for Bearer requests to /api; like SvelteKit's, not in dev. */
const handleCsrf: Handle = ({ event, resolve }) => {
	const message = dev ? null : crossSiteFormRefusal(event.request, event.url);
	if (!message) return resolve(event);
	const wantsJson =
		isApiPath(event.url.pathname) || event.request.headers.get('accept') === 'application/json';
	return wantsJson ? json({ message }, { status: 403 }) : text(message, { status: 403 });
};

/** A NUL in the URL would reach a query as text PostgreSQL refuses (500): refused here, once, as 400. */
export const handleNul: Handle = async ({ event, resolve }) => {
	if (!urlHasNul(event.url)) return resolve(event);
	const message = bilingual('error.nul');
	if (isApiPath(event.url.pathname)) return json({ field: 'url', message }, { status: 400 });
	error(400, message.vi);
};

const handleLocale: Handle = ({ event, resolve }) => {
	const fromCookie = event.cookies.get(LOCALE_COOKIE);
	event.locals.locale = isLocale(fromCookie) ? fromCookie : 'vi';
	return resolve(event, {
		transformPageChunk: ({ html }) => html.replace('%lang%', event.locals.locale)
	});
};

const handleAuth: Handle = async ({ event, resolve }) => {
	const { user, session } = await authenticate(event);
	event.locals.user = user;
	event.locals.session = session;
	return resolve(event);
};

/** Pages of the (app) group need a signed-in user; each load and action still checks its own rights. */
const handleGuard: Handle = ({ event, resolve }) => {
	if (event.route.id?.startsWith('/(app)') && !event.locals.user) {
		redirect(303, `/login?next=${encodeURIComponent(event.url.pathname + event.url.search)}`);
	}
	if (
		event.locals.user?.mustChangePassword &&
		event.route.id?.startsWith('/(app)') &&
		event.route.id !== '/(app)/account/password'
	) {
		redirect(303, '/account/password');
	}
	return resolve(event);
};

const handleHeaders: Handle = async ({ event, resolve }) => {
	const response = await resolve(event);
	response.headers.set('X-Content-Type-Options', 'nosniff');
	response.headers.set('Referrer-Policy', 'strict-origin-when-cross-origin');
	response.headers.set('X-Frame-Options', 'DENY');
	if (event.url.protocol === 'https:') {
		response.headers.set('Strict-Transport-Security', 'max-age=31536000; includeSubDomains');
	}
	if (!response.headers.has('Cache-Control') && event.locals.user) {
		response.headers.set('Cache-Control', 'private, no-store');
	}
	return response;
};

function outageResponse(event: RequestEvent, id: string): Response {
	const message = bilingual('error.database_unavailable');
	const headers = { 'Retry-After': String(RETRY_AFTER_SECONDS), 'Cache-Control': 'no-store' };
	if (isApiPath(event.url.pathname))
		return json({ error: 'database_unavailable', message, id }, { status: 503, headers });
	return text(`${message.vi}\n\n${message.en}\n\n(${id})`, { status: 503, headers });
}

/**
 * The database out of reach answers 503 with "try again", never a 500: thrown in a hook (signing in
 * reads the session) it is caught here; thrown in a load, action or endpoint, handleError has marked
 * it and the error page or JSON it made gets the status (and JSON the bilingual message).
 */
export const handleOutage: Handle = async ({ event, resolve }) => {
	let response: Response;
	try {
		response = await resolve(event);
	} catch (e) {
		if (!isDatabaseOutage(e)) throw e;
		const id = crypto.randomUUID().slice(0, 8);
		console.warn(
			`[${id}] ${event.request.method} ${event.url.pathname}: database unavailable: ${describeOutage(e)}`
		);
		return outageResponse(event, id);
	}
	if (response.status !== 500 || !wasOutage(event.locals)) return response;
	if (isApiPath(event.url.pathname)) {
		const body = (await response.json().catch(() => ({}))) as { id?: string };
		return outageResponse(event, body.id ?? '');
	}
	const headers = new Headers(response.headers);
	headers.set('Retry-After', String(RETRY_AFTER_SECONDS));
	return new Response(response.body, { status: 503, headers });
};

export const handle = sequence(
	handleOutage,
	handleHeaders,
	handleNul,
	handleCsrf,
	handleLocale,
	handleAuth,
	handleGuard
);

export const handleError: HandleServerError = ({ error, event, status, message }) => {
	if (status === 404) return { message };
	const id = crypto.randomUUID().slice(0, 8);
	if (isDatabaseOutage(error)) {
		markOutage(event.locals);
		console.warn(
			`[${id}] ${event.request.method} ${event.url.pathname}: database unavailable: ${describeOutage(error)}`
		);
		return { message: bilingual('error.database_unavailable').vi, id, code: 'database_unavailable' };
	}
	console.error(`[${id}] ${event.request.method} ${event.url.pathname}`, error);
	return { message: status >= 500 ? 'Internal Error' : message, id };
};
