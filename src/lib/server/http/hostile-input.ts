// Input PostgreSQL cannot store or the body reader refused: recognised here so that it answers 4xx, not 500.

/** A NUL character (PostgreSQL refuses \u0000 in text). */
export function containsNul(value: string): boolean {
	return value.includes('\u0000');
}

/** A NUL anywhere in the path or query, raw or percent-encoded (`%00`). */
export function urlHasNul(url: URL): boolean {
	const raw = url.pathname + url.search;
	return /%00/i.test(raw) || containsNul(raw);
}

/**
 * SvelteKit's node adapter errors the request body stream with a 413 once it passes BODY_SIZE_LIMIT
 * (a chunked body has no Content-Length to refuse it up front); undici may wrap it as `cause`.
 */
export function isBodyTooLarge(error: unknown): boolean {
	let current: unknown = error;
	for (let depth = 0; depth < 5 && current && typeof current === 'object'; depth++) {
		const e = current as { status?: unknown; message?: unknown; cause?: unknown };
		if (e.status === 413) return true;
		if (typeof e.message === 'string' && /BODY_SIZE_LIMIT|exceeds limit of/.test(e.message)) return true;
		current = e.cause;
	}
	return false;
}

function hasControlCharacter(value: string): boolean {
	for (let i = 0; i < value.length; i++) {
		const c = value.charCodeAt(i);
		if (c < 0x20 || c === 0x7f) return true;
	}
	return false;
}

/** A file name from `?fileName=` or `X-File-Name` (percent-encoded), or an error when it is malformed. */
export function decodeFileName(
	query: string | null,
	header: string | null
): { ok: true; name: string | null } | { ok: false } {
	let name = query;
	if (name === null && header !== null) {
		try {
			name = decodeURIComponent(header);
		} catch {
			return { ok: false };
		}
	}
	if (name !== null && hasControlCharacter(name)) return { ok: false };
	return { ok: true, name };
}
