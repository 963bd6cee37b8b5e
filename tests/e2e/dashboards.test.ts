import { readFileSync } from 'node:fs';
import { expect, test, type Browser, type Page } from '@playwright/test';
import ExcelJS from 'exceljs';
import { signIn } from '../helpers/sign-in';

const VIEW = 'year=2024-2025&period=CUOI_NAM';
const SHOTS = 'test-results/dashboards';

async function signedInState(browser: Browser, username: string) {
	const ctx = await browser.newContext();
	const page = await ctx.newPage();
	await signIn(page, username);
	const state = await ctx.storageState();
	await ctx.close();
	return state;
}

test('a province leader drills down: province → district → indicator → school', async ({ page }) => {
	await signIn(page, 'province');
	await expect(page).toHaveURL(/\/units\/HP$/);
	await expect(page.getByRole('heading', { level: 2, name: 'Bảng theo dõi chỉ tiêu' })).toBeVisible();

	await page.goto(`/units/HP?${VIEW}`);
	await page
		.getByRole('region', { name: 'Đơn vị trực thuộc' })
		.getByRole('link', { name: /Hải An/ })
		.click();
	await expect(page).toHaveURL(/\/units\/HAIAN\?year=2024-2025&period=CUOI_NAM/);
	await expect(page.getByRole('heading', { level: 1, name: 'Phòng GD&ĐT quận Hải An' })).toBeVisible();
	// The scorecard groups indicators like the plan, each with a status in words.
	const scorecard = page.getByRole('table', { name: /Các chỉ số theo nhóm của kế hoạch/ });
	await expect(scorecard.getByText('Chất lượng giáo dục', { exact: true })).toBeVisible();
	const row = scorecard.getByRole('row', { name: /Tỷ lệ học sinh Hoàn thành xuất sắc/ });
	await expect(row.getByText(/55–60\s?%/)).toBeVisible();
	await expect(row.locator('span.status')).toHaveText(/^✓\s*Đạt$/);

	await row.getByRole('link', { name: 'Tỷ lệ học sinh Hoàn thành xuất sắc' }).click();
	await expect(page).toHaveURL(/\/units\/HAIAN\/indicators\/TH_TL_HTXS\?year=2024-2025&period=CUOI_NAM/);
	await expect(
		page.getByRole('heading', { level: 1, name: 'Tỷ lệ học sinh Hoàn thành xuất sắc' })
	).toBeVisible();
	await expect(page.locator('figure.chart svg').first()).toBeVisible();
	const under = page.getByRole('region', { name: /Trường chưa đạt hoặc có nguy cơ/ });
	const first = under.getByRole('link').first();
	const school = (await first.textContent())!.trim();
	await first.click();
	await expect(page).toHaveURL(/\/schools\/HA-TH-[A-Z]+\?year=2024-2025&period=CUOI_NAM&ind=TH_TL_HTXS/);
	await expect(page.getByRole('heading', { level: 1, name: school })).toBeVisible();
	await expect(
		page.getByRole('heading', { level: 2, name: /Diễn biến: Tỷ lệ học sinh Hoàn thành xuất sắc/ })
	).toBeVisible();
	await expect(page.getByRole('heading', { level: 2, name: /Báo cáo đã nộp/ })).toBeVisible();
});

test('the district leader cannot open the province, and lands on the district', async ({ page }) => {
	await signIn(page, 'district');
	await expect(page).toHaveURL(/\/units\/HAIAN$/);
	const res = await page.goto('/units/HP');
	expect(res?.status()).toBe(403);
});

test('charts are drawn on the server: visible with JavaScript turned off', async ({ browser }) => {
	const ctx = await browser.newContext({
		javaScriptEnabled: false,
		storageState: await signedInState(browser, 'district')
	});
	const page = await ctx.newPage();
	await page.goto(`/units/HAIAN/indicators/TH_TL_HTXS?${VIEW}`);
	const charts = page.locator('figure.chart .ssr.wide svg');
	await expect(charts).toHaveCount(3);
	// A phone-width drawing sits beside each, shown instead on a narrow screen.
	await expect(page.locator('figure.chart .ssr.narrow svg')).toHaveCount(3);
	await expect(page.locator('figure.chart .ssr.narrow').first()).toBeHidden();
	for (const chart of await charts.all()) {
		const box = (await chart.boundingBox())!;
		expect(box.width).toBeGreaterThan(300);
		expect(box.height).toBeGreaterThan(150);
	}
	await expect(
		page.locator('figure.chart .ssr svg text', { hasText: 'Chỉ tiêu 55–60' }).first()
	).toBeAttached();
	await page.goto(`/units/HAIAN?${VIEW}`);
	expect(await page.locator('svg.spark').count()).toBeGreaterThan(20);
	await ctx.close();
});

