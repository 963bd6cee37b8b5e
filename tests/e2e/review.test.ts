// Review with context and explanations, through the browser: the district reads a report beside the
// earlier ones, asks about a figure, requires an explanation (approval refused until written), the
// school answers and explains, a return lists the figures commented on; screenshots at laptop and
// phone sizes with nothing sticking out sideways.
import { expect as baseExpect, test, type Browser, type Page } from '@playwright/test';
import { signIn } from '../helpers/sign-in';

const SCHOOL = 'HA-TH-THANHTO';
const VIEW = 'year=2024-2025&period=CUOI_NAM';
const SHOTS = process.env.E2E_SHOTS ?? 'test-results/review';
const SIZES = { laptop: { width: 1366, height: 768 }, phone: { width: 390, height: 844 } } as const;
const expect = baseExpect.configure({ timeout: 30_000 });
// Several pages evaluate a whole district; on a shared 2-core machine that takes its time.
test.setTimeout(300_000);

const QUESTION = 'Số học sinh giảm so với kỳ trước: trường kiểm tra lại giúp?';
const ANSWER = 'Có 9 học sinh chuyển trường theo gia đình trong học kỳ II.';

async function pageAs(browser: Browser, user: string, size: keyof typeof SIZES = 'laptop'): Promise<Page> {
	const ctx = await browser.newContext({
		locale: 'vi-VN',
		viewport: SIZES[size],
		isMobile: size === 'phone'
	});
	const page = await ctx.newPage();
	await signIn(page, user);
	return page;
}

/** The school's end-of-year report of 2024-2025, put back in the district's hands (submitted). */
async function submittedReport(district: Page, school: Page): Promise<string> {
	await district.goto(`/schools/${SCHOOL}?${VIEW}`);
	const link = district
		.getByRole('region', { name: /Báo cáo đã nộp/ })
		.getByRole('link', { name: 'Cuối năm học 2024-2025' });
	const href = (await link.getAttribute('href')) ?? '';
	expect(href).toMatch(/^\/submissions\/\d+$/);
	await district.request.post(`/api${href}/transitions`, {
		data: { action: 'reopen', comment: 'Mở lại để xem xét cùng các kỳ trước.' }
	});
	await school.request.post(`/api${href}/transitions`, { data: { action: 'submit' } });
	return href;
}

async function noSidewaysScroll(page: Page, what: string) {
	const { scroll, inner } = await page.evaluate(() => ({
		scroll: document.documentElement.scrollWidth,
		inner: window.innerWidth
	}));
	expect(scroll, `${what} is wider than the screen`).toBeLessThanOrEqual(inner);
}

