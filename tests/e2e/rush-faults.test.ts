// Faults during the rush: the built app on its own PostgreSQL database (the demo loaded), a burst of
// uploads while every connection of that database is ended again and again (pg_terminate_backend, as
// an operator's restart or a failover does). Each upload either stores whole (200) or answers 503 with
// a Vietnamese and English "try again"; never a 500. No report is half-stored, nothing answered
// "stored" is lost, and the app reconnects by itself: sending the refused ones again stores them.
// Needs PostgreSQL (E2E_DATABASE_URL or TEST_DATABASE_URL); skipped on the embedded database.
import { spawn, type ChildProcess } from 'node:child_process';
import { expect, test } from '@playwright/test';
import postgres from 'postgres';
import { freePort, sleep } from '../helpers/app-process';

const SERVER_URL = process.env.E2E_DATABASE_URL || process.env.TEST_DATABASE_URL || '';
const DB_NAME = 'chitieu_e2e_faults';
const BURST = 40;

test.skip(
	!SERVER_URL,
	'needs PostgreSQL: E2E_DATABASE_URL or TEST_DATABASE_URL is not set (the PGlite pass)'
);
test.describe.configure({ timeout: 240_000 });

function databaseUrl(name: string): string {
	const url = new URL(SERVER_URL);
	url.pathname = `/${name}`;
	return url.toString();
}

type Report = { school: string; period: string; figures: Map<string, number> };

/** The latest year's reports that have figures, as long-layout files of the same figures. */
async function takeReports(sql: postgres.Sql, count: number): Promise<Report[]> {
	const rows = await sql<{ id: number; school: string; period: string; code: string; value: number }[]>`
		with chosen as (
			select s.id from submissions s join units u on u.id = s.unit_id join periods p on p.id = s.period_id
			where u.type = 'school' and p.status = 'open' and exists (select 1 from figures f where f.submission_id = s.id)
			order by p.school_year_id desc, s.id limit ${count})
		select s.id, u.code as school,
			case when p.key ~ '^[0-9]{4}-[0-9]{2}$' then p.key else y.code || '/' || p.key end as period,
			e.code, f.value
		from chosen c join submissions s on s.id = c.id join units u on u.id = s.unit_id
		join periods p on p.id = s.period_id join school_years y on y.id = p.school_year_id
		join figures f on f.submission_id = s.id join data_elements e on e.id = f.data_element_id`;
	const byId = new Map<number, Report>();
	for (const r of rows) {
		const report = byId.get(r.id) ?? { school: r.school, period: r.period, figures: new Map() };
		report.figures.set(r.code, r.value);
		byId.set(r.id, report);
	}
	// They have not been sent yet: the burst sends them.
	await sql`delete from submissions where id = any(${[...byId.keys()]})`;
	return [...byId.values()];
}

const csvOf = (r: Report) =>
	[
		'ma_truong,ky_bao_cao,ma_chi_so,gia_tri',
		...[...r.figures].map(([c, v]) => `${r.school},${r.period},${c},${v}`)
	].join('\n') + '\n';

/** Figures stored for the report: code → value (empty when the report is not there). */
async function storedFigures(sql: postgres.Sql, r: Report): Promise<Map<string, number>> {
	const rows = await sql<{ code: string; value: number }[]>`
		select e.code, f.value from submissions s join units u on u.id = s.unit_id join periods p on p.id = s.period_id
		join school_years y on y.id = p.school_year_id join figures f on f.submission_id = s.id
		join data_elements e on e.id = f.data_element_id
		where u.code = ${r.school}
		  and (case when p.key ~ '^[0-9]{4}-[0-9]{2}$' then p.key else y.code || '/' || p.key end) = ${r.period}`;
	return new Map(rows.map((x) => [x.code, x.value]));
}