test('the interactive chart replaces the server one in the same box, and the table toggle shows the figures', async ({
	browser
}) => {
	const state = await signedInState(browser, 'district');
	const url = `/units/HAIAN/indicators/TH_TL_HTXS?${VIEW}`;
	const region = (p: Page) => p.getByRole('region', { name: /Các trường, xếp từ thấp nhất/ });
	const still = await browser.newContext({ javaScriptEnabled: false, storageState: state });
	const plain = await still.newPage();
	await plain.goto(url);
	const serverBox = (await region(plain).locator('figure.chart .box').boundingBox())!;
	await still.close();

	const ctx = await browser.newContext({ storageState: state });
	await ctx.addInitScript(() => {
		const w = window as unknown as { __shift: number };
		w.__shift = 0;
		new PerformanceObserver((list) => {
			for (const e of list.getEntries() as (PerformanceEntry & { value: number })[]) w.__shift += e.value;
		}).observe({ type: 'layout-shift', buffered: true });
	});
	const page = await ctx.newPage();
	await page.goto(url);
	const ranked = region(page);
	const box = ranked.locator('figure.chart .box');
	// ECharts loads when someone reaches for the chart; until then the server's SVG stays.
	await expect(box.locator('.ssr.wide svg')).toBeVisible();
	await page.waitForLoadState('networkidle');
	await box.hover();
	await expect(box.locator('.live svg')).toBeVisible();
	await expect(box.locator('.ssr')).toHaveCount(0);
	const liveBox = (await box.boundingBox())!;
	expect([liveBox.width, liveBox.height]).toEqual([serverBox.width, serverBox.height]);
	expect(await page.evaluate(() => (window as unknown as { __shift: number }).__shift)).toBeLessThan(0.01);

	const table = ranked.getByRole('table');
	await expect(table).toBeHidden();
	await ranked.getByText('Xem bảng số liệu').click();
	await expect(table).toBeVisible();
	await expect(table.getByRole('rowheader').first()).toHaveText('1');
	await expect(table.getByRole('cell', { name: /✗ Chưa đạt/ }).first()).toBeVisible();
	await ctx.close();
});

test('exports download and open: CSV with a BOM, Excel, and the chart as PNG', async ({ page }) => {
	await signIn(page, 'district');
	await page.goto(`/units/HAIAN/indicators/TH_TL_HTXS?${VIEW}`);
	const ranked = page.getByRole('region', { name: /Các trường, xếp từ thấp nhất/ });

	const [csv] = await Promise.all([
		page.waitForEvent('download'),
		ranked.getByRole('link', { name: 'Tải CSV' }).click()
	]);
	expect(csv.suggestedFilename()).toBe('TH_TL_HTXS-HAIAN-2024-2025-CUOI_NAM.csv');
	const bytes = readFileSync((await csv.path())!);
	expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
	const lines = new TextDecoder().decode(bytes).trim().split('\r\n');
	expect(lines[0]).toBe(
		'#;Mã;Trường;Giá trị;Chỉ tiêu;chỉ tiêu riêng;Chênh lệch;Đánh giá;Cùng kỳ năm trước;Thay đổi'
	);
	expect(lines.length).toBeGreaterThan(5);
	expect(lines[1]).toMatch(/^1;HA-TH-/);

	const [xlsx] = await Promise.all([
		page.waitForEvent('download'),
		ranked.getByRole('link', { name: 'Tải Excel' }).click()
	]);
	const workbook = new ExcelJS.Workbook();
	await workbook.xlsx.readFile((await xlsx.path())!);
	const sheet = workbook.worksheets[0];
	expect(String(sheet.getCell('A1').value)).toContain('Tỷ lệ học sinh Hoàn thành xuất sắc');
	expect(sheet.getCell('C2').value).toBe('Trường');
	expect(typeof sheet.getCell('D3').value).toBe('number');
	expect(sheet.rowCount).toBe(lines.length + 1);

	await page.goto(`/units/HAIAN?${VIEW}`);
	const [scorecard] = await Promise.all([
		page.waitForEvent('download'),
		page
			.getByRole('region', { name: 'Bảng theo dõi chỉ tiêu' })
			.getByRole('link', { name: 'Tải CSV' })
			.click()
	]);
	const text = new TextDecoder().decode(readFileSync((await scorecard.path())!));
	expect(text).toContain('TH_TL_HTXS;Tỷ lệ học sinh Hoàn thành xuất sắc');

	await page.goto(`/units/HAIAN/indicators/TH_TL_HTXS?${VIEW}`);
	const [png] = await Promise.all([
		page.waitForEvent('download'),
		page.getByRole('button', { name: 'Tải ảnh PNG' }).first().click()
	]);
	const image = readFileSync((await png.path())!);
	expect([...image.subarray(0, 4)]).toEqual([0x89, 0x50, 0x4e, 0x47]);
	expect(image.length).toBeGreaterThan(5000);
});

for (const [name, viewport] of Object.entries({
	laptop: { width: 1366, height: 768 },
	phone: { width: 390, height: 844 }
})) {
	test(`screenshots at ${viewport.width}×${viewport.height}`, async ({ browser }) => {
		const ctx = await browser.newContext({
			viewport,
			isMobile: name === 'phone',
			storageState: await signedInState(browser, 'district')
		});
		const page = await ctx.newPage();
		for (const [file, path] of [
			['overview', `/units/HAIAN?${VIEW}`],
			['indicator', `/units/HAIAN/indicators/TH_TL_HTXS?${VIEW}`],
			['school', `/schools/HA-TH-THANHTO?${VIEW}`]
		]) {
			await page.goto(path);
			await page.waitForLoadState('networkidle');
			await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
			// Nothing may stick out sideways on a phone: the page scrolls down only.
			const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
			expect(overflow, `${file} is wider than the screen`).toBeLessThanOrEqual(1);
			await page.screenshot({ path: `${SHOTS}/${file}-${name}.png`, fullPage: true });
		}
		await ctx.close();
	});
}
