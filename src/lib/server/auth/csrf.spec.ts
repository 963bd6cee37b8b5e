import { describe, expect, it } from 'vitest';
import { bearerTokenOf, crossSiteFormRefusal } from './csrf';

const SITE = 'https://chitieu.example';

function refusal(path: string, headers: Record<string, string>, method = 'POST') {
	return crossSiteFormRefusal({ method, headers: new Headers(headers) }, new URL(path, SITE));
}

const multipart = 'multipart/form-data; boundary=----x';

describe('crossSiteFormRefusal', () => {
	it('refuses a cookie form post from another site or without an Origin, on pages and on /api', () => {
		for (const path of ['/account/tokens?/create', '/logout', '/api/imports?dryRun=true']) {
			for (const origin of ['https://evil.example', 'null', 'http://chitieu.example']) {
				expect(
					refusal(path, { 'content-type': 'application/x-www-form-urlencoded', origin, cookie: 's=1' }),
					`${path} from ${origin}`
				).toBe('Cross-site POST form submissions are forbidden');
			}
			expect(refusal(path, { 'content-type': multipart, cookie: 's=1' }), path).toBe(
				'Cross-site POST form submissions are forbidden'
			);
		}
	});

	it('allows the same origin', () => {
		for (const type of ['application/x-www-form-urlencoded', multipart, 'text/plain']) {
			expect(refusal('/account/tokens?/create', { 'content-type': type, origin: SITE })).toBeNull();
		}
	});

	it('covers every form content type and unsafe method, whatever their case', () => {
		for (const type of [
			'application/x-www-form-urlencoded',
			'MULTIPART/FORM-DATA; boundary=x',
			'Text/Plain;charset=UTF-8',
			'application/x-sveltekit-formdata'
		]) {
			for (const method of ['POST', 'PUT', 'PATCH', 'DELETE']) {
				expect(refusal('/x', { 'content-type': type }, method), `${method} ${type}`).toBe(
					`Cross-site ${method} form submissions are forbidden`
				);
			}
		}
	});

	it('leaves reads and non-form bodies alone', () => {
		expect(refusal('/x', { 'content-type': multipart }, 'GET')).toBeNull();
		expect(refusal('/x', { 'content-type': multipart }, 'HEAD')).toBeNull();
		expect(
			refusal('/api/x', { 'content-type': 'application/json', origin: 'https://evil.example' })
		).toBeNull();
		expect(refusal('/api/imports', { 'content-type': 'text/csv' })).toBeNull();
		expect(refusal('/api/imports', {})).toBeNull();
	});

	it('exempts Bearer requests to /api, with or without an Origin', () => {
		for (const origin of [undefined, 'https://elsewhere.example']) {
			const headers: Record<string, string> = { 'content-type': multipart, authorization: 'Bearer abc.def' };
			if (origin) headers.origin = origin;
			expect(refusal('/api/imports?dryRun=true', headers), String(origin)).toBeNull();
		}
		expect(refusal('/api/imports', { 'content-type': multipart, authorization: 'bearer abc' })).toBeNull();
	});

	it('does not exempt a Bearer header outside /api, nor other authorisation schemes', () => {
		const bearer = { 'content-type': multipart, authorization: 'Bearer abc.def' };
		expect(refusal('/account/tokens?/create', bearer)).not.toBeNull();
		expect(refusal('/api', bearer)).not.toBeNull();
		expect(refusal('/apix/imports', bearer)).not.toBeNull();
		expect(
			refusal('/api/imports', { 'content-type': multipart, authorization: 'Basic YTpi' })
		).not.toBeNull();
		expect(refusal('/api/imports', { 'content-type': multipart, authorization: 'Bearer' })).not.toBeNull();
	});
});

describe('bearerTokenOf', () => {
	it('reads the token on /api only', () => {
		expect(bearerTokenOf('/api/units', 'Bearer  tok.en ')).toBe('tok.en');
		expect(bearerTokenOf('/api/units', 'BEARER tok')).toBe('tok');
		expect(bearerTokenOf('/account', 'Bearer tok')).toBeNull();
		expect(bearerTokenOf('/api/units', null)).toBeNull();
		expect(bearerTokenOf('/api/units', 'Token tok')).toBeNull();
	});
});
