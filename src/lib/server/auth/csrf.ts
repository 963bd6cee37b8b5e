// SvelteKit's own origin check is turned off in svelte.config.js (`trustedOrigins: ['*']`) and
// redone here, so that integrations calling /api with a Bearer token may post forms without an
// Origin header. A cross-site form cannot attach an Authorization header, and a token on /api is
// the only credential `authenticate` looks at there, so CSRF cannot reach those requests.

/** The content types a browser form (or a CORS-simple request) can send; the same list as SvelteKit's. */
const FORM_CONTENT_TYPES = [
	'application/x-www-form-urlencoded',
	'multipart/form-data',
	'text/plain',
	'application/x-sveltekit-formdata'
];
const UNSAFE_METHODS = ['POST', 'PUT', 'PATCH', 'DELETE'];

export function isApiPath(pathname: string): boolean {
	return pathname.startsWith('/api/');
}

/** The Bearer token of a request to /api, or null (tokens never authenticate pages). */
export function bearerTokenOf(pathname: string, authorization: string | null): string | null {
	if (!isApiPath(pathname) || !authorization?.toLowerCase().startsWith('bearer ')) return null;
	return authorization.slice(7).trim();
}

function isFormContentType(contentType: string | null): boolean {
	const type = contentType?.split(';', 1)[0].trim().toLowerCase() ?? '';
	return FORM_CONTENT_TYPES.includes(type);
}

/** The refusal message for a cross-site form submission, or null when the request may proceed. */
export function crossSiteFormRefusal(request: { method: string; headers: Headers }, url: URL): string | null {
	if (!UNSAFE_METHODS.includes(request.method)) return null;
	if (!isFormContentType(request.headers.get('content-type'))) return null;
	if (request.headers.get('origin') === url.origin) return null;
	if (bearerTokenOf(url.pathname, request.headers.get('authorization')) !== null) return null;
	return `Cross-site ${request.method} form submissions are forbidden`;
}