test('the district reviews with context, asks, requires an explanation; the school answers and explains', async ({
	browser
}) => {
	const district = await pageAs(browser, 'district');
	const school = await pageAs(browser, 'school');
	const href = await submittedReport(district, school);

	await district.goto(href);
	const review = district.getByTestId('figure-review');
	await expect(review).toBeVisible();
	// The end-of-year form is once a year: last year's report is also the previous one, shown once.
	await expect(
		district.getByText(
			/Mỗi chỉ số đặt cạnh cùng kỳ năm trước \(Cuối năm học 2023-2024\), cũng là kỳ báo cáo trước/
		)
	).toBeVisible();
	await expect(review.getByText('Kỳ trước', { exact: true })).toHaveCount(0);
	const pupils = review.locator('li[data-code="TH_TS_HS"]');
	// This period and last year's both hold a number (no "no data" on a full history).
	await expect(pupils.locator('.num')).toHaveCount(2);
	await expect(pupils).not.toContainText('chưa có số liệu');
	await expect(district.getByTestId('review-summary')).toContainText('biến động bất thường');

	// A question on a figure.
	const classes = review.locator('li[data-code="TH_TS_HS"]');
	await classes.locator('summary').first().click();
	await classes.getByRole('textbox').fill(QUESTION);
	await classes.getByRole('button', { name: 'Gửi' }).click();
	await expect(classes.getByText(QUESTION)).toBeVisible();

	// Require an explanation of the first indicator offered.
	const require = district.getByTestId('require-explanations');
	const first = require.getByRole('checkbox').first();
	await expect(first).toBeVisible();
	const indicatorName = (await require
		.locator('li')
		.first()
		.locator('label > span')
		.first()
		.textContent())!.trim();
	await first.check();
	await require.getByRole('button', { name: 'Lưu yêu cầu' }).click();
	await expect(require.getByText('Đã lưu: yêu cầu giải trình 1 chỉ tiêu.')).toBeVisible();
	await expect(require.getByText('Chưa giải trình')).toBeVisible();

	await district.getByRole('button', { name: 'Duyệt', exact: true }).click();
	await expect(district.getByRole('alert')).toContainText(
		`Chưa thể duyệt: trường chưa viết giải trình cho ${indicatorName}`
	);

	// The school answers on the thread, then writes the explanation.
	await school.goto(href);
	const thread = school.getByTestId('figure-review').locator('li[data-code="TH_TS_HS"]');
	await expect(thread.getByText(QUESTION)).toBeVisible();
	await thread.getByRole('textbox').fill(ANSWER);
	await thread.getByRole('button', { name: 'Gửi' }).click();
	await expect(thread.getByText(ANSWER)).toBeVisible();
	await expect(school.getByTestId('required-explanations')).toContainText(indicatorName);
	await school.getByRole('link', { name: 'Viết giải trình' }).click();
	await expect(school).toHaveURL(
		new RegExp(`/schools/${SCHOOL}/explanations\\?year=2024-2025&period=CUOI_NAM`)
	);
	const item = school.locator('li[data-indicator]').filter({ hasText: indicatorName });
	await item.getByLabel('Nguyên nhân').fill('Thiếu giáo viên tiếng Anh ở khối 3.');
	await item.getByLabel('Biện pháp khắc phục').fill('Hợp đồng thêm một giáo viên từ học kỳ I năm sau.');
	await item.getByLabel('Dự kiến đạt (dd/mm/yyyy)').fill('31/12/2025');
	await item.getByRole('button', { name: 'Lưu giải trình' }).click();
	await expect(item.getByText('Đã lưu giải trình.')).toBeVisible();
	const written = school.getByTestId('explanation-list');
	await expect(written).toContainText('Thiếu giáo viên tiếng Anh ở khối 3.');
	await expect(written).toContainText('31/12/2025');

	// Returned: the message and the school's view name the figure commented on.
	await district.goto(href);
	await district.locator('form.action-decide textarea').fill('Trường xem lại số học sinh như đã trao đổi.');
	await district.getByRole('button', { name: 'Trả lại để sửa' }).click();
	await expect(district.getByRole('status').filter({ hasText: 'các chỉ số đã nhận xét' })).toContainText(
		'Tổng số học sinh tiểu học'
	);
	await school.goto(href);
	await expect(school.getByTestId('commented-figures')).toContainText('Tổng số học sinh tiểu học');

	// Resubmitted with the explanation written: approval goes through.
	await school.request.post(`/api${href}/transitions`, { data: { action: 'submit' } });
	await district.goto(href);
	await district.getByRole('button', { name: 'Duyệt', exact: true }).click();
	await expect(district.getByText(/Đã duyệt/).first()).toBeVisible();

	// The explanation shows on the school page, the indicator page and the worklist.
	await district.goto(`/schools/${SCHOOL}?${VIEW}`);
	await expect(district.getByRole('region', { name: /Giải trình/ })).toContainText(
		'Thiếu giáo viên tiếng Anh'
	);
	await district.goto(`/inspection?unit=HAIAN&${VIEW}`);
	await expect(district.getByText('Giải trình: 1').first()).toBeVisible();
	await district.context().close();
	await school.context().close();
});

for (const size of Object.keys(SIZES) as (keyof typeof SIZES)[]) {
	test(`review pages at ${SIZES[size].width}×${SIZES[size].height}`, async ({ browser }) => {
		const district = await pageAs(browser, 'district', size);
		await district.goto(`/schools/${SCHOOL}?${VIEW}`);
		const href = await district
			.getByRole('region', { name: /Báo cáo đã nộp/ })
			.getByRole('link', { name: 'Cuối năm học 2024-2025' })
			.getAttribute('href');
		await district.goto(href!);
		const review = district.getByTestId('figure-review');
		await expect(review).toBeVisible();
		await noSidewaysScroll(district, 'the submission page');
		// Each figure's value and last year's (a once-a-year form) sit side by side without overlapping.
		const boxes = await review
			.locator('li[data-code="TH_TS_HS"] .num')
			.evaluateAll((els) => els.map((e) => e.getBoundingClientRect().toJSON() as DOMRect));
		expect(boxes).toHaveLength(2);
		for (let i = 1; i < boxes.length; i++)
			expect(boxes[i].left).toBeGreaterThanOrEqual(boxes[i - 1].right - 0.5);
		await district.screenshot({ path: `${SHOTS}/submission-${size}.png`, fullPage: true });

		const school = await pageAs(browser, 'school', size);
		await school.goto(`/schools/${SCHOOL}/explanations?${VIEW}`);
		await expect(school.getByRole('heading', { level: 1 })).toContainText('Giải trình');
		await noSidewaysScroll(school, 'the explanations page');
		await school.screenshot({ path: `${SHOTS}/explanations-${size}.png`, fullPage: true });

		await district.goto(`/inspection?unit=HAIAN&${VIEW}`);
		// The worklist's own width on a phone (its commune select) is another part of #17.
		if (size === 'laptop') await noSidewaysScroll(district, 'the worklist');
		await district.screenshot({ path: `${SHOTS}/worklist-${size}.png`, fullPage: false });
		await district.context().close();
		await school.context().close();
	});
}
