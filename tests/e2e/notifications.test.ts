// A returned report reaches the school: in its inbox (the bell counts it) and by e-mail, delivered by
// the app's own worker to a fake SMTP server this test runs on the loopback. The app is a process of
// its own (the demo on a fresh embedded database) so that it gets the SMTP settings of the fake.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test, type Browser, type Page } from '@playwright/test';
import { AppProcess, sleep } from '../helpers/app-process';
import { decodeMail, startFakeSmtp } from '../helpers/fake-channels';

test.describe('notifications', () => {
	test.describe.configure({ mode: 'serial', timeout: 360_000 });

	let app: AppProcess;
	let smtp: Awaited<ReturnType<typeof startFakeSmtp>>;
	let dir = '';

	test.beforeAll(async () => {
		test.setTimeout(300_000); // the demo loads on first start
		smtp = await startFakeSmtp();
		dir = mkdtempSync(path.join(os.tmpdir(), 'chitieu-notify-'));
		const env: Record<string, string> = {
			...smtp.env,
			DATABASE_URL: '',
			DATA_DIR: path.join(dir, 'pglite'),
			DEMO_SEED: 'auto',
			NOTIFICATIONS_SECONDS: '1',
			HOUSEKEEPING_MINUTES: '0'
		};
		// Its own origin (form posts are checked against it, mails link to it): known once start() picks the port.
		Object.defineProperty(env, 'ORIGIN', { enumerable: true, get: () => app.base });
		app = new AppProcess(env);
		await app.start();
	});

	test.afterAll(async () => {
		await app?.stop();
		await smtp?.close();
		if (dir) rmSync(dir, { recursive: true, force: true });
	});

	async function signInAs(browser: Browser, username: string): Promise<Page> {
		const page = await (await browser.newContext({ locale: 'vi-VN' })).newPage();
		await page.goto(`${app.base}/login`);
		await page.getByLabel('Tên đăng nhập').fill(username);
		await page.getByLabel('Mật khẩu').fill('chitieu-demo');
		await page.getByRole('button', { name: 'Đăng nhập' }).click();
		await expect(page).not.toHaveURL(/\/login/);
		return page;
	}

	test('the district returns a report: the school finds it in its inbox and a mail arrives', async ({
		browser
	}) => {
		// The school account gets an e-mail address (the demo has none).
		const admin = await signInAs(browser, 'admin');
		await admin.goto(`${app.base}/admin/users/school`);
		await admin.getByLabel('Thư điện tử (không bắt buộc)').fill('hieutruong.thanhto@example.edu.vn');
		await admin.getByRole('button', { name: 'Lưu', exact: true }).click();
		await expect(admin.getByLabel('Thư điện tử (không bắt buộc)')).toHaveValue(
			'hieutruong.thanhto@example.edu.vn'
		);

		const district = await signInAs(browser, 'district');
		await district.goto(`${app.base}/reporting?unit=HAIAN&year=2025-2026&period=CUOI_NAM`);
		const row = district
			.getByRole('row')
			.filter({ has: district.getByRole('link', { name: 'Trường Tiểu học Thành Tô' }) });
		await row.getByRole('link', { name: 'Chờ duyệt' }).click();
		await expect(district).toHaveURL(/\/submissions\/\d+$/);
		const submissionUrl = district.url();
		const comment = 'Số học sinh lớp 5 chưa khớp với đầu năm, đề nghị kiểm tra lại.';
		await district.getByLabel('Ý kiến gửi trường').fill(comment);
		await district.getByRole('button', { name: 'Trả lại để sửa' }).click();
		await expect(district.getByText('Đã chuyển sang trạng thái: Bị trả lại.')).toBeVisible();

		const school = await signInAs(browser, 'school');
		const bell = school.getByTestId('bell');
		await expect(bell).toHaveAttribute('aria-label', /Thông báo \(1 chưa đọc\)/);
		await bell.click();
		await expect(school).toHaveURL(/\/inbox$/);
		const item = school.getByTestId('inbox-item').first();
		await expect(item).toContainText('bị trả lại');
		await expect(item).toContainText(comment);
		await item.getByRole('button', { name: 'Xem' }).click();
		await expect(school).toHaveURL(submissionUrl);
		await expect(school.getByTestId('bell')).toHaveAttribute('aria-label', 'Thông báo');

		// The worker delivers within seconds.
		const until = Date.now() + 60_000;
		while (smtp.mails.length === 0 && Date.now() < until) await sleep(250);
		expect(smtp.mails).toHaveLength(1);
		expect(smtp.mails[0].to).toEqual(['hieutruong.thanhto@example.edu.vn']);
		const mail = decodeMail(smtp.mails[0].raw);
		expect(mail).toContain(comment);
		expect(mail).toContain('Trường Tiểu học Thành Tô');
		expect(mail).toMatch(/Content-Type: text\/html/i);
		expect(mail).toContain(submissionUrl);

		// The administrators see the delivery.
		await admin.goto(`${app.base}/admin/notifications?status=sent`);
		await expect(
			admin.getByRole('row').filter({ hasText: 'hieutruong.thanhto@example.edu.vn' })
		).toBeVisible();
	});
});
