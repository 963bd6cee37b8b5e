import { describe, expect, it } from 'vitest';
import { isClosedSocketWrite, isUnawaitedOutage } from './driver-guard';

function thrownAt(message: string, frame: string): TypeError {
	const e = new TypeError(message);
	e.stack = `TypeError: ${message}\n    at ${frame}\n    at process.processImmediate (node:internal/timers:483:21)`;
	return e;
}

describe('isClosedSocketWrite', () => {
	it("lets through postgres.js's write on a closed socket only", () => {
		const known = thrownAt(
			"Cannot read properties of null (reading 'write')",
			'Immediate.nextWrite (file:///app/node_modules/postgres/src/connection.js:255:22)'
		);
		expect(isClosedSocketWrite(known)).toBe(true);
	});

	it('keeps every other error fatal', () => {
		expect(
			isClosedSocketWrite(
				thrownAt(
					"Cannot read properties of null (reading 'write')",
					'nextWrite (file:///app/src/mine.js:1:1)'
				)
			)
		).toBe(false);
		expect(
			isClosedSocketWrite(
				thrownAt(
					"Cannot read properties of null (reading 'end')",
					'Immediate.nextWrite (file:///app/node_modules/postgres/src/connection.js:255:22)'
				)
			)
		).toBe(false);
		expect(isClosedSocketWrite(new Error("Cannot read properties of null (reading 'write')"))).toBe(false);
		expect(isClosedSocketWrite(null)).toBe(false);
	});
});

describe('isUnawaitedOutage', () => {
	const terminated = Object.assign(new Error('terminating connection due to administrator command'), {
		code: '57P01'
	});

	it('lets through an unawaited query that failed because the database went away', () => {
		expect(isUnawaitedOutage(terminated, 'unhandledRejection')).toBe(true);
	});

	it('keeps other rejections and every thrown exception fatal', () => {
		expect(isUnawaitedOutage(terminated, 'uncaughtException')).toBe(false);
		expect(isUnawaitedOutage(Object.assign(new Error('x'), { code: '23505' }), 'unhandledRejection')).toBe(
			false
		);
		expect(isUnawaitedOutage(new Error('bug'), 'unhandledRejection')).toBe(false);
	});
});
