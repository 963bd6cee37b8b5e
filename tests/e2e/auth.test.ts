import { expect, test, type Page } from '@playwright/test';

const PASSWORD = 'chitieu-demo';
// Each account's home (homeFor): '/' until the dashboards give each role its own page.
const DEMO = [
	{ username: 'admin', name: 'Quản trị hệ thống', scope: null, home: /\/(units)?$/ },
	{
		username: 'province',
		name: 'Lãnh đạo Sở GD&ĐT',
		scope: 'Sở Giáo dục và Đào tạo Hải Phòng',
		home: /\/(units\/HP)?$/
	},
	{ username: 'district', name: 'Phòng GD&ĐT Hải An', scope: 'Hải An', home: /\/(units\/HAIAN)?$/ },
	{ username: 'inspector', name: 'Thanh tra Hải An', scope: 'Hải An', home: /\/(units\/HAIAN)?$/ },
	{
		username: 'school',
		name: 'Hiệu trưởng',
		scope: 'Trường Tiểu học Thành Tô',
		home: /\/(schools\/HA-TH-THANHTO)?$/
	},
	{ username: 'anlao', name: 'Phòng GD&ĐT An Lão', scope: 'An Lão', home: /\/(units\/ANLAO)?$/ }
];
const HOME_OF = (u: string) => DEMO.find((d) => d.username === u)!.home;

/** Console errors and CSP violations seen by the page (a blocked inline script shows up here). */
function watchConsole(page: Page): string[] {
	const problems: string[] = [];
	page.on('console', (m) => {
		if (m.type() === 'error') problems.push(m.text());
	});
	page.on('pageerror', (e) => problems.push(e.message));
	return problems;
}

async function signIn(page: Page, username: string, password: string) {
	await page.goto('/login');
	await page.getByLabel('Tên đăng nhập').fill(username);
	await page.getByLabel('Mật khẩu').fill(password);
	await page.getByRole('button', { name: 'Đăng nhập' }).click();
}

async function signOut(page: Page) {
	await page.getByRole('button', { name: 'Đăng xuất' }).click();
	await expect(page).toHaveURL(/\/login$/);
}

for (const account of DEMO) {
	test(`${account.username} signs in and lands on their home, named with their scope`, async ({ page }) => {
		const problems = watchConsole(page);
		await signIn(page, account.username, PASSWORD);
		await expect(page).toHaveURL(account.home);
		const who = page.locator('header .who:visible');
		await expect(who).toContainText(account.name);
		if (account.scope) await expect(who).toContainText(account.scope);
		await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
		const userMenu = page.getByRole('link', { name: 'Người dùng' });
		if (['admin', 'district', 'anlao'].includes(account.username)) await expect(userMenu).toBeVisible();
		else await expect(userMenu).toHaveCount(0);
		expect(problems).toEqual([]);
	});
}

test('a wrong password shows the Vietnamese error and keeps the username', async ({ page }) => {
	await signIn(page, 'inspector', 'not-the-password');
	await expect(page.getByRole('alert')).toContainText('Tên đăng nhập hoặc mật khẩu không đúng.');
	await expect(page.getByLabel('Tên đăng nhập')).toHaveValue('inspector');
	await expect(page).toHaveURL(/\/login/);
});

test('signing out ends the session: pages send you back to sign-in', async ({ page }) => {
	await signIn(page, 'district', PASSWORD);
	await expect(page).toHaveURL(HOME_OF('district'));
	await signOut(page);
	await page.goto('/admin/users');
	await expect(page).toHaveURL(/\/login\?next=%2Fadmin%2Fusers/);
	// After signing in again the user goes where they were headed.
	await page.getByLabel('Tên đăng nhập').fill('district');
	await page.getByLabel('Mật khẩu').fill(PASSWORD);
	await page.getByRole('button', { name: 'Đăng nhập' }).click();
	await expect(page).toHaveURL(/\/admin\/users$/);
});

