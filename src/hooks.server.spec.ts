import { afterEach, describe, expect, it, vi } from 'vitest';
import type { RequestEvent } from '@sveltejs/kit';
import { handleError, handleNul } from './hooks.server';

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

describe('handle: NUL in the URL', () => {
	function eventFor(href: string) {
		return {
			url: new URL(href),
			request: new Request(href),
			cookies: { get: () => undefined },
			locals: {},
			route: { id: null }
		} as unknown as RequestEvent;
	}

	it('answers 400 JSON on /api without reaching the route', async () => {
		const resolve = vi.fn(async () => new Response('reached'));
		const response = await handleNul({ event: eventFor('http://x/api/figures?school=A%00'), resolve });
		expect(response.status).toBe(400);
		expect((await response.json()).message.en).toMatch(/NUL/);
		expect(resolve).not.toHaveBeenCalled();
	});

	it('answers 400 (the error page) on a page, and lets a clean URL through', async () => {
		const resolve = vi.fn(async () => new Response('reached'));
		await expect(handleNul({ event: eventFor('http://x/login?next=%2F%00'), resolve })).rejects.toMatchObject(
			{
				status: 400
			}
		);
		expect(resolve).not.toHaveBeenCalled();
		const clean = await handleNul({ event: eventFor('http://x/login?next=%2Funits'), resolve });
		expect(await clean.text()).toBe('reached');
	});
});
