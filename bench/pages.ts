// npm run bench:pages — the dashboards against the built app (run `npx vite build` first) on PostgreSQL
// holding the demo and a 2,000-school scale province: server time per page, JS per page (gzip),
// Largest Contentful Paint and time to the first chart in Chromium, and the first chart without JS.
// Uses BENCH_DATABASE_URL (a server; a fresh database is made on it) or starts a throwaway server.
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { performance } from 'node:perf_hooks';
import postgres from 'postgres';
import { chromium, type Browser, type BrowserContext } from '@playwright/test';
import { migrateDatabase, openDatabase, type DbHandle } from '../src/lib/server/db/client';
import { seedDemo } from '../src/lib/server/demo/seed-demo';
import { seedScale } from '../src/lib/server/demo/seed-scale';
import { loadPlans } from '../src/lib/server/demo/load-plans';
import { scalePlans } from './scale-plans';

const RUNS = Number(process.env.BENCH_RUNS ?? 20);
const SCHOOLS = Number(process.env.BENCH_SCHOOLS ?? 2000);
const PORT = Number(process.env.BENCH_PORT ?? 4399);
const DB_NAME = 'chitieu_bench_pages';
const BASE = `http://127.0.0.1:${PORT}`;
const GOALS = { overviewP95: 150, jsKb: 200, lcpMs: 1000 };
/** Where the built app is (a copy keeps other builds from changing it under the benchmark). */
const APP_DIR = process.env.BENCH_APP_DIR ?? '.';

function serverUrl(): string {
	if (process.env.BENCH_DATABASE_URL) return process.env.BENCH_DATABASE_URL;
	return execFileSync('scripts/pg-throwaway.sh', ['start'], { encoding: 'utf8' }).trim();
}

async function freshDatabase(base: string): Promise<{ handle: DbHandle; url: string; reused: boolean }> {
	const admin = postgres(base, { max: 1, onnotice: () => {} });
	const exists = (await admin`select 1 from pg_database where datname = ${DB_NAME}`).length > 0;
	const reused = !!(process.env.BENCH_REUSE && exists);
	if (!reused) {
		await admin.unsafe(`drop database if exists ${DB_NAME} with (force)`);
		await admin.unsafe(`create database ${DB_NAME}`);
	}
	await admin.end();
	const url = new URL(base);
	url.pathname = `/${DB_NAME}`;
	return {
		handle: await openDatabase({ kind: 'postgres', url: url.toString(), max: 4 }),
		url: url.toString(),
		reused
	};
}

async function seed(handle: DbHandle) {
	const t0 = performance.now();
	await seedDemo(handle.db);
	const scale = await seedScale(handle, { schools: SCHOOLS, years: 3 });
	await loadPlans(handle.db, scalePlans(scale.years));
	await handle.sql!`analyze`;
	console.log(
		`seeded the demo and ${scale.units} scale units, ${scale.figures} figures in ${((performance.now() - t0) / 1000).toFixed(1)} s`
	);
}

async function startApp(databaseUrl: string): Promise<() => void> {
	if (!existsSync(`${APP_DIR}/build/handler.js`))
		throw new Error('build/ is missing: run `npx vite build` first');
	const child = spawn(process.execPath, ['scripts/serve.mjs'], {
		cwd: APP_DIR,
		env: {
			...process.env,
			DATABASE_URL: databaseUrl,
			PORT: String(PORT),
			HOST: '127.0.0.1',
			DEMO_SEED: 'never',
			ORIGIN: BASE
		},
		stdio: ['ignore', 'pipe', 'inherit']
	});
	for (let i = 0; i < 120; i++) {
		try {
			if ((await fetch(`${BASE}/api/health`)).ok) return () => child.kill('SIGTERM');
		} catch {
			/* not up yet */
		}
		await new Promise((r) => setTimeout(r, 250));
	}
	child.kill('SIGTERM');
	throw new Error('the app did not start');
}

async function signIn(username: string): Promise<string> {
	const body = new URLSearchParams({ username, password: 'chitieu-demo' });
	const res = await fetch(`${BASE}/login`, {
		method: 'POST',
		body,
		redirect: 'manual',
		headers: { origin: BASE, 'content-type': 'application/x-www-form-urlencoded' }
	});
	const cookies = res.headers.getSetCookie().map((c) => c.split(';')[0]);
	if (!cookies.length) throw new Error(`sign-in as ${username} failed (${res.status})`);
	return cookies.join('; ');
}

