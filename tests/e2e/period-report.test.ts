// The period report in the browser: the district types the text, generates, downloads the .docx; the page
// fits a laptop and a phone (screenshots at 1366×768 and 390×844, no horizontal overflow, fields apart).
import { expect, test, type Page } from '@playwright/test';
import JSZip from 'jszip';
import { readFileSync } from 'node:fs';
import { signIn } from '../helpers/sign-in';

const URL = '/reporting/reports?unit=HAIAN&year=2024-2025&period=CUOI_NAM';
const SHOTS = process.env.E2E_SHOTS ?? 'test-results/period-report';

async function noOverflow(page: Page, width: number) {
	const scroll = await page.evaluate(() => document.documentElement.scrollWidth);
	expect(scroll).toBeLessThanOrEqual(width);
}

/** The form's fields do not overlap one another. */
async function fieldsApart(page: Page) {
	const boxes = await page.locator('form.report-form label').evaluateAll((els) =>
		els.map((e) => {
			const r = e.getBoundingClientRect();
			return { x: r.x, y: r.y, w: r.width, h: r.height };
		})
	);
	expect(boxes.length).toBeGreaterThan(8);
	for (let i = 0; i < boxes.length; i++)
		for (let j = i + 1; j < boxes.length; j++) {
			const a = boxes[i];
			const b = boxes[j];
			const overlap =
				a.x < b.x + b.w - 1 && b.x < a.x + a.w - 1 && a.y < b.y + b.h - 1 && b.y < a.y + a.h - 1;
			expect(overlap, `fields ${i} and ${j} overlap`).toBe(false);
		}
}

test('the district writes, generates and downloads the period report', async ({ page }) => {
	test.setTimeout(180_000);
	await page.setViewportSize({ width: 1366, height: 768 });
	await signIn(page, 'district');
	await page.goto('/reporting?unit=HAIAN&year=2024-2025&period=CUOI_NAM');
	await page.getByRole('link', { name: 'Báo cáo kỳ' }).click();
	await expect(page.getByRole('heading', { name: 'Báo cáo sơ kết, tổng kết' })).toBeVisible();
	await expect(page.getByLabel('Số, ký hiệu')).toHaveValue(/\/BC-PGDĐT$/);

	await page.getByLabel('Số, ký hiệu').fill('215/BC-PGDĐT');
	await page.getByLabel('Ngày ban hành').fill('20/05/2025');
	await page
		.getByLabel('Đặc điểm tình hình (mở đầu)')
		.fill('Năm học 2024-2025, toàn quận có 38 trường phải báo cáo.');
	await page
		.getByLabel('Đánh giá chung và kiến nghị')
		.fill('Đề nghị các trường chưa đạt chỉ tiêu có kế hoạch khắc phục.');
	await page.getByLabel('Họ tên người ký').fill('Nguyễn Văn An');
	await noOverflow(page, 1366);
	await fieldsApart(page);
	await page.screenshot({ path: `${SHOTS}/form-laptop.png`, fullPage: true });

	await page.getByRole('button', { name: 'Tạo báo cáo' }).click();
	await expect(page.getByRole('status')).toContainText('Đã tạo báo cáo số 215/BC-PGDĐT.');
	const item = page.locator('ul.reports li').filter({ hasText: '215/BC-PGDĐT' });
	await expect(item).toContainText('Kết quả thực hiện chỉ tiêu kế hoạch cuối năm học 2024-2025');

	const download = page.waitForEvent('download');
	await item.getByRole('link', { name: 'Word (.docx)' }).click();
	const file = await (await download).path();
	const xml = await (await JSZip.loadAsync(readFileSync(file))).file('word/document.xml')!.async('string');
	expect(xml).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
	expect(xml).toContain('Số: 215/BC-PGDĐT');
	expect(xml).toContain('>Hải An, ngày 20 tháng 5 năm 2025<');
	expect(xml).toContain('UBND QUẬN HẢI AN');
	expect(xml).toContain('Năm học 2024-2025, toàn quận có 38 trường phải báo cáo.');
	expect(xml).toContain('Nguyễn Văn An');
	await page.screenshot({ path: `${SHOTS}/list-laptop.png`, fullPage: true });

	await page.setViewportSize({ width: 390, height: 844 });
	await page.reload();
	await expect(item).toBeVisible();
	await noOverflow(page, 390);
	await fieldsApart(page);
	const files = await item.locator('.files').boundingBox();
	expect(files!.x + files!.width).toBeLessThanOrEqual(390);
	await page.screenshot({ path: `${SHOTS}/phone.png`, fullPage: true });
});

test('a date the form cannot read is refused with the field named, nothing generated', async ({ page }) => {
	await page.setViewportSize({ width: 390, height: 844 });
	await signIn(page, 'district');
	await page.goto(URL);
	const before = await page.locator('ul.reports li').count();
	await page.getByLabel('Ngày ban hành').fill('31/02/2025');
	await page.getByRole('button', { name: 'Tạo báo cáo' }).click();
	await expect(page.getByText('Ngày không hợp lệ (dd/mm/yyyy)')).toBeVisible();
	await expect(page.getByLabel('Ngày ban hành')).toHaveValue('31/02/2025');
	expect(await page.locator('ul.reports li').count()).toBe(before);
	await noOverflow(page, 390);
	await page.screenshot({ path: `${SHOTS}/error-phone.png`, fullPage: true });
});

test('the inspector downloads but does not generate', async ({ page }) => {
	await page.setViewportSize({ width: 390, height: 844 });
	await signIn(page, 'inspector');
	await page.goto(URL);
	await expect(page.getByRole('button', { name: 'Tạo báo cáo' })).toHaveCount(0);
	await expect(page.getByText('Bạn chỉ xem và tải các báo cáo đã tạo')).toBeVisible();
	await noOverflow(page, 390);
});
