import { describe, expect, it } from 'vitest';
import path from 'node:path';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { listRouteTargets, routeMatches } from './route-tree';
import { ACCOUNTS, ruleKey, ruleKind, rules } from './route-rules';

const targets = listRouteTargets(path.resolve('src/routes'));

describe('the route tree', () => {
	it('is read: pages, form actions and endpoints are all found', () => {
		const kinds = new Set(targets.map((t) => t.kind));
		expect(kinds).toEqual(new Set(['page', 'action', 'endpoint']));
		expect(targets.map((t) => t.key)).toContain('/(auth)/login?/default');
		expect(targets.map((t) => t.key)).toContain('GET /api/health');
	});

	it('matches URLs to route ids', () => {
		expect(routeMatches('/(app)', '/')).toBe(true);
		expect(routeMatches('/(app)/admin/users/[username]', '/admin/users/mx-ha')).toBe(true);
		expect(routeMatches('/(app)/admin/users/[username]', '/admin/users')).toBe(false);
		expect(routeMatches('/api/units', '/api/units/x')).toBe(false);
		expect(routeMatches('/files/[...rest]', '/files/a/b')).toBe(true);
	});

	it('finds every action and method of a new route (so a new route without a rule fails)', () => {
		const root = mkdtempSync(path.join(os.tmpdir(), 'routes-'));
		mkdirSync(path.join(root, '(app)', 'things', '[code]'), { recursive: true });
		mkdirSync(path.join(root, 'api', 'things'), { recursive: true });
		writeFileSync(path.join(root, '(app)', 'things', '[code]', '+page.svelte'), '<p></p>');
		writeFileSync(
			path.join(root, '(app)', 'things', '[code]', '+page.server.ts'),
			`export const load = () => ({});\nexport const actions = { save: async () => {}, 'remove': async () => {} } satisfies Actions;`
		);
		writeFileSync(
			path.join(root, 'api', 'things', '+server.ts'),
			`export const GET = () => new Response();\nexport async function POST() { return new Response(); }\nconst del = () => new Response();\nexport { del as DELETE };`
		);
		expect(listRouteTargets(root).map((t) => t.key)).toEqual([
			'/(app)/things/[code]',
			'/(app)/things/[code]?/save',
			'/(app)/things/[code]?/remove',
			'GET /api/things',
			'POST /api/things',
			'DELETE /api/things'
		]);
	});
});

describe('access rules', () => {
	it('cover every page, form action and endpoint method under src/routes', () => {
		const covered = new Set(rules.map(ruleKey));
		const missing = targets
			.filter((t) => !covered.has(t.key))
			.map((t) => `  ${t.key}   (${path.relative(process.cwd(), t.file)})`);
		expect(
			missing,
			`These routes have no access rule; add one to tests/access/route-rules.ts:\n${missing.join('\n')}\n`
		).toEqual([]);
	});

	it('name only routes that exist (no stale rules)', () => {
		const existing = new Set(targets.map((t) => t.key));
		const stale = [...new Set(rules.map(ruleKey))].filter((k) => !existing.has(k));
		expect(stale, `Rules for routes that no longer exist: ${stale.join(', ')}`).toEqual([]);
	});

	it('are well formed', () => {
		const seen = new Set<string>();
		const all = new Set<string>();
		for (const rule of rules) {
			const key = ruleKey(rule);
			const label = `${key} ${rule.name ?? ''}`;
			const routeId = key.replace(/^[A-Z]+ /, '').replace(/\?\/.*$/, '');
			const pathname = new URL(rule.url, 'http://x').pathname;
			expect(routeMatches(routeId, pathname), `${label}: url ${rule.url} is not this route`).toBe(true);
			for (const a of [...rule.allow, ...(rule.accounts ?? [])]) expect(ACCOUNTS, label).toContain(a);
			if (ruleKind(rule) === 'page') expect(rule.form ?? rule.json, label).toBeUndefined();
			const id = `${key} ${rule.name ?? ''} ${rule.url}`;
			expect(all.has(id), `rule given twice: ${id}`).toBe(false);
			all.add(id);
			// One plain rule per target; the others (crafted cases) must say what they test.
			if (!rule.name) {
				expect(seen.has(key), `two rules for ${key} without a name`).toBe(false);
				seen.add(key);
			}
		}
	});
});
