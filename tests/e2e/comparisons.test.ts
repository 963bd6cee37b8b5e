import { expect, test, type Browser, type Page } from '@playwright/test';
import { signIn } from '../helpers/sign-in';

const VIEW = 'year=2024-2025&period=CUOI_NAM';
const SHOTS = 'test-results/comparisons';
// The first overview after start evaluates a dozen months cold: slow on a shared machine.
test.describe.configure({ timeout: 180_000 });

const SIZES = { laptop: { width: 1366, height: 768 }, phone: { width: 390, height: 844 } };

async function signedIn(browser: Browser, username: string, size: keyof typeof SIZES) {
	const login = await browser.newContext();
	await signIn(await login.newPage(), username);
	const storageState = await login.storageState();
	await login.close();
	return browser.newContext({ viewport: SIZES[size], isMobile: size === 'phone', storageState });
}

async function checkWidth(page: Page, size: keyof typeof SIZES, what: string) {
	const width = await page.evaluate(() => document.documentElement.scrollWidth);
	expect(width, `${what} is wider than the screen`).toBeLessThanOrEqual(SIZES[size].width);
}

/** No two boxes of the locator's elements overlap (labels, bars, table cells). */
async function expectNoOverlap(page: Page, selector: string) {
	const boxes = await page
		.locator(selector)
		.evaluateAll((els) =>
			els.map((e) => e.getBoundingClientRect()).map((r) => ({ x: r.x, y: r.y, w: r.width, h: r.height }))
		);
	for (let i = 0; i < boxes.length; i++)
		for (let j = i + 1; j < boxes.length; j++) {
			const a = boxes[i];
			const b = boxes[j];
			const apart =
				a.x + a.w <= b.x + 0.5 || b.x + b.w <= a.x + 0.5 || a.y + a.h <= b.y + 0.5 || b.y + b.h <= a.y + 0.5;
			expect(apart, `${selector} #${i} and #${j} overlap`).toBe(true);
		}
}

for (const size of ['laptop', 'phone'] as const) {
	test(`same period last year and the monthly chart on the overview (${size})`, async ({ browser }) => {
		const ctx = await signedIn(browser, 'district', size);
		const page = await ctx.newPage();
		await page.goto(`/units/HAIAN?${VIEW}`);
		const scorecard = page.getByRole('table', { name: /Các chỉ số theo nhóm của kế hoạch/ });
		const row = scorecard.getByRole('row', { name: /Tỷ lệ học sinh Hoàn thành xuất sắc/ });
		const yoy = row.locator('.yoy');
		await expect(yoy).toContainText(/Cùng kỳ:\s*\d+,\d\s?%/);
		await expect(yoy.locator('.change')).toHaveText(/^[+−±]\d+(,\d)? điểm %$/);
		// Every value of the scorecard has its "same period last year" beside it.
		expect(await scorecard.locator('td.actual').count()).toBe(
			await scorecard.locator('td.actual .yoy').count()
		);
		await checkWidth(page, size, 'overview');
		await page.screenshot({ path: `${SHOTS}/overview-${size}.png`, fullPage: true });
		await ctx.close();
	});

	test(`the monthly reports month by month (${size})`, async ({ browser }) => {
		const ctx = await signedIn(browser, 'anlao', size);
		const page = await ctx.newPage();
		await page.goto(`/units/ANLAO?${VIEW}`);
		const section = page.getByRole('region', { name: 'Báo cáo tháng theo từng tháng' });
		await expect(section).toBeVisible();
		const chart = section.locator('figure.chart').first();
		await expect(chart.locator('svg:visible').first()).toBeVisible();
		await chart.getByText('Xem bảng số liệu').click();
		await expect(chart.getByRole('rowheader', { name: 'T10', exact: true })).toBeVisible();
		await checkWidth(page, size, 'overview with monthly charts');
		await section.screenshot({ path: `${SHOTS}/monthly-${size}.png` });
		await ctx.close();
	});

	test(`districts side by side and the district column (${size})`, async ({ browser }) => {
		const ctx = await signedIn(browser, 'province', size);
		const page = await ctx.newPage();
		await page.goto(`/units/HP/indicators/TH_TL_HOANTHANH?${VIEW}`);
		const section = page.getByRole('region', { name: 'So sánh các đơn vị' });
		await expect(section.locator('figure.chart svg:visible').first()).toBeVisible();
		await expect(section.getByText('Xếp: kém nhất trước')).toHaveAttribute('aria-current', 'true');
		// No-JS sorting: a plain link.
		await section.getByRole('link', { name: 'Xếp: theo tên' }).click();
		await expect(page).toHaveURL(/sort=name/);
		await expect(
			page.getByRole('region', { name: 'So sánh các đơn vị' }).getByText('Xếp: theo tên')
		).toHaveAttribute('aria-current', 'true');
		await expectNoOverlap(page, '#areas-title ~ nav > *');
		await checkWidth(page, size, 'province indicator page');
		await page.screenshot({ path: `${SHOTS}/province-indicator-${size}.png`, fullPage: true });
		await ctx.close();
	});

	test(`peer comparison on the school page (${size})`, async ({ browser }) => {
		const ctx = await signedIn(browser, 'district', size);
		const page = await ctx.newPage();
		await page.goto(`/schools/HA-TH-CATBI?${VIEW}`);
		const peers = page.getByRole('region', { name: 'So với các trường cùng nhóm' });
		await expect(peers).toBeVisible();
		const line = peers.locator('tr[data-code="TH_TL_HOANTHANH"]');
		await expect(line.locator('td').nth(2)).toHaveText(/^\d+\/\d+$/);
		const districtCount = await peers.locator('th', { hasText: /Nhóm \(\d+ trường\)/ }).textContent();
		// The GET form chooses the group: the school's commune.
		await peers.getByLabel('Nhóm so sánh').selectOption('commune');
		await peers.getByRole('button', { name: 'Xem' }).click();
		await expect(page).toHaveURL(/peers=commune/);
		const communeCount = await page
			.getByRole('region', { name: 'So với các trường cùng nhóm' })
			.locator('th', { hasText: /Nhóm \(\d+ trường\)/ })
			.textContent();
		const n = (s: string | null) => Number(/\((\d+)/.exec(s ?? '')?.[1]);
		expect(n(communeCount)).toBeLessThan(n(districtCount));
		await checkWidth(page, size, 'school page');
		await page
			.getByRole('region', { name: 'So với các trường cùng nhóm' })
			.screenshot({ path: `${SHOTS}/peers-${size}.png` });
		await ctx.close();
	});
}