const percentile = (sorted: number[], p: number) =>
	sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];

/**
 * Server time of `path`. `touch` (when given) commits a change to a figure before each request, as a
 * school's upload would: what reads that figure's period is then computed again instead of reused.
 */
async function serverTimes(path: string, cookie: string, touch?: () => Promise<unknown>) {
	const once = async () => {
		if (touch) await touch();
		const t = performance.now();
		const res = await fetch(BASE + path, { headers: { cookie }, redirect: 'manual' });
		const html = await res.text();
		if (res.status !== 200) throw new Error(`${path}: HTTP ${res.status}`);
		return { ms: performance.now() - t, bytes: html.length };
	};
	await once();
	await once();
	const ms: number[] = [];
	let bytes = 0;
	for (let i = 0; i < RUNS; i++) {
		const r = await once();
		ms.push(r.ms);
		bytes = r.bytes;
	}
	ms.sort((a, b) => a - b);
	return { p50: percentile(ms, 50), p95: percentile(ms, 95), htmlKb: bytes / 1024 };
}

/** Records LCP and the moment the first chart (server-rendered SVG or sparkline) is in the document. */
const OBSERVE = `
	window.__bench = { lcp: 0, chart: null };
	new PerformanceObserver((list) => { for (const e of list.getEntries()) window.__bench.lcp = e.startTime; })
		.observe({ type: 'largest-contentful-paint', buffered: true });
	const seen = () => {
		if (window.__bench.chart !== null) return true;
		const el = document.querySelector('figure.chart svg, svg.spark');
		if (!el) return false;
		requestAnimationFrame(() => { if (window.__bench.chart === null) window.__bench.chart = performance.now(); });
		return true;
	};
	new MutationObserver((_, obs) => { if (seen()) obs.disconnect(); }).observe(document, { childList: true, subtree: true });
`;

async function browserMetrics(ctx: BrowserContext, path: string) {
	const page = await ctx.newPage();
	const scripts: Promise<number>[] = [];
	page.on('response', (res) => {
		if (res.request().resourceType() === 'script')
			scripts.push(
				res.body().then(
					(b) => gzipSync(b, { level: 9 }).length,
					() => 0
				)
			);
	});
	await page.goto(BASE + path, { waitUntil: 'load' });
	await page.waitForLoadState('networkidle');
	await page.waitForTimeout(300);
	const m = (await page.evaluate('window.__bench')) as { lcp: number; chart: number | null };
	const jsKb = (await Promise.all(scripts)).reduce((a, b) => a + b, 0) / 1024;
	await page.close();
	return { lcp: m.lcp, chart: m.chart, jsKb, files: scripts.length };
}

async function chartWithoutJs(
	browser: Browser,
	state: Awaited<ReturnType<BrowserContext['storageState']>>,
	path: string
) {
	const ctx = await browser.newContext({ javaScriptEnabled: false, storageState: state });
	const page = await ctx.newPage();
	await page.goto(BASE + path);
	const box = await page.locator('figure.chart svg, svg.spark').first().boundingBox();
	await ctx.close();
	return !!box && box.width > 50 && box.height > 10;
}

const base = serverUrl();
const { handle, url, reused } = await freshDatabase(base);
await migrateDatabase(handle);
if (!reused) await seed(handle);
const district = (
	await handle.sql!`select code from units where type = 'district' and path like (select path from units where code = 'SCALE') || '%' order by code limit 1`
)[0].code as string;
const school = (
	await handle.sql!`select s.code from units s join units d on d.id = s.parent_id where d.code = ${district} and s.school_level = 'TH' order by s.code limit 1`
)[0].code as string;
const counts = (
	await handle.sql!`select (select count(*) from units where type = 'school')::int as schools, (select count(*) from figures)::int as figures`
)[0];
await handle.close();
const writer = postgres(url, { max: 1, onnotice: () => {} });
// A school's upload to the period the pages show (the latest year-end): the worst case for reuse.
const touchFigure = () =>
	writer.unsafe(`update figures set value = value where (submission_id, data_element_id) = (
	  select f.submission_id, f.data_element_id from figures f join submissions s on s.id = f.submission_id
	  join periods p on p.id = s.period_id join units u on u.id = s.unit_id
	  where p.key = 'CUOI_NAM' and u.path like (select path from units where code = 'SCALE') || '%'
	  order by p.school_year_id desc limit 1)`);

