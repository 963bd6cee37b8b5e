// Defects of #17 seen on screen, at laptop (1366×768) and phone (390×844) sizes: names instead of
// codes, the phone header and widths, the space before "và N chỉ số khác", the chart's target label
// and ticks. Screenshots go to test-results/defects/ (look at them); each test asserts what they show.
import { expect, test, type Browser, type Page } from '@playwright/test';
import { signIn } from '../helpers/sign-in';

const SIZES = { laptop: { width: 1366, height: 768 }, phone: { width: 390, height: 844 } } as const;
type Size = keyof typeof SIZES;
const SHOTS = 'test-results/defects';

async function pageAt(browser: Browser, size: Size, user: string, javaScriptEnabled = true): Promise<Page> {
	const context = await browser.newContext({
		locale: 'vi-VN',
		viewport: SIZES[size],
		isMobile: size === 'phone',
		hasTouch: size === 'phone',
		javaScriptEnabled
	});
	const page = await context.newPage();
	await signIn(page, user);
	return page;
}

const pageWidth = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth);
const shot = (page: Page, name: string, size: Size) =>
	page.screenshot({ path: `${SHOTS}/${name}-${size}.png`, fullPage: false });

test('a finding names its indicators and the worklist names a change target’s baseline period', async ({
	browser,
	baseURL
}) => {
	const inspector = await pageAt(browser, 'laptop', 'inspector');
	const recorded = await inspector.request.post('/inspection/findings?/create', {
		form: {
			school: 'HA-MN-HOASEN',
			visitDate: '2026-03-12',
			text: 'Tỷ lệ huy động trẻ mẫu giáo chưa đạt.',
			indicators: 'MN_TL_HUYDONG_MG'
		},
		headers: { origin: baseURL!, accept: 'text/html' },
		maxRedirects: 0
	});
	expect(recorded.status()).toBe(303);
	const href = recorded.headers()['location'];
	for (const size of ['laptop', 'phone'] as const) {
		const page = size === 'laptop' ? inspector : await pageAt(browser, size, 'inspector');
		await page.goto(href);
		const concerned = page.getByRole('list', { name: 'Chỉ số liên quan' });
		await expect(concerned).toBeVisible();
		await expect(concerned).not.toContainText('MN_TL_HUYDONG');
		await expect(concerned).toContainText(/mẫu giáo/i);
		await shot(page, 'finding', size);
		expect(await pageWidth(page)).toBeLessThanOrEqual(SIZES[size].width);
	}
	// The worklist's targets: a change target reads "… so với Cân đo lần 1", never a period key.
	await inspector.goto('/inspection?unit=HAIAN&year=2026-2027&period=CAN_DO_2');
	for (const item of await inspector.locator('details.item').all()) await item.locator('summary').click();
	const text = await inspector.locator('main').innerText();
	expect(text).not.toMatch(/so với [A-Z][A-Z0-9_]+/);
	expect(text).not.toMatch(/vs [A-Z][A-Z0-9_]{3,}/);
});

test('the phone header is one row with a menu that opens without JavaScript', async ({ browser }) => {
	for (const js of [true, false]) {
		const page = await pageAt(browser, 'phone', 'district', js);
		await page.goto('/inspection');
		const header = page.locator('header.app-header');
		const box = (await header.boundingBox())!;
		expect(box.height).toBeLessThanOrEqual(60);
		const menu = header.locator('summary', { hasText: 'Menu' });
		await expect(menu).toBeVisible();
		await expect(header.getByRole('link', { name: 'Kiểm tra' })).toBeHidden();
		await shot(page, `header-closed-js-${js}`, 'phone');
		await menu.click();
		await expect(header.getByRole('link', { name: 'Kiểm tra' })).toBeVisible();
		await expect(header.getByRole('button', { name: 'Đăng xuất' })).toBeVisible();
		await shot(page, `header-open-js-${js}`, 'phone');
		expect(await pageWidth(page)).toBeLessThanOrEqual(390);
		await page.context().close();
	}
	const laptop = await pageAt(browser, 'laptop', 'district');
	await expect(laptop.locator('header.app-header summary')).toBeHidden();
	await expect(laptop.getByRole('link', { name: 'Kiểm tra' })).toBeVisible();
	await shot(laptop, 'header', 'laptop');
});

