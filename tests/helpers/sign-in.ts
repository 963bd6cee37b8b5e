// Signing in as a demo user through the login form, for the end-to-end tests.
import { expect, type Browser, type Page } from '@playwright/test';

export async function signIn(page: Page, username: string) {
	await page.goto('/login');
	await page.getByLabel('Tên đăng nhập').fill(username);
	await page.getByLabel('Mật khẩu').fill('chitieu-demo');
	await page.getByRole('button', { name: 'Đăng nhập' }).click();
	await expect(page).not.toHaveURL(/\/login/);
}

/** A page in a fresh Vietnamese browser context, signed in: several users side by side. */
export async function signInNewPage(browser: Browser, username: string): Promise<Page> {
	const context = await browser.newContext({ locale: 'vi-VN' });
	const page = await context.newPage();
	await signIn(page, username);
	return page;
}
