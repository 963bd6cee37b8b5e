// An incomplete report in the browser: the board lists it with the schools still owing, its page
// names the missing figures, and approving it needs the confirmation checkbox (no script needed).
import { expect, test } from '@playwright/test';
import { signInNewPage } from '../helpers/sign-in';

test.use({ javaScriptEnabled: false });

test('the district approves the demo’s incomplete report only after confirming it', async ({ browser }) => {
	const district = await signInNewPage(browser, 'anlao');
	await district.goto('/reporting?unit=ANLAO&year=2026-2027&period=DAU_NAM');
	const owing = district.locator('section', {
		has: district.getByRole('heading', { name: /^Chưa nộp, nộp chưa đủ hoặc bị trả lại \(\d+\)$/ })
	});
	const row = owing
		.getByRole('row')
		.filter({ has: district.getByRole('link', { name: 'Trường Tiểu học Thị trấn An Lão' }) });
	await expect(row).toContainText('Nộp chưa đủ · thiếu 2 chỉ số');
	await row.getByRole('link', { name: 'Chờ duyệt' }).click();

	await expect(district.getByText('Còn thiếu số liệu bắt buộc')).toBeVisible();
	// The list of what is missing (the figures in context below name the same codes again).
	await expect(district.getByRole('listitem').filter({ hasText: /^\s*TH_HS_BANTRU/ })).toBeVisible();
	await expect(district.getByRole('listitem').filter({ hasText: /^\s*CO_THUVIENSO/ })).toBeVisible();

	const approve = district.locator('form.action-decide');
	await approve.getByRole('button', { name: 'Duyệt' }).click();
	// Named as people know them, not by code.
	await expect(district.getByRole('alert')).toContainText(
		'còn thiếu 2 chỉ số bắt buộc (Học sinh bán trú, Có thư viện số)'
	);

	// A comment typed before "Duyệt" goes with the approval and is shown on the report.
	const note = 'Đã duyệt, đề nghị bổ sung thư viện số trong kỳ sau.';
	await approve.getByLabel('Ý kiến gửi trường').fill(note);
	await approve.getByLabel('Tôi xác nhận báo cáo chưa đủ số liệu bắt buộc').check();
	await approve.getByRole('button', { name: 'Duyệt' }).click();
	await expect(district.getByText('Đã chuyển sang trạng thái: Đã duyệt.')).toBeVisible();
	await expect(district.locator('.alert.approved')).toContainText(note);
	await expect(district.locator('.timeline blockquote').first()).toHaveText(note);
	// Approved, and still incomplete: the list of what it lacks stays.
	await expect(district.getByText('Còn thiếu số liệu bắt buộc')).toBeVisible();
});
