// Several app processes on one PostgreSQL, and the embedded database refusing a second process.
// Two `node build` processes on a database of their own, behind a proxy that sends each request to the
// process the test names: an upload through A shows in the very next request to B (evaluation caches
// are per process, keyed by the database's write counters), and a file checked on A is confirmed on B.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import postgres from 'postgres';
import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { AppProcess, SwitchProxy } from '../helpers/app-process';

const SCHOOL = 'HA-TH-THANHTO';
const PERIOD = '2025-2026/CUOI_NAM';
const FIGURES = `/api/figures?school=${SCHOOL}&period=${encodeURIComponent(PERIOD)}`;
const EVALUATION = `/api/evaluations?unit=${SCHOOL}&year=2025-2026&period=CUOI_NAM&indicator=TH_TL_HTXS`;
const A = 0;
const B = 1;

test.describe('two processes on one PostgreSQL', () => {
	test.describe.configure({ mode: 'serial', timeout: 480_000 });
	test.skip(
		!process.env.E2E_DATABASE_URL,
		'needs PostgreSQL (E2E_DATABASE_URL, set by the second pass of .ci/run): the embedded database is for one process'
	);

	const proxy = new SwitchProxy(() => [a.port, b.port]);
	let a: AppProcess;
	let b: AppProcess;
	let databaseUrl = '';
	const admin = () => postgres(process.env.E2E_DATABASE_URL!, { max: 1, onnotice: () => {} });

	test.beforeAll(async () => {
		const name = `chitieu_procs_${process.pid}`;
		const sql = admin();
		await sql.unsafe(`drop database if exists ${name} with (force)`);
		await sql.unsafe(`create database ${name}`);
		await sql.end();
		const url = new URL(process.env.E2E_DATABASE_URL!);
		url.pathname = `/${name}`;
		databaseUrl = url.toString();
		await proxy.start();
		// One public origin for both, as behind a proxy; A migrates and loads the demo, B finds them done.
		const common = { DATABASE_URL: databaseUrl, ORIGIN: proxy.base, DATA_DIR: '/nonexistent' };
		a = new AppProcess({ ...common, DEMO_SEED: 'always' });
		b = new AppProcess({ ...common, DEMO_SEED: 'never' });
		await a.start();
		await b.start();
	});

	test.afterAll(async () => {
		await Promise.all([a?.stop(), b?.stop()]);
		await proxy.stop();
		const sql = admin();
		await sql.unsafe(`drop database if exists ${new URL(databaseUrl).pathname.slice(1)} with (force)`);
		await sql.end();
	});

	async function signIn(page: Page) {
		await page.goto(`${proxy.base}/login`);
		await page.getByLabel('Tên đăng nhập').fill('school');
		await page.getByLabel('Mật khẩu').fill('chitieu-demo');
		await page.getByRole('button', { name: 'Đăng nhập' }).click();
		await expect(page).not.toHaveURL(/\/login/);
	}

	async function figures(request: APIRequestContext): Promise<Record<string, number>> {
		const res = await request.get(proxy.base + FIGURES);
		expect(res.status()).toBe(200);
		const body = (await res.json()) as { figures: { code: string; value: number }[] };
		return Object.fromEntries(body.figures.map((f) => [f.code, f.value]));
	}

	async function numerator(request: APIRequestContext): Promise<number> {
		const res = await request.get(proxy.base + EVALUATION);
		expect(res.status()).toBe(200);
		const [row] = (await res.json()) as { numerator: number }[];
		return row.numerator;
	}

	const csv = (htxs: number, ht: number) =>
		Buffer.from(
			`ma_truong;ky_bao_cao;ma_chi_so;gia_tri\r\n${SCHOOL};${PERIOD};TH_HS_HTXS;${htxs}\r\n${SCHOOL};${PERIOD};TH_HS_HT;${ht}\r\n`
		);

	test('an upload through process A shows in the very next request to process B', async ({ page }) => {
		proxy.route = B;
		await signIn(page);
		const before = await figures(page.request);
		// B has computed (and kept) the evaluation before the upload.
		const was = await numerator(page.request);
		expect(await numerator(page.request)).toBe(was);
		expect(was).toBe(before.TH_HS_HTXS);

		proxy.route = A;
		const stored = await page.request.post(`${proxy.base}/api/imports?dryRun=false`, {
			multipart: {
				file: { name: 'a.csv', mimeType: 'text/csv', buffer: csv(before.TH_HS_HTXS + 1, before.TH_HS_HT - 1) }
			},
			headers: { origin: proxy.base }
		});
		expect(stored.status()).toBe(200);
		expect((await stored.json()).status).toBe('stored');

		proxy.route = B;
		expect(await numerator(page.request)).toBe(was + 1);
		expect((await figures(page.request)).TH_HS_HTXS).toBe(before.TH_HS_HTXS + 1);
		const byB = proxy.served.filter((s) => s.backend === B && s.path.startsWith('/api/evaluations'));
		expect(byB.length).toBeGreaterThanOrEqual(3);
		expect(proxy.served.some((s) => s.backend === A && s.path.startsWith('/api/imports'))).toBe(true);
	});

	test('a file checked on process A is confirmed on process B through the upload page', async ({ page }) => {
		proxy.route = A;
		await signIn(page);
		const before = await figures(page.request);
		await page.goto(`${proxy.base}/imports`);
		await page.locator('input[type=file]').setInputFiles({
			name: 'kiem-tra-tren-a.csv',
			mimeType: 'text/csv',
			buffer: csv(before.TH_HS_HTXS + 2, before.TH_HS_HT - 2)
		});
		await page.getByRole('button', { name: 'Kiểm tra tệp' }).click();
		await expect(page.getByText('Tệp hợp lệ. Sẽ lưu 0 số liệu mới và 2 số liệu thay đổi')).toBeVisible();

		proxy.route = B;
		await page.getByRole('button', { name: 'Xác nhận và lưu' }).click();
		await expect(page.getByText('Đã lưu: 0 số liệu mới, 2 số liệu thay đổi.')).toBeVisible();
		const checks = proxy.served.filter((s) => s.method === 'POST' && s.path.includes('/imports?/'));
		expect(checks.map((s) => [s.path.replace(/^.*\?\//, ''), s.backend])).toEqual([
			['check', A],
			['store', B]
		]);
		proxy.route = A;
		expect((await figures(page.request)).TH_HS_HTXS).toBe(before.TH_HS_HTXS + 2);
	});
});

test.describe('the embedded database', () => {
	test.describe.configure({ timeout: 480_000 });

	test('is for one process: a second server on its directory refuses to start, a crashed owner’s lock is taken over', async () => {
		const dir = mkdtempSync(path.join(os.tmpdir(), 'chitieu-one-'));
		const env = { DATABASE_URL: '', DATA_DIR: path.join(dir, 'pglite'), DEMO_SEED: 'never' };
		const first = new AppProcess(env);
		const second = new AppProcess(env);
		try {
			await first.start();
			await second.start(false);
			const code = await second.exited(120_000);
			expect(code, second.output).not.toBe(0);
			expect(code).not.toBeNull();
			expect(second.output).toContain(`is in use by process ${first.child.pid}`);
			expect(second.output).toContain('The embedded database is for one process');
			expect(second.output).toContain('CSDL nhúng chỉ dành cho một tiến trình');
			expect(first.alive()).toBe(true);
			expect((await fetch(`${first.base}/api/health`)).status).toBe(200);

			// A crash leaves the lock file behind: its pid is gone, so the next server takes over.
			await first.stop('SIGKILL');
			await second.start();
			expect((await fetch(`${second.base}/api/health`)).status).toBe(200);
		} finally {
			await first.stop('SIGKILL');
			await second.stop();
			rmSync(dir, { recursive: true, force: true });
		}
	});
});
