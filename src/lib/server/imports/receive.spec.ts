import { describe, expect, it } from 'vitest';
import { receiveUpload } from './receive';

const URL_ = new URL('http://x/api/imports?dryRun=true');

/** A body that fails the way SvelteKit's node adapter fails it past BODY_SIZE_LIMIT. */
function overLimitBody(): ReadableStream<Uint8Array> {
	let sent = false;
	return new ReadableStream({
		pull(controller) {
			if (sent) {
				const error = Object.assign(new Error('request body size exceeded BODY_SIZE_LIMIT of 10'), {
					status: 413
				});
				controller.error(error);
				return;
			}
			sent = true;
			controller.enqueue(new TextEncoder().encode('a,b\r\n'));
		}
	});
}

function request(type: string, body: BodyInit, headers: Record<string, string> = {}) {
	return new Request(URL_, {
		method: 'POST',
		headers: { 'content-type': type, ...headers },
		body,
		duplex: 'half'
	} as RequestInit);
}

describe('receiveUpload', () => {
	it('answers 413 when the body passes the limit while read (chunked: no Content-Length)', async () => {
		expect(await receiveUpload(request('text/csv', overLimitBody()), URL_)).toEqual({
			ok: false,
			status: 413,
			reason: 'too_large'
		});
		expect(
			await receiveUpload(request('multipart/form-data; boundary=x', overLimitBody()), URL_)
		).toMatchObject({ status: 413 });
	});

	it('refuses a malformed or NUL-bearing file name with 400, and takes a good one', async () => {
		const bad = await receiveUpload(request('text/csv', 'a,b\r\n', { 'x-file-name': '%E0%A4%A' }), URL_);
		expect(bad).toEqual({ ok: false, status: 400, reason: 'bad_name' });
		const nul = await receiveUpload(request('text/csv', 'a,b\r\n', { 'x-file-name': 'a%00.csv' }), URL_);
		expect(nul).toMatchObject({ status: 400, reason: 'bad_name' });
		const good = await receiveUpload(
			request('text/csv', 'a,b\r\n', { 'x-file-name': 'b%C3%A1o%20c%C3%A1o.csv' }),
			URL_
		);
		expect(good).toMatchObject({ ok: true, file: { fileName: 'báo cáo.csv' } });
	});
});