const stop = await startApp(url);
const pages = [
	{ name: 'area overview, scale province (2,000 schools)', path: '/units/SCALE', overview: true },
	{ name: `area overview, scale district ${district}`, path: `/units/${district}`, overview: true },
	{ name: 'area overview, demo district HAIAN', path: '/units/HAIAN', overview: true },
	{
		name: `indicator page, ${district} TH_TL_HTXS`,
		path: `/units/${district}/indicators/TH_TL_HTXS`,
		overview: false
	},
	{
		name: `indicator page, province TH_TL_HTXS`,
		path: '/units/SCALE/indicators/TH_TL_HTXS',
		overview: false
	},
	{ name: `school page ${school}`, path: `/schools/${school}`, overview: false }
];
const results: Record<string, unknown>[] = [];
try {
	const cookie = await signIn('admin');
	console.log(
		`PostgreSQL ${DB_NAME}: ${counts.schools} schools, ${counts.figures} figures; ${RUNS} runs per page, signed in as admin\n`
	);
	const browser = await chromium.launch({
		executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
		args: [
			'--no-sandbox',
			'--disable-gpu',
			'--disable-background-networking',
			'--disable-component-update',
			'--disable-sync',
			'--no-first-run',
			'--disable-quic'
		]
	});
	const login = await browser.newContext({ viewport: { width: 1366, height: 768 } });
	const cookies = cookie.split('; ').map((c) => {
		const [name, ...rest] = c.split('=');
		return { name, value: rest.join('='), domain: '127.0.0.1', path: '/' };
	});
	await login.addCookies(cookies);
	const state = await login.storageState();
	await login.close();
	for (const p of pages) {
		const server = await serverTimes(p.path, cookie);
		const cold = await serverTimes(p.path, cookie, touchFigure);
		// A fresh browser context per visit: nothing cached, so every script counts as transferred.
		const visit = async () => {
			const ctx = await browser.newContext({ viewport: { width: 1366, height: 768 }, storageState: state });
			await ctx.addInitScript(OBSERVE);
			try {
				return await browserMetrics(ctx, p.path);
			} finally {
				await ctx.close();
			}
		};
		await visit();
		const b = await visit();
		const noJs = await chartWithoutJs(browser, state, p.path);
		const row = {
			page: p.name,
			path: p.path,
			...server,
			afterUploadP50: cold.p50,
			afterUploadP95: cold.p95,
			...b,
			chartWithoutJs: noJs
		};
		results.push(row);
		const flags = [
			p.overview ? (server.p95 <= GOALS.overviewP95 ? '✓' : '✗') + ` p95≤${GOALS.overviewP95}` : '',
			p.overview
				? (cold.p95 <= GOALS.overviewP95 ? '✓' : '✗') + ` after an upload p95≤${GOALS.overviewP95}`
				: '',
			(b.jsKb <= GOALS.jsKb ? '✓' : '✗') + ` JS≤${GOALS.jsKb}kB`,
			(b.lcp <= GOALS.lcpMs ? '✓' : '✗') + ` LCP≤${GOALS.lcpMs}ms`,
			noJs ? '✓ chart without JS' : '✗ no chart without JS'
		].filter(Boolean);
		console.log(
			`${p.name.padEnd(48)} server p50 ${server.p50.toFixed(0).padStart(4)} ms  p95 ${server.p95.toFixed(0).padStart(4)} ms  ` +
				`(after an upload: p50 ${cold.p50.toFixed(0).padStart(4)} ms  p95 ${cold.p95.toFixed(0).padStart(4)} ms)  ` +
				`HTML ${server.htmlKb.toFixed(0).padStart(4)} kB  JS ${b.jsKb.toFixed(1).padStart(6)} kB gzip (${b.files} files)  ` +
				`LCP ${b.lcp.toFixed(0).padStart(4)} ms  first chart ${b.chart === null ? '—' : b.chart.toFixed(0).padStart(4) + ' ms'}  ${flags.join('  ')}`
		);
	}
	await browser.close();
} finally {
	stop();
	await writer.end();
}
mkdirSync('bench/out', { recursive: true });
writeFileSync(
	'bench/out/pages.json',
	JSON.stringify({ at: new Date().toISOString(), runs: RUNS, results }, null, 2)
);
console.log('\nwritten to bench/out/pages.json');
process.exit(0);
