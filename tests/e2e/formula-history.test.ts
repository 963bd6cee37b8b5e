// An administrator changes an evaluated indicator's formula from a school year on: refused until the
// change to that evaluated year is confirmed, then the history shows both versions. Put back at the end
// (from the earliest year), so the other tests find the demo's formula.
import { expect, test } from '@playwright/test';
import { signInNewPage } from '../helpers/sign-in';

const URL = '/admin/catalogue/indicators/TH_TL_HTCTTH';

test('admin changes a formula from 2025-2026 on; the history shows it', async ({ browser }) => {
	test.setTimeout(120_000);
	const admin = await signInNewPage(browser, 'admin');
	await admin.goto(URL);
	const history = admin.locator('[data-formula-history]');
	await expect(history.getByRole('heading', { name: 'Lịch sử công thức' })).toBeVisible();
	await expect(history.getByRole('row')).toHaveCount(2);
	await expect(history.getByRole('row').nth(1)).toContainText('Năm học đầu tiên');
	await expect(history.getByRole('row').nth(1)).toContainText('TH_HS_HTCTTH / TH_HS_LOP5');
	await expect(history.getByText(/Đã được đánh giá ở năm học .*2025-2026/)).toBeVisible();

	const from = admin.getByLabel('Áp dụng từ năm học');
	await from.selectOption('2025-2026');
	await admin.getByLabel('Mẫu số (chỉ cho tỉ lệ)').fill('TH_TS_HS');
	await admin.getByRole('button', { name: 'Lưu', exact: true }).click();
	await expect(admin.getByText(/làm thay đổi kết quả đã đánh giá của năm học 2025-2026/)).toBeVisible();

	await admin.getByLabel(/Tôi đồng ý tính lại/).check();
	await admin.getByRole('button', { name: 'Lưu', exact: true }).click();
	await expect(admin).toHaveURL(/\?saved=1$/);
	await expect(history.getByRole('row')).toHaveCount(3);
	const latest = history.getByRole('row').nth(2);
	await expect(latest).toContainText('2025-2026');
	await expect(latest).toContainText('TH_HS_HTCTTH / TH_TS_HS');
	await expect(history.getByRole('row').nth(1)).toContainText('2024-2025');

	// Back to the demo's formula for every year.
	await admin.getByLabel('Mẫu số (chỉ cho tỉ lệ)').fill('TH_HS_LOP5');
	await from.selectOption('');
	await admin.getByLabel(/Tôi đồng ý tính lại/).check();
	await admin.getByRole('button', { name: 'Lưu', exact: true }).click();
	await expect(history.getByRole('row')).toHaveCount(2);
	await expect(history.getByRole('row').nth(1)).toContainText('TH_HS_HTCTTH / TH_HS_LOP5');
});
