// A principal's home: the reports due (a returned one with the reviewer's comment and the entry
// links) and the inspectors' findings on the school, read-only.
import { expect, test, type Page } from '@playwright/test';
import { signInNewPage } from '../helpers/sign-in';

const SCHOOL = 'HA-TH-THANHTO';
const COMMENT = 'Đề nghị kiểm tra lại số học sinh hoàn thành xuất sắc trước khi nộp lại.';
const FINDING = 'Khối 5 mới tổ chức học 2 buổi/ngày ở 3/4 lớp; đề nghị bố trí thêm giáo viên.';

/**
 * The school's start-of-year report of 2026-2027 (the demo's year in progress: the school home lists
 * the current year only), sent back to it with a comment (whatever state earlier tests left).
 */
async function returnStartOfYearReport(district: Page): Promise<string> {
	await district.goto(`/schools/${SCHOOL}?year=2026-2027&period=DAU_NAM`);
	const link = district
		.getByRole('region', { name: /Báo cáo đã nộp/ })
		.getByRole('link', { name: 'Thống kê đầu năm học 2026-2027' });
	const href = (await link.getAttribute('href')) ?? '';
	expect(href).toMatch(/^\/submissions\/\d+$/);
	for (const action of ['return', 'reopen']) {
		const res = await district.request.post(`/api${href}/transitions`, {
			data: { action, comment: COMMENT }
		});
		if (res.status() === 200) return href;
		expect(res.status(), action).toBe(409);
	}
	throw new Error('the report could not be returned');
}

test('the school sees what is due, with the comment, and its findings without an edit form', async ({
	browser,
	baseURL
}) => {
	const district = await signInNewPage(browser, 'district');
	const submission = await returnStartOfYearReport(district);

	const inspector = await signInNewPage(browser, 'inspector');
	const recorded = await inspector.request.post('/inspection/findings?/create', {
		form: { school: SCHOOL, visitDate: '2026-03-12', text: FINDING, followUpDue: '2026-04-30' },
		headers: { origin: baseURL!, accept: 'text/html' },
		maxRedirects: 0
	});
	expect(recorded.status()).toBe(303);
	const finding = recorded.headers()['location'];
	expect(finding).toMatch(/^\/inspection\/findings\/\d+$/);

	const school = await signInNewPage(browser, 'school');
	await expect(school).toHaveURL(new RegExp(`/schools/${SCHOOL}$`));
	const due = school.getByRole('region', { name: 'Kỳ báo cáo cần nộp' });
	const item = due.getByRole('listitem').filter({ hasText: 'Thống kê đầu năm học 2026-2027' });
	await expect(item.getByText('Bị trả lại')).toBeVisible();
	await expect(item.getByText('Hạn nộp 25/09/2026')).toBeVisible();
	await expect(item.getByText(COMMENT)).toBeVisible();
	await expect(item.getByRole('link', { name: 'Nhập số liệu' })).toHaveAttribute(
		'href',
		`/schools/${SCHOOL}/entry?period=2026-2027%2FDAU_NAM`
	);
	await expect(item.getByRole('link', { name: 'Xem báo cáo' })).toHaveAttribute('href', submission);

	// The demo's year in progress: semester I and November are still to send (nothing received yet);
	// October, received, is not listed.
	const hk1 = due.getByRole('listitem').filter({ hasText: 'Học kỳ I, năm học 2026-2027' });
	await expect(hk1.getByText('Chưa có báo cáo')).toBeVisible();
	await expect(hk1.getByText('Hạn nộp 05/12/2026')).toBeVisible();
	await expect(hk1.getByRole('link', { name: 'Nhập số liệu' })).toHaveAttribute(
		'href',
		`/schools/${SCHOOL}/entry?period=2026-2027%2FHK1`
	);
	await expect(hk1.getByRole('link', { name: 'Tải tệp lên' })).toHaveAttribute(
		'href',
		'/imports?period=2026-2027%2FHK1'
	);
	await expect(hk1.getByRole('link', { name: 'Xem báo cáo' })).toHaveCount(0);
	const november = due.getByRole('listitem').filter({ hasText: 'Tháng 11/2026' });
	await expect(november.getByText('Hạn nộp 05/12/2026')).toBeVisible();
	await expect(due.getByRole('listitem').filter({ hasText: 'Tháng 10/2026' })).toHaveCount(0);
	await expect(due.getByText('Hiện không có kỳ báo cáo nào cần nộp')).toHaveCount(0);

	const findings = school.getByRole('region', { name: 'Kết quả kiểm tra' });
	await expect(
		school.getByRole('heading', { level: 2, name: /^Kết quả kiểm tra \(\d+ chưa đóng/ })
	).toBeVisible();
	await expect(findings.getByText(FINDING)).toBeVisible();
	await expect(findings.getByText('hạn khắc phục 30/04/2026')).toBeVisible();
	await findings.getByRole('link', { name: 'Kiểm tra ngày 12/03/2026' }).click();
	await expect(school).toHaveURL(finding);
	await expect(school.getByText(FINDING).first()).toBeVisible();
	await expect(school.getByRole('heading', { name: 'Sửa nội dung' })).toHaveCount(0);
	await expect(school.getByRole('button', { name: /^Đóng kết luận/ })).toHaveCount(0);
	await inspector.goto(finding);
	await expect(inspector.getByRole('heading', { name: 'Sửa nội dung' })).toBeVisible();

	// The inspector sees the same lists without the entry links (only a school's users and its
	// district may enter figures).
	await inspector.goto(`/schools/${SCHOOL}`);
	const seen = inspector.getByRole('region', { name: 'Kỳ báo cáo cần nộp' });
	await expect(seen.getByText(COMMENT)).toBeVisible();
	await expect(seen.getByRole('link', { name: 'Nhập số liệu' })).toHaveCount(0);

	// Leave the report as submitted again for whoever runs next.
	const resubmit = await school.request.post(`/api${submission}/transitions`, { data: { action: 'submit' } });
	expect(resubmit.status()).toBe(200);
});
