// postgres@3.4.9 can throw from a timer after a connection closed under it (pg_terminate_backend, a
// restart): `socket.write` on a null socket in connection.js nextWrite (porsager/postgres#1154,
// #1208; fixes proposed upstream, not released). Thrown from setImmediate, no await can catch it and
// Node ends the process: every request of the app fails on an outage of a second. This guard lets
// exactly that error pass (the query it belonged to was already rejected as CONNECTION_CLOSED) and
// keeps Node's behaviour, log and exit, for every other uncaught exception.

import { describeOutage, isDatabaseOutage } from '../http/database-outage';

/** True only for the driver's write on a closed socket. */
export function isClosedSocketWrite(error: unknown): boolean {
	if (!(error instanceof TypeError)) return false;
	const stack = error.stack ?? '';
	return (
		/reading 'write'/.test(error.message) &&
		/nextWrite/.test(stack) &&
		/postgres[\\/]src[\\/]connection\.js/.test(stack)
	);
}

/**
 * A query's rejection nobody was left to await when the database went away (its request already
 * answered 503): ending the process for it would fail every other request too.
 */
export function isUnawaitedOutage(error: unknown, origin: string): boolean {
	return origin === 'unhandledRejection' && isDatabaseOutage(error);
}

let installed = false;

export function guardDriverCrash(): void {
	if (installed) return;
	installed = true;
	process.on('uncaughtException', (error, origin) => {
		if (isClosedSocketWrite(error)) {
			console.warn('database connection closed during a write (postgres.js): the pool reconnects');
			return;
		}
		if (isUnawaitedOutage(error, origin)) {
			console.warn(`database unavailable (unawaited query): ${describeOutage(error)}`);
			return;
		}
		console.error(`Uncaught ${origin}:`, error);
		process.exit(1);
	});
}
