import { afterEach, describe, expect, it, vi } from 'vitest';
import type { RequestEvent } from '@sveltejs/kit';
import { handleError } from './hooks.server';

const event = {
	request: new Request('http://x/api/units'),
	url: new URL('http://x/api/units')
} as RequestEvent;

describe('handleError', () => {
	afterEach(() => vi.restoreAllMocks());

	it('logs the unexpected error with an id, and shows only that id and a generic message', async () => {
		const log = vi.spyOn(console, 'error').mockImplementation(() => {});
		const error = new Error('duplicate key value violates unique constraint "users_username_unique"');
		const shown = await handleError({ error, event, status: 500, message: 'Internal Error' });
		expect(shown).toEqual({ message: 'Internal Error', id: expect.stringMatching(/^[0-9a-f]{8}$/) });
		expect(JSON.stringify(shown)).not.toMatch(/users|constraint|at /);
		expect(log).toHaveBeenCalledOnce();
		expect(String(log.mock.calls[0][0])).toContain(shown!.id!);
		expect(log.mock.calls[0][1]).toBe(error);
	});

	it('passes "not found" through without logging', async () => {
		const log = vi.spyOn(console, 'error').mockImplementation(() => {});
		expect(await handleError({ error: new Error('x'), event, status: 404, message: 'Not Found' })).toEqual({
			message: 'Not Found'
		});
		expect(log).not.toHaveBeenCalled();
	});
});
