// The reporting cycle in the browser: the district sees a late school, returns a report with a comment,
// the school reads the comment and resubmits, the district approves from the board, and the
// inspector records a finding from the worklist that then shows on it.
import { expect, test } from '@playwright/test';
import { signInNewPage } from '../helpers/sign-in';

test('district returns a report, the school resubmits, the district approves; the inspector records a finding', async ({
	browser
}) => {
	test.setTimeout(180_000);
	const district = await signInNewPage(browser, 'district');

	// A late school on last year's year-end board.
	await district.goto('/reporting?unit=HAIAN&year=2024-2025&period=CUOI_NAM');
	await expect(district.getByRole('heading', { level: 1, name: 'Tình hình nộp báo cáo' })).toBeVisible();
	const late = district.locator('section', {
		has: district.getByRole('heading', { name: /^Nộp muộn \(\d+\)$/ })
	});
	await expect(
		late
			.getByRole('row')
			.filter({ hasText: /muộn \d+ ngày/ })
			.first()
	).toBeVisible();
	await expect(late.getByRole('link', { name: 'Trường Mầm non Tràng Cát' })).toBeVisible();

	// This year's year-end report of Tiểu học Thành Tô awaits review: return it with a comment.
	await district.goto('/reporting?unit=HAIAN&year=2025-2026&period=CUOI_NAM');
	const row = district
		.getByRole('row')
		.filter({ has: district.getByRole('link', { name: 'Trường Tiểu học Thành Tô' }) });
	await row.getByRole('link', { name: 'Chờ duyệt' }).click();
	await expect(district.getByRole('heading', { level: 1, name: 'Trường Tiểu học Thành Tô' })).toBeVisible();
	const submissionUrl = district.url();
	const comment =
		'Số học sinh hoàn thành chương trình lớp 5 chưa khớp với số học sinh lớp 5, đề nghị kiểm tra lại.';
	await district.getByLabel('Ý kiến gửi trường').fill(comment);
	await district.getByRole('button', { name: 'Trả lại để sửa' }).click();
	await expect(district.getByText('Đã chuyển sang trạng thái: Bị trả lại.')).toBeVisible();
	await expect(district.locator('.timeline blockquote').first()).toHaveText(comment);

	// The school sees the comment and submits again.
	const school = await signInNewPage(browser, 'school');
	await school.goto(submissionUrl);
	await expect(school.getByText('Báo cáo bị trả lại để sửa. Ý kiến:')).toBeVisible();
	await expect(school.getByRole('note')).toContainText(comment);
	await expect(school.getByRole('button', { name: 'Duyệt' })).toHaveCount(0);
	await school.getByRole('button', { name: 'Nộp báo cáo' }).click();
	await expect(school.getByText('Đã chuyển sang trạng thái: Chờ duyệt.')).toBeVisible();
	await expect(school.getByText('Nộp lại sau khi sửa')).toBeVisible();

	// The district approves it from the board, with the checkbox.
	await district.goto('/reporting?unit=HAIAN&year=2025-2026&period=CUOI_NAM');
	await district.getByRole('checkbox', { name: 'Chọn báo cáo của Trường Tiểu học Thành Tô' }).check();
	await district.getByRole('button', { name: 'Duyệt các báo cáo đã chọn' }).click();
	await expect(district.getByText(/Đã duyệt 1 báo cáo; 0 báo cáo không duyệt được\./)).toBeVisible();
	await district.goto(submissionUrl);
	await expect(district.locator('.head-status')).toContainText('Đã duyệt');
	await expect(district.getByText('Duyệt', { exact: true })).toBeVisible();

	// The inspector opens the worklist, records a finding on the top school, and sees it there.
	const inspector = await signInNewPage(browser, 'inspector');
	await inspector.goto('/inspection?unit=HAIAN&year=2024-2025&period=CUOI_NAM');
	await expect(
		inspector.getByRole('heading', { level: 1, name: 'Danh sách trường cần kiểm tra' })
	).toBeVisible();
	const first = inspector.locator('details.item').first();
	const name = (await first.locator('.who strong').textContent())!.trim();
	await first.locator('summary').click();
	await first.getByRole('link', { name: 'Ghi nhận kết quả kiểm tra' }).click();
	await expect(inspector.getByRole('heading', { name: 'Ghi nhận kết quả kiểm tra' })).toBeVisible();
	const finding =
		'Kiểm tra hồ sơ huy động trẻ: số liệu trẻ trên địa bàn chưa được cập nhật theo điều tra mới.';
	await inspector.getByLabel('Nội dung, kết luận').fill(finding);
	await inspector.getByLabel('Hạn khắc phục (không bắt buộc)').fill('2099-06-30');
	await inspector.getByRole('button', { name: 'Lưu' }).click();
	await expect(inspector).toHaveURL(/\/inspection\/findings\/\d+$/);
	await expect(inspector.getByText(finding).first()).toBeVisible();

	await inspector.goto('/inspection?unit=HAIAN&year=2024-2025&period=CUOI_NAM');
	const item = inspector.locator('details.item', {
		has: inspector.locator('.who strong', { hasText: name })
	});
	await expect(item.getByText('kết luận chưa đóng 1')).toBeVisible();
	await item.locator('summary').click();
	await expect(item.getByText(finding)).toBeVisible();

	// The district sees it too, among the findings of its area.
	await district.goto('/inspection/findings?unit=HAIAN');
	await expect(district.getByText(finding)).toBeVisible();
});
