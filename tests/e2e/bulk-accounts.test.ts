import { expect, test, type Page } from '@playwright/test';
import ExcelJS from 'exceljs';
import { readFile } from 'node:fs/promises';
import { signIn, signInNewPage } from '../helpers/sign-in';

async function temporaryPasswords(page: Page): Promise<Map<string, string>> {
	const rows = page.locator('table.created tbody tr');
	const out = new Map<string, string>();
	for (let i = 0; i < (await rows.count()); i++) {
		const cells = rows.nth(i).locator('td');
		out.set(
			(await cells.nth(2).locator('code').textContent())!.trim(),
			(await cells.nth(3).locator('code').textContent())!.trim()
		);
	}
	return out;
}

// Other specs on the same server create accounts too (the access matrix, auth.test.ts): the counts
// are read from the page rather than assumed.
test('a district leader creates its lower-secondary schools’ accounts without JavaScript and downloads the sheet', async ({
	browser
}) => {
	const context = await browser.newContext({ locale: 'vi-VN', javaScriptEnabled: false });
	const page = await context.newPage();
	await signIn(page, 'district');

	await page.goto('/units');
	await page.getByRole('link', { name: 'Cấp tài khoản cho các trường' }).first().click();
	await expect(page).toHaveURL(/\/admin\/users\/bulk\?unit=HAIAN$/);
	await page.getByLabel('Cấp học').selectOption('THCS');
	await page.getByLabel('Loại hình').selectOption('public');
	await page.getByRole('button', { name: 'Xem danh sách trường' }).click();
	await expect(page).toHaveURL(/level=THCS&ownership=public/);
	await expect(page.getByText(/^\d+ trường · \d+ trường chưa có tài khoản/)).toBeVisible();
	const boxes = page.getByRole('checkbox', { name: /^Tạo tài khoản cho / });
	const n = await boxes.count();
	expect(n).toBeGreaterThan(2);
	const left = (await boxes.last().getAttribute('value'))!;
	await boxes.last().uncheck();
	// Without JavaScript the button keeps the full count; the server creates only the ticked ones.
	await page.getByRole('button', { name: `Tạo ${n} tài khoản` }).click();

	await expect(page.getByRole('status')).toContainText(`Đã tạo ${n - 1} tài khoản`);
	await expect(page.getByRole('status')).toContainText('chỉ hiện một lần');
	const passwords = await temporaryPasswords(page);
	expect(passwords.size).toBe(n - 1);
	for (const [username, password] of passwords) {
		expect(username).toMatch(/^ha-thcs-[a-z]+$/);
		expect(password).toMatch(/^[a-z2-9]{4}-[a-z2-9]{4}-[a-z2-9]{4}$/);
	}
	expect(passwords.has(left.toLowerCase())).toBe(false);

	const downloading = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Tải tệp Excel (.xlsx)' }).click();
	const download = await downloading;
	expect(download.suggestedFilename()).toMatch(/^tai-khoan-truong-\d{4}-\d{2}-\d{2}\.xlsx$/);
	const workbook = new ExcelJS.Workbook();
	await workbook.xlsx.load((await readFile((await download.path())!)).buffer as ArrayBuffer);
	const ws = workbook.worksheets[0];
	expect(String(ws.getCell('A2').value)).toMatch(/^Đăng nhập tại http:\/\/127\.0\.0\.1:\d+\/login/);
	expect(ws.getCell('D3').value).toBe('Mật khẩu tạm thời');
	const lines = ws
		.getRows(4, n - 1)!
		.map((r) => [String(r.getCell(3).value), String(r.getCell(4).value)] as const);
	expect(new Map(lines)).toEqual(passwords);
	expect(ws.getRow(4).getCell(1).value).toMatch(/^HA-THCS-/);
	expect(ws.pageSetup.paperSize).toBe(9);

	// A new account signs in with its temporary password and must change it first.
	const [[username, password]] = [...passwords.entries()];
	const school = await browser.newContext({ locale: 'vi-VN' });
	const schoolPage = await school.newPage();
	await schoolPage.goto('/login');
	await schoolPage.getByLabel('Tên đăng nhập').fill(username);
	await schoolPage.getByLabel('Mật khẩu').fill(password);
	await schoolPage.getByRole('button', { name: 'Đăng nhập' }).click();
	await expect(schoolPage).toHaveURL(/\/account\/password$/);
	await school.close();

	// Back on the list: the created ones have accounts now, the unticked one is still to create.
	await page.goto('/admin/users/bulk?unit=HAIAN&level=THCS&ownership=public');
	await expect(boxes).toHaveCount(1);
	await expect(boxes.first()).toHaveAttribute('value', left);
	await expect(page.getByRole('row', { name: new RegExp(`${username}.*Đã có tài khoản`) })).toBeVisible();
	await context.close();
});

test('the A4 print view shows one slip per new account; the passwords are not shown again', async ({
	browser
}) => {
	const page = await signInNewPage(browser, 'anlao');
	await page.goto('/admin/users');
	await page.getByRole('link', { name: 'Cấp tài khoản cho các trường' }).click();
	await page.getByLabel('Cấp học').selectOption('MN');
	await page.getByRole('button', { name: 'Xem danh sách trường' }).click();
	await expect(page).toHaveURL(/level=MN/);
	const boxes = page.getByRole('checkbox', { name: /^Tạo tài khoản cho / });
	const total = await boxes.count();
	expect(total).toBeGreaterThan(2);
	await boxes.nth(0).uncheck();
	await expect(page.getByRole('button', { name: `Tạo ${total - 1} tài khoản` })).toBeEnabled();
	for (let i = 2; i < total; i++) await boxes.nth(i).uncheck();
	await page.getByRole('button', { name: 'Tạo 1 tài khoản' }).click();
	await expect(page.getByRole('status')).toContainText('Đã tạo 1 tài khoản');
	const [[username, password]] = [...(await temporaryPasswords(page)).entries()];

	const opening = page.context().waitForEvent('page');
	await page.getByRole('button', { name: 'Mở bản in A4' }).click();
	const print = await opening;
	await print.waitForLoadState();
	const slips = print.locator('article.slip');
	await expect(slips).toHaveCount(1);
	await expect(slips).toContainText(username);
	await expect(slips).toContainText(password);
	await expect(slips).toContainText('Ở lần đăng nhập đầu, hệ thống yêu cầu đặt mật khẩu mới');

	// Opening the print view later (or reloading the list) never shows a password again.
	await print.goto('/admin/users/bulk/print');
	await expect(print.getByRole('alert')).toContainText('chỉ mở được ngay sau khi tạo tài khoản');
	await page.goto('/admin/users/bulk?unit=ANLAO&level=MN');
	await expect(page.locator('body')).not.toContainText(password);
	await page.context().close();
});
