// An administrator makes next school year by copying the current one: previews it, reviews the table
// of old → new dates (a weekend deadline already moved to Monday), corrects one date, saves, and the
// reporting calendar shows the new year's periods.
import { expect, test } from '@playwright/test';
import { signInNewPage } from '../helpers/sign-in';

test('admin copies 2026-2027 into 2027-2028, reviews, saves; the calendar shows it', async ({ browser }) => {
	test.setTimeout(120_000);
	const admin = await signInNewPage(browser, 'admin');

	await admin.goto('/');
	await admin.getByRole('link', { name: 'Năm học', exact: true }).first().click();
	await expect(admin.getByRole('heading', { level: 1, name: 'Năm học và lịch báo cáo' })).toBeVisible();
	await expect(admin.getByRole('link', { name: '2026-2027' })).toBeVisible();
	await admin.getByRole('link', { name: 'Sao chép năm trước' }).click();

	// The latest year and the one after it are proposed.
	await expect(admin.getByLabel('Năm nguồn')).toHaveValue('2026-2027');
	await expect(admin.getByLabel('Năm học mới')).toHaveValue('2027-2028');
	await admin.getByRole('button', { name: 'Xem trước' }).click();
	await expect(admin.getByRole('heading', { name: 'Năm 2027-2028 (từ 2026-2027)' })).toBeVisible();

	// Semester I was due Saturday 05/12/2026; 05/12/2027 is a Sunday, so Monday 06/12/2027.
	const hk1 = admin.getByRole('row').filter({ has: admin.getByText('HK1', { exact: true }) });
	await expect(hk1.getByLabel('HK1 Hạn trường → phòng')).toHaveValue('06/12/2027');
	await expect(hk1.getByText('05/12/2026 →').last()).toBeVisible();
	await expect(hk1.getByText('dời khỏi cuối tuần')).toBeVisible();
	await expect(admin.getByLabel('2027-10 Tên kỳ (tiếng Việt)')).toHaveValue('Tháng 10/2027');
	await expect(admin.getByLabel('CUOI_NAM Tên kỳ (tiếng Việt)')).toHaveValue('Cuối năm học 2027-2028');

	// The reviewer moves the year-end district deadline by a day, then saves.
	await admin.getByLabel('CUOI_NAM Hạn phòng → sở').fill('16/05/2028');
	await admin.getByRole('button', { name: /^Lưu năm học 2027-2028 với \d+ kỳ$/ }).click();
	await expect(admin).toHaveURL(/\/admin\/school-years\/2027-2028\?copied=1$/);
	await expect(admin.getByText(/Đã sao chép năm học với \d+ kỳ báo cáo\./)).toBeVisible();

	// The calendar lists the new year with its moved deadlines.
	await admin.getByRole('link', { name: 'Lịch báo cáo' }).first().click();
	await expect(admin.getByRole('heading', { level: 1, name: 'Lịch báo cáo' })).toBeVisible();
	const row = admin
		.getByRole('row')
		.filter({ has: admin.getByRole('link', { name: 'Học kỳ I, năm học 2027-2028' }) });
	await expect(row).toContainText('06/12/2027');
	const end = admin
		.getByRole('row')
		.filter({ has: admin.getByRole('link', { name: 'Cuối năm học 2027-2028' }) });
	await expect(end).toContainText('16/05/2028');
});
