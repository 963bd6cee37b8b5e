// Every access rule (tests/access/route-rules.ts) × every demo account, over HTTP against the built app.
import {
	expect,
	test,
	type APIRequestContext,
	type APIResponse,
	type PlaywrightWorkerArgs
} from '@playwright/test';
import {
	ACCOUNTS,
	FIXTURE_USERS,
	ruleKey,
	ruleKind,
	rules,
	type Account,
	type RouteRule,
	type RuleContext
} from '../access/route-rules';
import { listRouteTargets } from '../access/route-tree';

const PASSWORD = 'chitieu-demo';
type Via = 'cookie' | 'bearer';
type Playwright = PlaywrightWorkerArgs['playwright'];

let baseURL = '';
const sessions = new Map<Account, APIRequestContext>();
const bearers = new Map<Account, string>();
const ctx: Omit<RuleContext, 'account'> = { revocableTokenId: {}, passwords: {} };
let cases = 0;

async function newContext(playwright: Playwright, headers: Record<string, string> = {}) {
	// As a browser without JavaScript: Origin on form posts (SvelteKit's CSRF check refuses posts
	// without it) and HTML preferred (otherwise form actions answer in JSON with status 200).
	return playwright.request.newContext({
		baseURL,
		extraHTTPHeaders: { origin: baseURL, accept: 'text/html,*/*;q=0.8', ...headers }
	});
}

async function login(playwright: Playwright, username: string, password: string) {
	const context = await newContext(playwright);
	const res = await context.post('/login', { form: { username, password }, maxRedirects: 0 });
	expect(res.status(), `sign-in of ${username}`).toBe(303);
	expect(res.headers()['location']).not.toMatch(/^\/login/);
	return context;
}

function between(html: string, testId: string): string {
	const match = html.match(new RegExp(`data-testid="${testId}"[^>]*>([^<]+)<`));
	if (!match) throw new Error(`no ${testId} in the response`);
	return match[1].trim();
}

/** Creates a fixture user as admin, or (when the worker restarted) gives it a new temporary password. */
async function ensureFixtureUser(admin: APIRequestContext, user: (typeof FIXTURE_USERS)[number]) {
	const res = await admin.post('/admin/users/new', {
		form: { username: user.username, displayName: user.displayName, role: user.role, unit: user.unit }
	});
	if (res.status() === 200) return between(await res.text(), 'temporary-password');
	expect(res.status(), `creating ${user.username}`).toBe(400);
	const reset = await admin.post(`/admin/users/${user.username}?/resetPassword`, { form: {} });
	expect(reset.status()).toBe(200);
	return between(await reset.text(), 'temporary-password');
}

async function createToken(context: APIRequestContext, name: string) {
	const res = await context.post('/account/tokens?/create', { form: { name } });
	expect(res.status(), `creating token ${name}`).toBe(200);
	const token = between(await res.text(), 'new-token');
	return { token, id: token.split('.')[0] };
}

test.beforeAll(async ({ playwright }, testInfo) => {
	baseURL = String(testInfo.project.use.baseURL);
	for (const account of ACCOUNTS) {
		sessions.set(
			account,
			account === 'anonymous' ? await newContext(playwright) : await login(playwright, account, PASSWORD)
		);
	}
	const admin = sessions.get('admin')!;
	for (const user of FIXTURE_USERS) ctx.passwords[user.username] = await ensureFixtureUser(admin, user);
	for (const account of ACCOUNTS.filter((a) => a !== 'anonymous')) {
		const session = sessions.get(account)!;
		bearers.set(account, (await createToken(session, `matrix bearer ${account}`)).token);
		ctx.revocableTokenId[account] = (await createToken(session, `matrix revocable ${account}`)).id;
	}
});

test.afterAll(async () => {
	for (const s of sessions.values()) await s.dispose();
	sessions.clear();
	if (cases) console.log(`access matrix: ${cases} role × endpoint cases`);
});

function requestOf(rule: RouteRule): { method: string; url: string } {
	if (ruleKind(rule) === 'page') return { method: 'GET', url: rule.url };
	if ('action' in rule) {
		const name = rule.action.split('?/')[1];
		if (name === 'default') return { method: 'POST', url: rule.url };
		return { method: 'POST', url: `${rule.url}${rule.url.includes('?') ? '&' : '?'}/${name}` };
	}
	return { method: ruleKey(rule).split(' ')[0], url: rule.url };
}

