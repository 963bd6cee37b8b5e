import type { RequestEvent } from '@sveltejs/kit';
import { getDb } from '../db';
import { SESSION_COOKIE, SESSION_DAYS, validateSessionToken, type Session } from './session';
import type { AuthUser } from './user';
import { validateApiToken } from './api-tokens';
import { bearerTokenOf } from './csrf';

export function setSessionCookie(event: RequestEvent, token: string, expiresAt: Date): void {
	event.cookies.set(SESSION_COOKIE, token, {
		path: '/',
		httpOnly: true,
		sameSite: 'lax',
		secure: event.url.protocol === 'https:',
		expires: expiresAt
	});
}

export function clearSessionCookie(event: RequestEvent): void {
	event.cookies.delete(SESSION_COOKIE, { path: '/' });
}

/** Session cookie for people, `Authorization: Bearer` for integrations (API only). */
export async function authenticate(
	event: RequestEvent
): Promise<{ user: AuthUser | null; session: Session | null }> {
	const db = await getDb();
	const bearer = bearerTokenOf(event.url.pathname, event.request.headers.get('authorization'));
	// With a Bearer header the cookie is never consulted: the CSRF exemption in csrf.ts relies on it.
	if (bearer !== null) return { user: await validateApiToken(db, bearer), session: null };
	const token = event.cookies.get(SESSION_COOKIE);
	if (!token) return { user: null, session: null };
	const result = await validateSessionToken(db, token);
	if (!result.session) {
		clearSessionCookie(event);
		return { user: null, session: null };
	}
	if (result.session.expiresAt.getTime() - Date.now() > (SESSION_DAYS - 1) * 86_400_000) {
		setSessionCookie(event, token, result.session.expiresAt);
	}
	return result;
}
