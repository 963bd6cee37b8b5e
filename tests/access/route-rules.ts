import { reportingRules } from './reporting-rules';
import { periodReportRules } from './period-report-rules';
import { importsRules } from './imports-rules';
import { plansRules } from './plans-rules';
import { dashboardsRules } from './dashboards-rules';
import { schoolYearsRules } from './school-years-rules';
import { catalogueRules } from './catalogue-rules';
import { setupRules } from './setup-rules';
import { bulkAccountsRules } from './bulk-accounts-rules';
import { unitsAdminRules } from './units-admin-rules';
import { reviewRules } from './review-rules';
import { notificationsRules } from './notifications-rules';
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
 *   multipart a multipart/form-data body (files as { name, mimeType, buffer }), e.g. an upload whose
 *             file names another school's code; or a function of the context
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
export type Multipart = Record<string, string | { name: string; mimeType: string; buffer: Buffer }>;

export type RouteRule = ({ page: string } | { action: string } | { endpoint: string }) & {
	url: string;
	allow: readonly Account[];
	form?: Body;
	json?: unknown | ((ctx: RuleContext) => unknown);
	multipart?: Multipart | ((ctx: RuleContext) => Multipart);
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
	{ endpoint: 'POST /lang', url: '/lang', allow: EVERYONE, form: { lang: 'vi', next: '/' } },
	{ page: '/(app)', url: '/', allow: SIGNED_IN },
	{ page: '/(app)/account', url: '/account', allow: SIGNED_IN },
	{ page: '/(app)/account/password', url: '/account/password', allow: SIGNED_IN },
	{
		action: '/(app)/account/password?/default',
		url: '/account/password',
		allow: SIGNED_IN,
		fresh: true,
		form: { current: 'not-the-password', next: 'a-new-password-1', confirm: 'a-new-password-1' },
		ok: { status: [400] }
	},
	{ page: '/(app)/account/tokens', url: '/account/tokens', allow: SIGNED_IN },
	{
		action: '/(app)/account/tokens?/create',
		url: '/account/tokens',
		allow: SIGNED_IN,
		form: { name: 'matrix' }
	},
	{
		action: '/(app)/account/tokens?/revoke',
		name: 'revoking another user’s token (the administrator’s)',
		url: '/account/tokens',
		accounts: SIGNED_IN.filter((a) => a !== 'admin'),
		allow: [],
		form: (ctx) => ({ id: ctx.revocableTokenId.admin ?? 'ct_none' })
	},
	{
		action: '/(app)/account/tokens?/revoke',
		url: '/account/tokens',
		allow: SIGNED_IN,
		form: (ctx) => ({ id: ctx.revocableTokenId[ctx.account] ?? 'ct_none' })
	},

	// ── administration of accounts ───────────────────────────────────────────────
	/** Everyone who manages some accounts sees the list (each only the accounts they manage). */
	{ page: '/(app)/admin/users', url: '/admin/users?q=mx-', allow: USER_MANAGERS },
	{ page: '/(app)/admin/users/new', url: '/admin/users/new', allow: USER_MANAGERS },
	{
		action: '/(app)/admin/users/new?/default',
		url: '/admin/users/new',
		allow: HAIAN_USER_MANAGERS,
		form: (ctx) => ({
			username: `mx-new-${ctx.account}`,
			displayName: 'Matrix new',
			role: 'school',
			unit: 'HA-TH-DANGHAI'
		})
	},
	{
		action: '/(app)/admin/users/new?/default',
		name: 'a school account for an An Lão school (unit code in a form field)',
		url: '/admin/users/new',
		allow: ['admin', 'anlao'],
		form: (ctx) => ({
			username: `mx-al-${ctx.account}`,
			displayName: 'Matrix An Lão new',
			role: 'school',
			unit: 'AL-TH-TANDAN'
		})
	},
	{
		action: '/(app)/admin/users/new?/default',
		name: 'a district account (only the administrator creates those)',
		url: '/admin/users/new',
		allow: ['admin'],
		form: (ctx) => ({
			username: `mx-dist-${ctx.account}`,
			displayName: 'Matrix district',
			role: 'district',
			unit: 'HAIAN'
		})
	},
	{ page: '/(app)/admin/users/[username]', url: '/admin/users/mx-ha', allow: HAIAN_USER_MANAGERS },
	{
		page: '/(app)/admin/users/[username]',
		name: 'an An Lão school account (username in the URL)',
		url: '/admin/users/mx-al',
		allow: ['admin', 'anlao']
	},
	{
		page: '/(app)/admin/users/[username]',
		name: 'the Hải An inspector’s account (not a school account)',
		url: '/admin/users/inspector',
		allow: ['admin']
	},
	{
		action: '/(app)/admin/users/[username]?/update',
		url: '/admin/users/mx-ha',
		allow: HAIAN_USER_MANAGERS,
		form: { displayName: 'Matrix Hải An (edited)', email: '', phone: '' }
	},
	{
		action: '/(app)/admin/users/[username]?/addRole',
		url: '/admin/users/mx-ha',
		allow: HAIAN_USER_MANAGERS,
		form: { role: 'school', unit: 'HA-TH-DANGLAM' }
	},
	{
		action: '/(app)/admin/users/[username]?/addRole',
		name: 'giving a Hải An school account an An Lão school (the admin may; not run, it would hand the account over)',
		url: '/admin/users/mx-ha',
		accounts: ACCOUNTS.filter((a) => a !== 'admin'),
		allow: [],
		form: { role: 'school', unit: 'AL-TH-ANTHANG' }
	},
	{
		action: '/(app)/admin/users/[username]?/removeRole',
		url: '/admin/users/mx-ha',
		allow: HAIAN_USER_MANAGERS,
		form: { role: 'school', unit: 'HA-TH-DANGLAM' }
	},
	{
		action: '/(app)/admin/users/[username]?/resetPassword',
		url: '/admin/users/mx-ha',
		allow: HAIAN_USER_MANAGERS
	},
	{
		action: '/(app)/admin/users/[username]?/resetPassword',
		name: 'resetting the password of a Hải An inspector account (not a school account)',
		url: '/admin/users/mx-insp',
		allow: ['admin']
	},
	{
		action: '/(app)/admin/users/[username]?/resetPassword',
		name: 'resetting the An Lão leader’s own password through the admin pages',
		url: '/admin/users/anlao',
		accounts: ['province', 'district', 'inspector', 'school', 'anlao', 'anonymous'],
		allow: []
	},
	{ action: '/(app)/admin/users/[username]?/disable', url: '/admin/users/mx-ha', allow: HAIAN_USER_MANAGERS },
	{
		action: '/(app)/admin/users/[username]?/disable',
		name: 'disabling an An Lão school account',
		url: '/admin/users/mx-al',
		allow: ['admin', 'anlao']
	},
	{ action: '/(app)/admin/users/[username]?/enable', url: '/admin/users/mx-ha', allow: HAIAN_USER_MANAGERS },
	{ action: '/(app)/admin/users/[username]?/unlock', url: '/admin/users/mx-ha', allow: HAIAN_USER_MANAGERS },
	{
		action: '/(app)/admin/users/[username]?/unlock',
		name: 'lifting the sign-in pause of a Hải An inspector account (not a school account)',
		url: '/admin/users/mx-insp',
		allow: ['admin']
	},
	{
		action: '/(app)/admin/users/[username]?/enable',
		name: 'enabling an An Lão school account',
		url: '/admin/users/mx-al',
		allow: ['admin', 'anlao']
	},

	// ── JSON API ─────────────────────────────────────────────────────────────────
	{ endpoint: 'GET /api/health', url: '/api/health', allow: EVERYONE },
	{
		endpoint: 'GET /api/evaluations',
		url: '/api/evaluations?unit=HAIAN&year=2024-2025&period=CUOI_NAM',
		allow: HAIAN_READERS
	},
	{
		endpoint: 'GET /api/evaluations',
		name: 'a school reading its own evaluation',
		url: '/api/evaluations?unit=HA-TH-THANHTO&year=2024-2025&period=CUOI_NAM',
		allow: [...HAIAN_READERS, 'school']
	},
	{
		endpoint: 'GET /api/evaluations',
		name: 'An Lão’s drill-down',
		url: '/api/evaluations?unit=ANLAO&year=2024-2025&period=HK1&children=true',
		allow: ['admin', 'province', 'anlao']
	},
	{
		endpoint: 'GET /api/evaluations',
		name: 'a period the year does not have (refused after the access check)',
		url: '/api/evaluations?unit=HAIAN&year=2024-2025&period=HK9',
		allow: HAIAN_READERS,
		ok: { status: [400] }
	},
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
	},
	...reportingRules,
	...periodReportRules,
	...importsRules,
	...plansRules,
	...dashboardsRules,
	...schoolYearsRules,
	...catalogueRules,
	...setupRules,
	...bulkAccountsRules,
	...unitsAdminRules,
	...reviewRules,
	...notificationsRules
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
