/**
 * ACCESS RULES: who may reach every page, form action and endpoint of the app.
 *
 * `tests/access/route-coverage.spec.ts` reads the route tree (src/routes) and FAILS when a page,
 * a form action or an endpoint method has no rule here, so add one in the same change that adds
 * the route. `tests/e2e/access-matrix.test.ts` then runs every rule for every demo account
 * against the built app over HTTP (API rules also with the account's Bearer token).
 *
 * One rule = one object with exactly one target:
 *   page:     '/(app)/admin/users'                       the route id: the folder under src/routes,
 *                                                        groups and [params] included; GET of the page
 *   action:   '/(app)/admin/users/[username]?/disable'   route id + '?/' + action name ('default' for
 *                                                        the default action); POSTed as a form
 *   endpoint: 'GET /api/units'                           method + route id of a +server.ts
 * and:
 *   url       a sample URL with REAL demo data (unit codes HP, HAIAN, ANLAO, HA-TH-THANHTO …;
 *             the fixture users below), query string included
 *   allow     the accounts that may do it; every other account must be denied
 *             (accounts: admin, province, district [HAIAN], inspector [HAIAN],
 *             school [HA-TH-THANHTO], anlao [district ANLAO], anonymous)
 *   form      (actions, POST/PUT endpoints) form fields, or a function of the context
 *   json      (endpoints) a JSON body instead, or a function of the context
 *   name      for crafted cases: what the twist is (a second rule on the same target, e.g. a school
 *             asking for another school's code); the first rule of a target needs none
 *   fresh     run each account on a throwaway session (for logout, login, password changes)
 *   ok        when "allowed" is not the default 2xx/3xx-not-to-/login: the statuses (and optional
 *             Location pattern) an allowed account gets, e.g. { status: [400] } when the sample
 *             input is refused on purpose after the access check passed
 *   bearer    false to skip the Bearer-token run of an /api rule (default: API rules run twice)
 *   accounts  run only these accounts (default: all), e.g. to keep the one allowed account from
 *             destroying what the others must be refused (crafted cases)
 *
 * Denied means 401, 403 or 404, or a redirect to /login (anonymous pages). Allowed means anything
 * else in 2xx/3xx, unless `ok` says otherwise. Write actions should use inputs that succeed for the
 * allowed accounts (state changes must be harmless to later rules: act on the fixture users, never
 * on the demo accounts themselves).
 */

export type Account = 'admin' | 'province' | 'district' | 'inspector' | 'school' | 'anlao' | 'anonymous';

export const ACCOUNTS: readonly Account[] = [
	'admin',
	'province',
	'district',
	'inspector',
	'school',
	'anlao',
	'anonymous'
];
export const SIGNED_IN: readonly Account[] = ACCOUNTS.filter((a) => a !== 'anonymous');
export const EVERYONE: readonly Account[] = ACCOUNTS;
/** Those who read Hải An (HAIAN) and everything under it. */
export const HAIAN_READERS: readonly Account[] = ['admin', 'province', 'district', 'inspector'];
/** Those who manage accounts of Hải An's schools. */
export const HAIAN_USER_MANAGERS: readonly Account[] = ['admin', 'district'];
/** Those who manage some accounts (administrator; district leaders: their schools' accounts). */
export const USER_MANAGERS: readonly Account[] = ['admin', 'district', 'anlao'];

/**
 * Users the matrix creates (as admin) before running the rules; refer to them by username.
 * `password` is filled in by the harness (the temporary password shown once).
 */
export const FIXTURE_USERS = [
	{ username: 'mx-ha', displayName: 'Matrix Hải An', role: 'school', unit: 'HA-TH-CATBI' },
	{ username: 'mx-al', displayName: 'Matrix An Lão', role: 'school', unit: 'AL-TH-ANTIEN' },
	{ username: 'mx-login', displayName: 'Matrix login', role: 'school', unit: 'HA-MN-CATBI' },
	{ username: 'mx-insp', displayName: 'Matrix inspector', role: 'inspector', unit: 'HAIAN' }
] as const;

export type RuleContext = {
	account: Account;
	/** Per account, the id of an API token made for the matrix that rules may revoke. */
	revocableTokenId: Partial<Record<Account, string>>;
	/** Temporary passwords of the fixture users. */
	passwords: Record<string, string>;
};

type Body = Record<string, string> | ((ctx: RuleContext) => Record<string, string>);

export type RouteRule = ({ page: string } | { action: string } | { endpoint: string }) & {
	url: string;
	allow: readonly Account[];
	form?: Body;
	json?: unknown | ((ctx: RuleContext) => unknown);
	name?: string;
	fresh?: boolean;
	ok?: { status?: number[]; location?: RegExp };
	bearer?: boolean;
	accounts?: readonly Account[];
};

export const rules: RouteRule[] = [
	// ── sign-in, language, account ────────────────────────────────────────────────
	{ page: '/(auth)/login', url: '/login', allow: EVERYONE },
	{
		action: '/(auth)/login?/default',
		url: '/login',
		allow: EVERYONE,
		fresh: true,
		form: (ctx) => ({ username: 'mx-login', password: ctx.passwords['mx-login'] ?? '' })
	},
	{
		endpoint: 'POST /logout',
		url: '/logout',
		allow: EVERYONE,
		fresh: true,
		ok: { status: [303], location: /^\/login/ }
	},
	{ endpoint: 'POST /lang', url: '/lang', allow: EVERYONE, form: { lang: 'en', next: '/' } },
	{ page: '/(app)', url: '/', allow: SIGNED_IN },
	{ page: '/(app)/account/password', url: '/account/password', allow: SIGNED_IN },
	{
		action: '/(app)/account/password?/default',
		url: '/account/password',
		allow: SIGNED_IN,
		fresh: true,
		form: { current: 'not-the-password', next: 'a-new-password-1', confirm: 'a-new-password-1' },
		ok: { status: [400] }
	},
	// ── administration of accounts ───────────────────────────────────────────────
	/** Everyone who manages some accounts sees the list (each only the accounts they manage). */
	// ── JSON API ─────────────────────────────────────────────────────────────────
	{ endpoint: 'GET /api/health', url: '/api/health', allow: EVERYONE },
	{ endpoint: 'GET /api/catalogue', url: '/api/catalogue', allow: SIGNED_IN },
	{ endpoint: 'GET /api/units', url: '/api/units', allow: SIGNED_IN },
	{
		endpoint: 'GET /api/units',
		name: 'units under Hải An',
		url: '/api/units?under=HAIAN',
		allow: HAIAN_READERS
	},
	{
		endpoint: 'GET /api/units',
		name: 'a school asking for another school’s code in the query',
		url: '/api/units?under=HA-TH-CATBI',
		allow: HAIAN_READERS
	},
	{
		endpoint: 'GET /api/units',
		name: 'units under An Lão',
		url: '/api/units?under=ANLAO',
		allow: ['admin', 'province', 'anlao']
	}
];

/** The target key of a rule, as listed by tests/access/route-tree.ts. */
export function ruleKey(rule: RouteRule): string {
	if ('page' in rule) return rule.page;
	if ('action' in rule) return rule.action;
	return rule.endpoint;
}

export function ruleKind(rule: RouteRule): 'page' | 'action' | 'endpoint' {
	if ('page' in rule) return 'page';
	if ('action' in rule) return 'action';
	return 'endpoint';
}
