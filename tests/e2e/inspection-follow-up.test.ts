// Inspection follow-up through the browser: the findings form (only the school's indicators,
// searchable), the school's response, attachments, the finding back on the worklist at the next
// period with its indicators then → now, and the year's inspection schedule on the worklist and the
// calendar. Every page is shot at laptop and phone sizes and checked for horizontal overflow.
import { expect, test, type Page } from '@playwright/test';
import { signInNewPage } from '../helpers/sign-in';

const SHOTS = 'test-results/inspection-follow-up';
const SCHOOL = 'HA-TH-THANHTO';
const TEXT = 'Tỉ lệ học sinh hoàn thành xuất sắc cao bất thường; đề nghị rà soát lại hồ sơ đánh giá.';
const RESPONSE = 'Trường đã họp tổ chuyên môn, rà soát lại từng hồ sơ và điều chỉnh 12 học sinh.';
const PDF = Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');
const SIZES = [
	{ name: 'laptop', width: 1366, height: 768 },
	{ name: 'phone', width: 390, height: 844 }
];

/** Shoots the page at both sizes; at each, nothing may be wider than the window. */
async function shootBoth(page: Page, file: string) {
	for (const size of SIZES) {
		await page.setViewportSize({ width: size.width, height: size.height });
		await page.waitForTimeout(150);
		await page.screenshot({ path: `${SHOTS}/${file}-${size.name}.png`, fullPage: true });
		const width = await page.evaluate(() => document.documentElement.scrollWidth);
		expect(width, `${file} at ${size.name}`).toBeLessThanOrEqual(size.width);
	}
	await page.setViewportSize({ width: 1366, height: 768 });
}

// Each test walks several pages at two sizes; on a shared, loaded machine that takes minutes.
test.describe.configure({ timeout: 240_000 });

let findingUrl = '';

test('the inspector records a finding naming only the school’s indicators, found by a search', async ({
	browser
}) => {
	const page = await signInNewPage(browser, 'inspector');
	await page.goto(`/inspection/findings?unit=HAIAN&school=${SCHOOL}`);
	const boxes = page.locator('input[name="indicators"]');
	const codes = await boxes.evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value));
	expect(codes.length).toBeGreaterThan(5);
	expect(codes.length).toBeLessThan(40);
	expect(codes).toContain('TH_TL_HTXS');
	expect(codes.filter((c) => c.startsWith('MN_') || c.startsWith('THCS_'))).toEqual([]);
	await expect(page.locator('select[name="indicators"]')).toHaveCount(0);

	// Typing filters at once (no accents needed); a ticked box stays ticked when hidden.
	const search = page.getByPlaceholder('Tìm chỉ tiêu (tên hoặc mã)');
	await search.fill('hoan thanh xuat sac');
	await expect(page.locator('label.item:visible')).toHaveCount(1);
	await page.locator('label.item:visible input').check();
	await shootBoth(page, 'findings-form-search');
	await search.fill('chua hoan thanh');
	await page.locator('label.item:visible input').first().check();
	await search.fill('');
	await expect(page.locator('label.item:visible')).toHaveCount(codes.length);

	await page.locator('input[name="visitDate"]').fill('2024-12-20');
	await page.locator('input[name="followUpDue"]').fill('2025-01-31');
	await page.locator('textarea[name="text"]').fill(TEXT);
	await page.getByRole('button', { name: 'Lưu' }).click();
	await expect(page).toHaveURL(/\/inspection\/findings\/\d+$/);
	findingUrl = new URL(page.url()).pathname;
	// The indicators by name, never by code.
	await expect(page.locator('ul.indicators li')).toHaveCount(2);
	await expect(page.locator('ul.indicators')).toContainText('Tỷ lệ học sinh Hoàn thành xuất sắc');
	await expect(page.locator('ul.indicators')).not.toContainText('TH_TL_');
	await expect(page.getByTestId('deadline')).toContainText('31/01/2025');

	// Attachments: a real PDF is kept; an HTML page named .jpg is refused and nothing is added.
	await page
		.locator('input[name="file"]')
		.setInputFiles({ name: 'biên bản.pdf', mimeType: 'application/pdf', buffer: PDF });
	await page.getByRole('button', { name: 'Tải lên' }).click();
	await expect(page.getByRole('link', { name: 'biên bản.pdf' })).toBeVisible();
	await page.locator('input[name="file"]').setInputFiles({
		name: 'anh.jpg',
		mimeType: 'image/jpeg',
		buffer: Buffer.from('<html><script>alert(1)</script></html>')
	});
	await page.getByRole('button', { name: 'Tải lên' }).click();
	await expect(page.getByRole('alert')).toContainText('không phải PDF');
	await expect(page.locator('a[href*="/attachments/"]')).toHaveCount(1);
	await shootBoth(page, 'finding-inspector');
	await page.context().close();
});

