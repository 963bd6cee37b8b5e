import { redirect } from '@sveltejs/kit';
import { getDb } from '$lib/server/db';
import { invalidateSession } from '$lib/server/auth/session';
import { clearSessionCookie } from '$lib/server/auth/authenticate';
import type { RequestHandler } from './$types';

export const POST: RequestHandler = async (event) => {
	if (event.locals.session) await invalidateSession(await getDb(), event.locals.session.id);
	clearSessionCookie(event);
	redirect(303, '/login');
};
