// The setup checklist and the school list import, as an administrator, without JavaScript. Runs last
// (alphabetically): it adds a province of its own beside the demo's, touching nothing of Hải Phòng.
import { expect, test } from '@playwright/test';
import { signIn } from '../helpers/sign-in';

test.use({ javaScriptEnabled: false });

const HEADER = 'Mã đơn vị;Tên đơn vị;Loại;Mã đơn vị cấp trên;Cấp học;Loại hình\r\n';
const csv = (rows: string[]) => ({
	name: 'don-vi.csv',
	mimeType: 'text/csv',
	buffer: Buffer.from('\uFEFF' + HEADER + rows.join('\r\n') + '\r\n')
});

test('the checklist of a set-up database shows every step done, with links only where a page exists', async ({
	page
}) => {
	await signIn(page, 'admin');
	await page.goto('/admin/setup');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Thiết lập hệ thống');
	await expect(page.locator('[data-step]')).toHaveCount(5);
	await expect(page.locator('[data-step][data-done=true]')).toHaveCount(5);
	await expect(page.locator('[data-step=catalogue] a')).toHaveAttribute('href', '/admin/catalogue');
	await expect(page.locator('[data-step=units] a')).toHaveAttribute('href', '/admin/units');
});

test('a school list: errors listed and nothing stored, then preview, store, and the same file unchanged', async ({
	page
}) => {
	await signIn(page, 'admin');
	await page.goto('/admin/units');
	await page.getByRole('link', { name: 'Danh sách đơn vị' }).first().waitFor();

	await page
		.locator('input[type=file]')
		.setInputFiles(
			csv(['E2E-S;Trường E2E;Trường;E2E-XA;Đại học;Công lập', 'E2E-XA;Xã E2E;Xã;E2E;;', 'E2E;Sở E2E;Sở;;;'])
		);
	await page.getByRole('button', { name: 'Kiểm tra' }).click();
	await expect(page.locator('[data-status=rejected]')).toContainText('Tệp có lỗi');
	await expect(page.locator('table.problems tbody tr')).toHaveCount(1);
	await expect(page.locator('table.problems')).toContainText('Cấp học không hợp lệ');

	const good = csv([
		'E2E-S;Trường E2E;Trường;E2E-XA;Tiểu học;Công lập',
		'E2E-XA;Xã E2E;Xã;E2E;;',
		'E2E;Sở E2E;Sở;;;'
	]);
	await page.locator('input[type=file]').setInputFiles(good);
	await page.getByRole('button', { name: 'Kiểm tra' }).click();
	await expect(page.locator('[data-status=preview]')).toContainText('3 đơn vị mới');
	await page.getByRole('button', { name: 'Lưu các thay đổi' }).click();
	await expect(page.locator('[data-status=stored]')).toContainText('3 đơn vị mới');

	await page.locator('input[type=file]').setInputFiles(good);
	await page.getByRole('button', { name: 'Kiểm tra' }).click();
	await expect(page.locator('[data-status=preview]')).toContainText(
		'0 đơn vị mới · 0 thay đổi · 3 không đổi'
	);
	await expect(page.getByRole('button', { name: 'Lưu các thay đổi' })).toHaveCount(0);
});