test('the sign-in page in English after switching the language', async ({ page }) => {
	await page.goto('/login');
	await page.getByRole('button', { name: 'English' }).click();
	await expect(page.locator('html')).toHaveAttribute('lang', 'en');
	await expect(page.getByRole('heading', { level: 1, name: 'Sign in' })).toBeVisible();
	await page.getByLabel('Username').fill('province');
	await page.getByLabel('Password').fill('wrong-password');
	await page.getByRole('button', { name: 'Sign in' }).click();
	await expect(page.getByRole('alert')).toContainText(/^Wrong username or password\. \d+ tries left/);
	await page.getByRole('button', { name: 'Tiếng Việt' }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Đăng nhập' })).toBeVisible();
});

test('an account created by a district leader: temporary password, forced change, then the new password', async ({
	page
}) => {
	await signIn(page, 'district', PASSWORD);
	await page.getByRole('link', { name: 'Người dùng' }).click();
	await page.getByRole('link', { name: 'Tạo tài khoản' }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Tạo tài khoản' })).toBeVisible();
	await page.getByLabel('Tên đăng nhập', { exact: true }).fill('e2e.namhai');
	await page.getByLabel('Họ và tên / tên hiển thị', { exact: true }).fill('Trường TH Nam Hải');
	await page.getByLabel('Mã đơn vị', { exact: true }).fill('HA-TH-NAMHAI');
	await page.getByRole('button', { name: 'Tạo tài khoản' }).click();
	const temporary = (await page.getByTestId('temporary-password').textContent())!.trim();
	expect(temporary).toMatch(/^[a-z2-9]{4}-[a-z2-9]{4}-[a-z2-9]{4}$/);
	await page.getByRole('link', { name: 'Mở tài khoản e2e.namhai' }).click();
	await expect(page).toHaveURL(/\/admin\/users\/e2e\.namhai$/);
	await expect(page.getByRole('cell', { name: 'Tạo tài khoản' })).toBeVisible();
	await expect(page.getByRole('cell', { name: 'district', exact: true })).toBeVisible();
	await signOut(page);

	await signIn(page, 'e2e.namhai', temporary);
	await expect(page).toHaveURL(/\/account\/password$/);
	await expect(page.getByText('Bạn đang dùng mật khẩu tạm thời')).toBeVisible();
	await page.goto('/');
	await expect(page).toHaveURL(/\/account\/password$/);
	await page.getByLabel('Mật khẩu hiện tại').fill(temporary);
	await page.getByLabel('Mật khẩu mới', { exact: true }).fill('short');
	await page.getByLabel('Nhập lại mật khẩu mới').fill('short');
	await page.getByRole('button', { name: 'Lưu mật khẩu mới' }).click();
	await expect(page.locator('.field-error')).toHaveText('Mật khẩu mới cần ít nhất 10 ký tự.');
	await page.getByLabel('Mật khẩu hiện tại').fill(temporary);
	await page.getByLabel('Mật khẩu mới', { exact: true }).fill('nam-hai-2025!');
	await page.getByLabel('Nhập lại mật khẩu mới').fill('nam-hai-2025!');
	await page.getByRole('button', { name: 'Lưu mật khẩu mới' }).click();
	await expect(page).toHaveURL(/\/(schools\/HA-TH-NAMHAI)?$/);
	await expect(page.locator('header .who:visible')).toContainText('Trường TH Nam Hải');
	await signOut(page);

	await signIn(page, 'e2e.namhai', temporary);
	await expect(page.getByRole('alert')).toContainText('Tên đăng nhập hoặc mật khẩu không đúng.');
	await signIn(page, 'e2e.namhai', 'nam-hai-2025!');
	await expect(page).toHaveURL(/\/(schools\/HA-TH-NAMHAI)?$/);
});

test('a school account opening an administration page gets the 403 page', async ({ page }) => {
	await signIn(page, 'school', PASSWORD);
	const res = await page.goto('/admin/users');
	expect(res?.status()).toBe(403);
	await expect(page.getByText('Bạn không có quyền xem nội dung này.')).toBeVisible();
	await expect(page.getByRole('link', { name: 'Về trang chủ' })).toBeVisible();
	const missing = await page.goto('/admin/users/admin');
	expect(missing?.status()).toBe(403);
	const notFound = await page.goto('/no/such/page');
	expect(notFound?.status()).toBe(404);
	await expect(page.getByText('Không tìm thấy trang này.')).toBeVisible();
	await expect(page.locator('body')).not.toContainText(/at .*\.js|Error:|select /);
});

test('API tokens: created in the browser, shown once, usable as Bearer, revoked', async ({
	page,
	context,
	request
}) => {
	const problems = watchConsole(page);
	await context.grantPermissions(['clipboard-read', 'clipboard-write']);
	await signIn(page, 'inspector', PASSWORD);
	await page.goto('/account');
	await page.getByRole('link', { name: 'Mã truy cập API' }).click();
	await page.getByLabel('Tên gợi nhớ').fill('Phần mềm thanh tra');
	await page.getByRole('button', { name: 'Tạo mã' }).click();
	const token = (await page.getByTestId('new-token').textContent())!.trim();
	expect(token).toMatch(/^ct_[a-z2-7]+\.[a-z2-7]+$/);
	// The copy button works only if the page hydrated under the CSP.
	await page.getByRole('button', { name: 'Sao chép' }).click();
	await expect(page.getByRole('button', { name: 'Đã sao chép' })).toBeVisible();
	await expect(page.getByRole('cell', { name: /^Phần mềm thanh tra ct_/ })).toBeVisible();

	const api = await request.get('/api/units?under=HAIAN', { headers: { authorization: `Bearer ${token}` } });
	expect(api.status()).toBe(200);
	expect((await api.json()).length).toBeGreaterThan(40);

	await page.reload();
	await expect(page.getByTestId('new-token')).toHaveCount(0);
	await expect(page.locator('body')).not.toContainText(token.split('.')[1]);
	await page.getByRole('button', { name: 'Thu hồi mã “Phần mềm thanh tra”' }).click();
	await expect(page.getByText('Đã thu hồi mã.')).toBeVisible();
	const after = await request.get('/api/units', { headers: { authorization: `Bearer ${token}` } });
	expect(after.status()).toBe(401);
	expect(problems).toEqual([]);
});

test('security headers: CSP with hashed scripts and no framing, nosniff, referrer policy', async ({
	page
}) => {
	const problems = watchConsole(page);
	const res = await page.goto('/login');
	const headers = res!.headers();
	const csp = headers['content-security-policy'];
	expect(csp).toContain("frame-ancestors 'none'");
	expect(csp).toContain("object-src 'none'");
	expect(csp).toMatch(/script-src 'self' 'sha256-[A-Za-z0-9+/=]+'/);
	expect(csp).not.toContain("'unsafe-inline' 'sha256");
	expect(headers['x-content-type-options']).toBe('nosniff');
	expect(headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
	expect(headers['x-frame-options']).toBe('DENY');
	const cookieless = await page.request.get('/api/health');
	expect(cookieless.headers()['x-content-type-options']).toBe('nosniff');
	await page.waitForLoadState('networkidle');
	expect(problems).toEqual([]);
});

test('after five wrong passwords the account is refused for a while, with the minutes in Vietnamese', async ({
	page
}) => {
	for (let i = 0; i < 5; i++) {
		await signIn(page, 'throttle.probe', `wrong-${i}`);
		await expect(page.getByRole('alert')).toContainText(
			i < 4 ? `Còn ${4 - i} lần thử` : 'Đăng nhập bị tạm dừng 15 phút'
		);
	}
	await signIn(page, 'throttle.probe', 'wrong-5');
	await expect(page.getByRole('alert')).toHaveText(
		/^Đăng nhập sai quá nhiều lần\. Vui lòng thử lại sau 1[45] phút\.$/
	);
});
