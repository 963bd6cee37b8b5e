// The database out of reach for a moment (a restart, connections ended by an operator, a full
// server): the request gets 503 with a "try again" message instead of a 500 and a stack trace.
// The pool (postgres.js) opens new connections by itself on the next query.

/** SQLSTATE: connection exceptions, the server shutting down or starting, too many connections. */
const TRANSIENT_SQLSTATE = /^(08|57P0[1-3]|53300)/;
/** postgres.js's own codes and the socket errors of a connection that went away. */
const TRANSIENT_CODES = new Set([
	'CONNECTION_CLOSED',
	'CONNECTION_ENDED',
	'CONNECTION_DESTROYED',
	'CONNECT_TIMEOUT',
	'ECONNREFUSED',
	'ECONNRESET',
	'EPIPE',
	'ETIMEDOUT',
	'EHOSTUNREACH',
	'ENOTCONN'
]);

/** True when `error` (or what it wraps: drizzle puts the driver's error in `cause`) is a transient database failure. */
export function isDatabaseOutage(error: unknown): boolean {
	for (let e = error, depth = 0; e && typeof e === 'object' && depth < 5; depth++) {
		const code = (e as { code?: unknown }).code;
		if (typeof code === 'string' && (TRANSIENT_CODES.has(code) || TRANSIENT_SQLSTATE.test(code))) return true;
		// AggregateError: every address refused the connection.
		const inner = (e as { errors?: unknown[] }).errors;
		if (Array.isArray(inner) && inner.length && inner.every((x) => isDatabaseOutage(x))) return true;
		e = (e as { cause?: unknown }).cause;
	}
	return false;
}

/** Seconds a client should wait before sending the request again. */
export const RETRY_AFTER_SECONDS = 5;

const marked = new WeakSet<object>();

/** Remembers that the request failed on an outage (handleError sees it before the response is made). */
export function markOutage(locals: object): void {
	marked.add(locals);
}

export function wasOutage(locals: object): boolean {
	return marked.has(locals);
}

/** A short line for the log: the kind, never a stack. */
export function describeOutage(error: unknown): string {
	const parts: string[] = [];
	for (let e = error, depth = 0; e && typeof e === 'object' && depth < 5; depth++) {
		const { code, message } = e as { code?: unknown; message?: unknown };
		if (code || message) parts.push(`${code ?? ''} ${String(message ?? '').slice(0, 120)}`.trim());
		e = (e as { cause?: unknown }).cause;
	}
	return parts.join(' ← ');
}