test('connections ended during a burst of uploads: stored whole or 503 "try again", then reconnected', async () => {
	const admin = postgres(SERVER_URL, { max: 1, onnotice: () => {} });
	await admin.unsafe(`drop database if exists ${DB_NAME} with (force)`);
	await admin.unsafe(`create database ${DB_NAME}`);
	const port = await freePort();
	const base = `http://127.0.0.1:${port}`;
	const log: string[] = [];
	const app: ChildProcess = spawn(process.execPath, ['build'], {
		stdio: ['ignore', 'pipe', 'pipe'],
		env: {
			...process.env,
			PORT: String(port),
			HOST: '127.0.0.1',
			ORIGIN: base,
			DATABASE_URL: databaseUrl(DB_NAME),
			DEMO_SEED: 'always'
		}
	});
	const keep = (b: Buffer) => log.push(b.toString());
	app.stdout!.on('data', keep);
	app.stderr!.on('data', keep);
	// The test's own connection to the app's database is spared by the faults.
	const sql = postgres(databaseUrl(DB_NAME), {
		max: 2,
		onnotice: () => {},
		connection: { application_name: 'rush-faults-test' }
	});
	try {
		for (let t = Date.now(); ; await sleep(250)) {
			if (app.exitCode !== null) throw new Error(`the app exited: ${log.join('')}`);
			if (
				await fetch(`${base}/api/health`).then(
					(r) => r.ok,
					() => false
				)
			)
				break;
			if (Date.now() - t > 150_000) throw new Error('the app did not start in 150 s');
		}
		const login = await fetch(`${base}/login`, {
			method: 'POST',
			redirect: 'manual',
			headers: { origin: base, accept: 'text/html', 'content-type': 'application/x-www-form-urlencoded' },
			body: new URLSearchParams({ username: 'admin', password: 'chitieu-demo' })
		});
		expect(login.status).toBe(303);
		const cookie = login.headers
			.getSetCookie()
			.map((c) => c.split(';')[0])
			.join('; ');
		const upload = (r: Report, dryRun: boolean) => {
			const form = new FormData();
			form.append('file', new Blob([csvOf(r)], { type: 'text/csv' }), `${r.school}.csv`);
			const query = dryRun ? 'dryRun=true' : 'dryRun=false&confirmWarnings=true';
			return fetch(`${base}/api/imports?${query}`, {
				method: 'POST',
				body: form,
				headers: { cookie, origin: base }
			});
		};

		const taken = await takeReports(sql, BURST);
		const reports: Report[] = [];
		for (const r of taken) {
			const res = await upload(r, true);
			const body = (await res.json()) as { status: string };
			if (res.status === 200 && body.status === 'preview') reports.push(r);
		}
		expect(reports.length, 'reports the burst can store').toBeGreaterThanOrEqual(20);

		// The burst, and every connection of the app's database ended every 100 ms while it lasts.
		let inFlight = true;
		let kills = 0;
		const killer = (async () => {
			await sleep(50);
			while (inFlight) {
				const [{ n }] = await admin<{ n: number }[]>`
					select count(pg_terminate_backend(pid))::int as n from pg_stat_activity
					where datname = ${DB_NAME} and pid <> pg_backend_pid() and application_name <> 'rush-faults-test'`;
				kills += n;
				await sleep(100);
			}
		})();
		const answers = await Promise.all(
			reports.map(async (r, i) => {
				await sleep(i * 15);
				const res = await upload(r, false);
				const text = await res.text();
				return { r, status: res.status, body: JSON.parse(text) as Record<string, unknown>, text };
			})
		);
		inFlight = false;
		await killer;

		for (const a of answers) {
			expect([200, 503], `${a.r.school} ${a.r.period}: ${a.text.slice(0, 300)}`).toContain(a.status);
			if (a.status === 200) expect(a.body.status).toBe('stored');
			else {
				expect(a.body.error).toBe('database_unavailable');
				const message = a.body.message as { vi: string; en: string };
				expect(message.vi).toMatch(/thử lại/);
				expect(message.en).toMatch(/try again/);
				expect(a.text).not.toMatch(/at .*\.js:\d+|stack/i);
			}
		}
		const refused = answers.filter((a) => a.status === 503);
		expect(kills, 'connections ended').toBeGreaterThan(0);
		expect(refused.length, 'uploads the faults hit in flight').toBeGreaterThan(0);

		// None half-stored: all of a report's figures or none; every acknowledged one whole.
		for (const a of answers) {
			const stored = await storedFigures(sql, a.r);
			if (a.status === 200 || stored.size > 0)
				expect(stored, `${a.r.school} ${a.r.period}`).toEqual(a.r.figures);
		}

		// Reconnected by itself: the refused uploads, sent again, store (or were stored after all).
		for (const a of refused) {
			let res: Response | null = null;
			for (let i = 0; i < 10; i++) {
				res = await upload(a.r, false);
				if (res.status !== 503) break;
				await sleep(1000);
			}
			const body = (await res!.json()) as { status: string };
			expect(res!.status).toBe(200);
			expect(['stored', 'unchanged']).toContain(body.status);
		}
		for (const a of answers)
			expect(await storedFigures(sql, a.r), `${a.r.school} ${a.r.period}`).toEqual(a.r.figures);
		expect((await fetch(`${base}/api/health`)).status).toBe(200);
		expect(log.join('')).not.toMatch(/Internal Error|Unhandled|uncaught/i);
	} finally {
		if (app.exitCode !== null) console.log(`the app exited (${app.exitCode}):\n${log.join('').slice(-4000)}`);
		app.kill('SIGTERM');
		await sql.end();
		await admin.unsafe(`drop database if exists ${DB_NAME} with (force)`).catch(() => {});
		await admin.end();
	}
});