test('the school answers its finding and downloads the minutes; it cannot close it', async ({ browser }) => {
	expect(findingUrl).not.toBe('');
	const page = await signInNewPage(browser, 'school');
	await page.goto(findingUrl);
	await expect(page.getByRole('button', { name: /Đóng kết luận/ })).toHaveCount(0);
	await page.locator('textarea[name="response"]').fill(RESPONSE);
	await page.getByRole('button', { name: 'Gửi phản hồi' }).click();
	await expect(page.getByTestId('response')).toHaveText(RESPONSE);
	await shootBoth(page, 'finding-school-response');

	const href = (await page.locator('a[href*="/attachments/"]').getAttribute('href'))!;
	const res = await page.request.get(href);
	expect(res.status()).toBe(200);
	expect(res.headers()['content-type']).toBe('application/pdf');
	expect(res.headers()['content-disposition']).toMatch(/^attachment;/);
	expect(res.headers()['x-content-type-options']).toBe('nosniff');
	expect(Buffer.from(await res.body()).equals(PDF)).toBe(true);

	// The close action refuses the school.
	const close = await page.request.post(`${findingUrl}?/close`, {
		form: {},
		headers: { origin: new URL(page.url()).origin }
	});
	expect(close.status()).toBe(403);
	await page.context().close();

	const stranger = await signInNewPage(browser, 'anlao');
	expect((await stranger.request.get(href)).status()).toBe(404);
	await stranger.context().close();
});

test('at the next period the open finding is back on the worklist with then → now, and the schedule beside it', async ({
	browser
}) => {
	const page = await signInNewPage(browser, 'inspector');
	await page.goto('/inspection/schedule?unit=HAIAN&year=2024-2025');
	await page.locator('select[name="school"]').selectOption(SCHOOL);
	await page.locator('input[name="startDate"]').fill('15/04/2025');
	await page.locator('input[name="endDate"]').fill('16/04/2025');
	await page.locator('select[name="inspector"]').selectOption({ index: 1 });
	await page.locator('input[name="note"]').fill('Kiểm tra việc khắc phục kết luận học kỳ I');
	await page.getByRole('button', { name: 'Lưu' }).click();
	const list = page.getByTestId('visit-list');
	await expect(list).toContainText('15/04/2025 – 16/04/2025');
	await expect(list).toContainText('Kiểm tra việc khắc phục');
	await shootBoth(page, 'schedule');

	await page.goto('/inspection?unit=HAIAN&year=2024-2025&period=CUOI_NAM');
	await expect(page.getByTestId('visit-list')).toContainText('15/04/2025');
	const item = page.locator('details.item', { hasText: SCHOOL });
	await item.locator('summary').click();
	const changes = item.getByTestId('finding-changes');
	await expect(changes).toContainText('Chưa khắc phục từ Học kỳ I');
	await expect(changes).toContainText('→');
	await expect(changes.locator('li')).toHaveCount(2);
	await changes.scrollIntoViewIfNeeded();
	// The worklist itself is wider than a phone (557 px: the commune select, a known defect of #17
	// fixed elsewhere): the schedule and the then → now block must stay inside their own boxes.
	for (const size of SIZES) {
		await page.setViewportSize({ width: size.width, height: size.height });
		await page.waitForTimeout(150);
		await changes.scrollIntoViewIfNeeded();
		await page.screenshot({ path: `${SHOTS}/worklist-reappearing-${size.name}.png`, fullPage: true });
		const pairs = [
			[changes, item],
			[page.getByTestId('visit-list'), page.locator('details.visits')]
		] as const;
		for (const [el, box] of pairs) {
			const inner = (await el.boundingBox())!;
			const outer = (await box.boundingBox())!;
			expect(inner.x + inner.width, size.name).toBeLessThanOrEqual(outer.x + outer.width + 1);
			expect(await el.evaluate((e) => e.scrollWidth <= e.clientWidth + 1), size.name).toBe(true);
		}
	}
	await page.setViewportSize({ width: 1366, height: 768 });

	// Closing is the inspector's.
	await page.goto(findingUrl);
	await page.getByRole('button', { name: /Đóng kết luận/ }).click();
	await expect(page.locator('.state-closed').first()).toBeVisible();
	await page.context().close();
});

test('the district sees the schedule on the reporting calendar', async ({ browser }) => {
	const page = await signInNewPage(browser, 'district');
	await page.goto('/reporting/calendar?unit=HAIAN&year=2024-2025');
	const visits = page.locator('#visits');
	await expect(visits.getByTestId('visit-list')).toContainText('15/04/2025 – 16/04/2025');
	await visits.scrollIntoViewIfNeeded();
	// The period tables above are wider than a phone (noticed, not this change's): the schedule's own box must fit.
	for (const size of SIZES) {
		await page.setViewportSize({ width: size.width, height: size.height });
		await page.waitForTimeout(150);
		await page.screenshot({ path: `${SHOTS}/calendar-visits-${size.name}.png`, fullPage: true });
		const box = (await visits.boundingBox())!;
		expect(box.x).toBeGreaterThanOrEqual(0);
		expect(box.x + box.width, size.name).toBeLessThanOrEqual(size.width);
		const inner = await visits.evaluate((el) => el.scrollWidth <= el.clientWidth);
		expect(inner, size.name).toBe(true);
	}
	await page.context().close();
});