test('no role’s main pages are wider than a phone; an opened school keeps readable names', async ({
	browser
}) => {
	const pages: Record<string, string[]> = {
		inspector: ['/', '/inspection', '/inspection/findings', '/units/HAIAN/indicators/MN_TL_HUYDONG_MG'],
		district: ['/', '/inspection', '/reporting', '/reporting/calendar', '/plans', '/imports', '/admin/users'],
		province: ['/', '/inspection', '/reporting', '/reporting/calendar', '/units'],
		school: ['/', '/imports']
	};
	for (const [user, paths] of Object.entries(pages)) {
		const page = await pageAt(browser, 'phone', user);
		for (const path of paths) {
			await page.goto(path);
			expect(await pageWidth(page), `${user} ${path}`).toBeLessThanOrEqual(390);
		}
		await page.context().close();
	}
	for (const size of ['laptop', 'phone'] as const) {
		const page = await pageAt(browser, size, 'inspector');
		// A finished year: its schools have judged indicators to list (today's period may have none yet).
		await page.goto('/inspection?unit=HAIAN&year=2024-2025&period=CUOI_NAM');
		const first = page.locator('details.item').first();
		await first.locator('summary').click();
		const name = first.locator('td.name-cell').first();
		await expect(name).toBeVisible();
		// One word per line was ~60 px wide; the name column (min-width 11rem) keeps several words a line.
		expect((await name.boundingBox())!.width).toBeGreaterThanOrEqual(150);
		expect(await pageWidth(page)).toBeLessThanOrEqual(SIZES[size].width);
		await first.scrollIntoViewIfNeeded();
		await shot(page, 'inspection-open', size);
	}
});

test('"và N chỉ số khác" follows the listed names after a space', async ({ browser }) => {
	for (const size of ['laptop', 'phone'] as const) {
		const page = await pageAt(browser, size, 'district');
		await page.goto('/units/HAIAN');
		const cells = page.locator('td.off', { hasText: 'chỉ số khác' });
		await expect(cells.first()).toBeAttached();
		for (const text of await cells.allInnerTexts()) expect(text).toMatch(/\S và \d+ chỉ số khác$/);
		await cells.first().scrollIntoViewIfNeeded();
		await shot(page, 'more-indicators', size);
	}
});

type Box = { text: string; x: number; y: number; w: number; h: number };
const overlaps = (a: Box, b: Box) => a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;

test('the ranked chart: target words clear of the ticks, even ticks, names told apart', async ({
	browser
}) => {
	for (const size of ['laptop', 'phone'] as const) {
		const page = await pageAt(browser, size, 'district');
		await page.goto('/units/HAIAN/indicators/MN_TL_HUYDONG_MG');
		const section = page.locator('section', { has: page.locator('#ranked-title') });
		const svg = section.locator('.ssr svg').filter({ visible: true }).first();
		await svg.scrollIntoViewIfNeeded();
		await svg.screenshot({ path: `${SHOTS}/ranked-chart-${size}.png` });
		const texts: Box[] = await svg.locator('text').evaluateAll((nodes) =>
			nodes.map((n) => {
				const b = n.getBoundingClientRect();
				return { text: n.textContent ?? '', x: b.x, y: b.y, w: b.width, h: b.height };
			})
		);
		const target = texts.find((t) => t.text.startsWith('Chỉ tiêu'));
		expect(target, 'the target in words').toBeTruthy();
		const ticks = texts.filter((t) => /^\d+(,\d+)?\s%$/.test(t.text));
		expect(ticks.length).toBeGreaterThanOrEqual(3);
		for (const t of texts.filter((t) => t !== target)) expect(overlaps(target!, t), t.text).toBe(false);
		const values = ticks.map((t) => Number(t.text.replace(/\s%$/, '').replace(',', '.')));
		const gaps = new Set(values.slice(1).map((v, i) => Math.abs(v - values[i]).toFixed(3)));
		expect(gaps.size, values.join('/')).toBe(1);
		const names = texts.filter((t) => /^(MN|TH|THCS|TH&THCS)\s/.test(t.text)).map((t) => t.text);
		expect(names.length).toBeGreaterThan(5);
		expect(new Set(names).size).toBe(names.length);
		for (const n of names) expect(n).not.toMatch(/…$/);
		expect(await pageWidth(page)).toBeLessThanOrEqual(SIZES[size].width);
	}
});
