import { describe, expect, it } from 'vitest';
import { describeOutage, isDatabaseOutage, markOutage, wasOutage } from './database-outage';

const pgError = (code: string) => Object.assign(new Error('pg'), { code });

describe('isDatabaseOutage', () => {
	it('knows a terminated connection, a shutdown, a refused connection and a full server', () => {
		for (const code of ['57P01', '57P02', '57P03', '08006', '08003', '53300'])
			expect(isDatabaseOutage(pgError(code)), code).toBe(true);
		for (const code of ['CONNECTION_CLOSED', 'CONNECTION_ENDED', 'CONNECTION_DESTROYED', 'ECONNREFUSED'])
			expect(isDatabaseOutage(pgError(code)), code).toBe(true);
	});

	it('looks through the errors drizzle wraps around the driver', () => {
		const wrapped = Object.assign(new Error('Failed query: insert …'), { cause: pgError('57P01') });
		expect(isDatabaseOutage(wrapped)).toBe(true);
		expect(isDatabaseOutage(new AggregateError([pgError('ECONNREFUSED'), pgError('ECONNREFUSED')]))).toBe(
			true
		);
	});

	it('leaves real faults alone: constraint violations, syntax errors, programming errors', () => {
		for (const code of ['23505', '23503', '42601', '22P02', '40001', 'ERR_INVALID_ARG_TYPE'])
			expect(isDatabaseOutage(pgError(code)), code).toBe(false);
		expect(isDatabaseOutage(new TypeError('x is undefined'))).toBe(false);
		expect(isDatabaseOutage(null)).toBe(false);
		expect(isDatabaseOutage('57P01')).toBe(false);
		expect(isDatabaseOutage(new AggregateError([pgError('ECONNREFUSED'), new Error('other')]))).toBe(false);
	});

	it('is not fooled by a cycle of causes', () => {
		const a: { code: string; cause?: unknown } = { code: 'X' };
		a.cause = a;
		expect(isDatabaseOutage(a)).toBe(false);
	});
});

describe('markOutage', () => {
	it('remembers the request whose handling met an outage, and only that one', () => {
		const one = {};
		const other = {};
		markOutage(one);
		expect(wasOutage(one)).toBe(true);
		expect(wasOutage(other)).toBe(false);
	});
});

describe('describeOutage', () => {
	it('names the codes along the chain in one line', () => {
		const line = describeOutage(Object.assign(new Error('Failed query'), { cause: pgError('57P01') }));
		expect(line).toContain('57P01');
		expect(line).not.toContain('\n');
	});
});
