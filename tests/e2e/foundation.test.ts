import { expect, test } from '@playwright/test';

test('health reports the database in use (embedded unless E2E_DATABASE_URL) and its migrations', async ({
	request
}) => {
	const res = await request.get('/api/health');
	expect(res.ok()).toBe(true);
	const body = await res.json();
	expect(body.ok).toBe(true);
	expect(body.db).toBe(process.env.E2E_DATABASE_URL ? 'postgres' : 'pglite');
	expect(body.migrations).toBeGreaterThanOrEqual(9);
});

test('home is the district’s overview in Vietnamese, with its schools, and the language switch works', async ({
	page
}) => {
	await page.goto('/');
	await expect(page).toHaveURL(/\/login/);
	await page.getByLabel('Tên đăng nhập').fill('district');
	await page.getByLabel('Mật khẩu').fill('chitieu-demo');
	await page.getByRole('button', { name: 'Đăng nhập' }).click();
	await page.goto('/');
	await expect(page).toHaveURL(/\/units\/HAIAN/);
	await expect(page.locator('html')).toHaveAttribute('lang', 'vi');
	await expect(page.getByRole('heading', { level: 1, name: 'Phòng GD&ĐT quận Hải An' })).toBeVisible();
	await expect(page.getByRole('heading', { level: 2, name: 'Bảng theo dõi chỉ tiêu' })).toBeVisible();
	await expect(page.getByRole('cell', { name: /Tràng Cát/ }).first()).toBeVisible();
	await expect(page.getByRole('cell', { name: 'Mầm non' }).first()).toBeVisible();

	await page.getByRole('button', { name: 'English' }).click();
	await expect(page.locator('html')).toHaveAttribute('lang', 'en');
	await expect(page.getByRole('heading', { level: 2, name: 'Scorecard' })).toBeVisible();
	await expect(page.getByRole('cell', { name: 'Preschool' }).first()).toBeVisible();
	await page.getByRole('button', { name: 'Tiếng Việt' }).click();
	await expect(page.getByRole('heading', { level: 2, name: 'Bảng theo dõi chỉ tiêu' })).toBeVisible();

	// The list of every unit and school in scope is still one click away.
	await page.goto('/units');
	await expect(page.getByRole('heading', { level: 1, name: 'Các đơn vị và trường học' })).toBeVisible();
	await expect(page.getByRole('cell', { name: /Tràng Cát/ }).first()).toBeVisible();
});