async function send(
	playwright: Playwright,
	rule: RouteRule,
	account: Account,
	via: Via
): Promise<APIResponse> {
	let context: APIRequestContext;
	let dispose = false;
	if (via === 'bearer') {
		context = await newContext(playwright, { authorization: `Bearer ${bearers.get(account)}` });
		dispose = true;
	} else if (rule.fresh) {
		context =
			account === 'anonymous' ? await newContext(playwright) : await login(playwright, account, PASSWORD);
		dispose = true;
	} else {
		context = sessions.get(account)!;
	}
	const { method, url } = requestOf(rule);
	const full = { ...ctx, account };
	const form = typeof rule.form === 'function' ? rule.form(full) : rule.form;
	const json = typeof rule.json === 'function' ? rule.json(full) : rule.json;
	const multipart = typeof rule.multipart === 'function' ? rule.multipart(full) : rule.multipart;
	const body =
		json !== undefined
			? { data: json }
			: multipart
				? { multipart }
				: method !== 'GET'
					? { form: form ?? {} }
					: {};
	const res = await context.fetch(url, { method, maxRedirects: 0, ...body });
	await res.body();
	if (dispose) await context.dispose();
	return res;
}

type Verdict = 'allowed' | 'denied' | 'broken';

function verdictOf(rule: RouteRule, allowedHere: boolean, res: APIResponse): Verdict {
	const status = res.status();
	const location = res.headers()['location'] ?? '';
	if (allowedHere && rule.ok) {
		const statusOk = !rule.ok.status || rule.ok.status.includes(status);
		const locationOk = !rule.ok.location || rule.ok.location.test(location);
		if (statusOk && locationOk) return 'allowed';
	}
	if ([401, 403, 404].includes(status)) return 'denied';
	if (status >= 300 && status < 400 && /^(https?:\/\/[^/]+)?\/login/.test(location)) return 'denied';
	if (status >= 200 && status < 400 && !rule.ok) return 'allowed';
	return 'broken';
}

test('every route in src/routes has an access rule', () => {
	const covered = new Set(rules.map(ruleKey));
	const missing = listRouteTargets().filter((t) => !covered.has(t.key));
	expect(
		missing.map((t) => t.key),
		'add these to tests/access/route-rules.ts'
	).toEqual([]);
});

for (const [i, rule] of rules.entries()) {
	const title = `#${i + 1} ${ruleKey(rule)}${rule.name ? ` — ${rule.name}` : ''} (${rule.url})`;
	test(title, async ({ playwright }) => {
		const failures: string[] = [];
		const accounts = rule.accounts ?? ACCOUNTS;
		const viaBearer = rule.url.startsWith('/api/') && rule.bearer !== false;
		for (const account of accounts) {
			const vias: Via[] = viaBearer && account !== 'anonymous' ? ['cookie', 'bearer'] : ['cookie'];
			for (const via of vias) {
				cases++;
				const res = await send(playwright, rule, account, via);
				const expected = rule.allow.includes(account) ? 'allowed' : 'denied';
				const got = verdictOf(rule, expected === 'allowed', res);
				if (got !== expected) {
					const where = res.headers()['location'] ? ` → ${res.headers()['location']}` : '';
					failures.push(`${account} (${via}): expected ${expected}, got ${res.status()}${where}`);
				}
			}
		}
		expect(failures, title).toEqual([]);
	});
}

test.describe('Bearer tokens and CSRF', () => {
	test('a wrong, malformed or revoked token is refused; a token never opens pages', async ({
		playwright
	}) => {
		const school = sessions.get('school')!;
		const { token, id } = await createToken(school, 'short-lived');
		const withToken = async (value: string, url = '/api/units') => {
			const c = await newContext(playwright, { authorization: `Bearer ${value}` });
			const res = await c.get(url, { maxRedirects: 0 });
			const result = { status: res.status(), location: res.headers()['location'], body: await res.text() };
			await c.dispose();
			return result;
		};
		const ok = await withToken(token);
		expect(ok.status).toBe(200);
		expect(JSON.parse(ok.body).map((u: { code: string }) => u.code)).toEqual(['HA-TH-THANHTO']);
		// The last character changed, never to itself (one token in 32 ends in "a").
		const wrong = `${token.slice(0, -1)}${token.endsWith('a') ? 'b' : 'a'}`;
		expect(wrong).not.toBe(token);
		expect((await withToken(wrong)).status).toBe(401);
		expect((await withToken('garbage')).status).toBe(401);
		const page = await withToken(token, '/account');
		expect(page.status).toBe(303);
		expect(page.location).toMatch(/^\/login/);
		const revoke = await school.post('/account/tokens?/revoke', { form: { id } });
		expect(revoke.status()).toBe(200);
		expect((await withToken(token)).status).toBe(401);
	});

	test('form posts from another origin, or without one, are refused', async ({ playwright }) => {
		const admin = sessions.get('admin')!;
		for (const origin of ['https://evil.example', '']) {
			const res = await admin.post('/account/tokens?/create', {
				form: { name: 'csrf' },
				headers: { origin },
				maxRedirects: 0
			});
			expect(res.status(), `origin "${origin}"`).toBe(403);
		}
		const list = await admin.get('/account/tokens');
		expect(await list.text()).not.toContain('>csrf ');
		const evil = await playwright.request.newContext({ baseURL });
		const res = await evil.post('/logout', { maxRedirects: 0, form: {} });
		expect(res.status()).toBe(403);
		await evil.dispose();
	});
});
