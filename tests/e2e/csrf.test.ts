// The origin check of src/hooks.server.ts against the built app: integrations post multipart to
// /api with a Bearer token and no Origin; cookie-authenticated form posts keep SvelteKit's protection.
import { expect, test, type APIRequestContext } from '@playwright/test';

const SCHOOL = 'HA-TH-THANHTO';
const PERIOD = '2025-2026/CUOI_NAM';
const REFUSED = 'Cross-site POST form submissions are forbidden';

let baseURL = '';
let session: APIRequestContext;
let token = '';

test.beforeAll(async ({ playwright }, testInfo) => {
	baseURL = String(testInfo.project.use.baseURL);
	session = await playwright.request.newContext({
		baseURL,
		extraHTTPHeaders: { origin: baseURL, accept: 'text/html,*/*;q=0.8' }
	});
	const login = await session.post('/login', {
		form: { username: 'school', password: 'chitieu-demo' },
		maxRedirects: 0
	});
	expect(login.status()).toBe(303);
	const created = await session.post('/account/tokens?/create', { form: { name: 'e2e csrf' } });
	expect(created.status()).toBe(200);
	token = /data-testid="new-token"[^>]*>([^<]+)</.exec(await created.text())?.[1].trim() ?? '';
	expect(token).not.toBe('');
});

test.afterAll(async () => {
	await session.dispose();
});

/** A one-line file with the school's stored value of a figure (valid, changes nothing). */
async function sameFigureCsv(api: APIRequestContext): Promise<Buffer> {
	const res = await api.get(`/api/figures?school=${SCHOOL}&period=${encodeURIComponent(PERIOD)}`);
	expect(res.status()).toBe(200);
	const { figures } = (await res.json()) as { figures: { code: string; value: number }[] };
	const gvts = figures.find((f) => f.code === 'GV_TS');
	expect(gvts).toBeDefined();
	return Buffer.from(
		`ma_truong,ky_bao_cao,ma_chi_so,gia_tri\r\n${SCHOOL},${PERIOD},GV_TS,${gvts!.value}\r\n`
	);
}

test('an integration posts multipart to /api/imports with a Bearer token and no Origin', async ({
	playwright
}) => {
	const integration = await playwright.request.newContext({
		baseURL,
		extraHTTPHeaders: { authorization: `Bearer ${token}` }
	});
	const file = await sameFigureCsv(integration);
	const res = await integration.post('/api/imports?dryRun=true', {
		multipart: { file: { name: 'tich-hop.csv', mimeType: 'text/csv', buffer: file } }
	});
	const body = await res.text();
	expect(res.status(), body).toBe(200);
	expect(JSON.parse(body)).toMatchObject({
		status: 'preview',
		rows: 1,
		figures: { new: 0, changed: 0, unchanged: 1 },
		errors: [],
		uploadId: null
	});
	// Another site's Origin changes nothing: the token, not a cookie, authenticates.
	const elsewhere = await integration.post('/api/imports?dryRun=true', {
		multipart: { file: { name: 'tich-hop.csv', mimeType: 'text/csv', buffer: file } },
		headers: { origin: 'https://evil.example' }
	});
	expect(elsewhere.status()).toBe(200);
	await integration.dispose();
});

test('the same multipart post authenticated by the session cookie still needs the Origin', async () => {
	const file = await sameFigureCsv(session);
	for (const origin of ['', 'https://evil.example']) {
		const res = await session.post('/api/imports?dryRun=true', {
			multipart: { file: { name: 'a.csv', mimeType: 'text/csv', buffer: file } },
			headers: { origin }
		});
		expect(res.status(), `origin "${origin}"`).toBe(403);
		expect(await res.json()).toEqual({ message: REFUSED });
	}
	const sameSite = await session.post('/api/imports?dryRun=true', {
		multipart: { file: { name: 'a.csv', mimeType: 'text/csv', buffer: file } }
	});
	expect(sameSite.status()).toBe(200);
});

test('a cross-origin form post to a page action is refused, with or without a Bearer token', async ({
	playwright
}) => {
	const before = await (await session.get('/account/tokens')).text();
	const res = await session.post('/account/tokens?/create', {
		form: { name: 'cross-site' },
		headers: { origin: 'https://evil.example' },
		maxRedirects: 0
	});
	expect(res.status()).toBe(403);
	expect(await res.text()).toBe(REFUSED);

	const bearer = await playwright.request.newContext({
		baseURL,
		extraHTTPHeaders: { authorization: `Bearer ${token}` }
	});
	const logout = await bearer.post('/logout', { form: {}, maxRedirects: 0 });
	expect(logout.status()).toBe(403);
	expect(await logout.text()).toBe(REFUSED);
	await bearer.dispose();

	const after = await (await session.get('/account/tokens')).text();
	expect(after).not.toContain('cross-site');
	expect(before).not.toContain('cross-site');
});
