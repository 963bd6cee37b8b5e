import { expect, test, type Page } from '@playwright/test';
import { signIn } from '../helpers/sign-in';

const PLAN = '/plans/HAIAN/2024-2025';

/** A form POST as a browser sends it (same origin), without following redirects. */
async function post(page: Page, url: string, form: Record<string, string>) {
	const origin = new URL(page.url()).origin;
	const res = await page.request.post(url, {
		form,
		headers: { origin, accept: 'text/html' },
		maxRedirects: 0
	});
	return res.status();
}

test('a district leader edits the Hải An plan and assigns a school its own target', async ({ page }) => {
	await signIn(page, 'district');
	await page.getByRole('link', { name: 'Kế hoạch, chỉ tiêu' }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Kế hoạch và chỉ tiêu năm học' })).toBeVisible();
	await page.getByRole('link', { name: /Giáo dục và Đào tạo năm học 2024-2025/ }).click();
	await expect(page).toHaveURL(PLAN);

	const enrolment = page.getByRole('row', { name: /Tỷ lệ huy động trẻ mầm non ra lớp/ });
	await expect(enrolment.getByRole('cell').nth(1)).toHaveText(/^≥ 85,7\s?% \(7\.910\/9\.232\)$/);
	const excellent = page.getByRole('row', { name: /Tỷ lệ học sinh Hoàn thành xuất sắc/ });
	await expect(excellent.getByRole('cell').nth(1)).toHaveText(/^55–60\s?%$/);
	await expect(
		page
			.getByRole('row', { name: /suy dinh dưỡng/ })
			.getByRole('cell')
			.nth(1)
	).toHaveText('giảm 1,5 điểm % so với Cân đo lần 1');
	await expect(
		page.getByRole('heading', { name: 'IV. Kiểm định chất lượng và trường chuẩn quốc gia' })
	).toBeVisible();

	// Edit a target: a refused range first, then a good one.
	await page.getByRole('link', { name: 'Sửa chỉ tiêu Tỷ lệ học sinh Hoàn thành tốt' }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Sửa chỉ tiêu' })).toBeVisible();
	await page.getByLabel(/^Từ/).fill('18');
	await page.getByLabel(/^Đến/).fill('16');
	await page.getByRole('button', { name: 'Lưu thay đổi' }).click();
	await expect(page.getByText('Giá trị tối đa phải lớn hơn hoặc bằng tối thiểu.')).toBeVisible();
	await page.getByLabel(/^Từ/).fill('15');
	await page.getByLabel(/^Đến/).fill('18,5');
	await page.getByRole('button', { name: 'Lưu thay đổi' }).click();
	await expect(page).toHaveURL(/\/plans\/HAIAN\/2024-2025\?saved=\d+/);
	await expect(
		page
			.getByRole('row', { name: /Tỷ lệ học sinh Hoàn thành tốt/ })
			.getByRole('cell')
			.nth(1)
	).toHaveText(/^15–18,5\s?%$/);

	// Per-school grid: Thành Tô gets its own band for "Hoàn thành xuất sắc".
	await page.goto(`${PLAN}/grid?indicator=TH_TL_HTXS`);
	// Typing before hydration finishes would be reset by it.
	await page.waitForLoadState('networkidle');
	await expect(page.getByText(/Chỉ tiêu chung: 55–60\s?%/)).toBeVisible();
	await page.getByLabel('Chỉ tiêu riêng của Trường Tiểu học Thành Tô: từ').fill('50');
	await page.getByLabel('Chỉ tiêu riêng của Trường Tiểu học Thành Tô: đến').fill('55');
	await page.getByRole('button', { name: 'Lưu giao chỉ tiêu' }).click();
	await expect(page.getByText('Đã lưu: 1 chỉ tiêu riêng mới, 0 sửa, 0 bỏ.')).toBeVisible();
	await expect(page.getByText(/Đang giao: 50–55\s?%/)).toBeVisible();

	await page.goto(PLAN);
	const own = page.getByRole('row', { name: /Hoàn thành xuất sắc.*Trường Tiểu học Thành Tô/ });
	await expect(own.getByRole('cell').nth(1)).toHaveText(/^50–55\s?%$/);
	await expect(excellent.first().getByRole('cell').nth(1)).toHaveText(/^55–60\s?%$/);

	// A new target: a named school to reach national-standard level 2 ("đạt mức" is chosen for a level).
	await page.getByRole('link', { name: 'Thêm chỉ tiêu' }).click();
	await page.getByLabel('Chỉ số').selectOption('CHUAN_QG_MUC');
	await expect(page.getByLabel('Cách so sánh')).toHaveValue('level_gte');
	await page.getByLabel('Phạm vi áp dụng').selectOption({ label: 'Trường Tiểu học Cát Bi' });
	await page.getByLabel(/^Giá trị/).fill('2');
	await page.getByRole('button', { name: 'Thêm chỉ tiêu' }).click();
	await expect(page).toHaveURL(/\?saved=\d+/);
	const added = page.getByRole('row', { name: /Mức đạt chuẩn quốc gia.*Trường Tiểu học Cát Bi/ });
	await expect(added.getByRole('cell').nth(1)).toHaveText('đạt mức 2');

	// The export carries the change, as UTF-8 with a BOM.
	const csv = await page.request.get(`${PLAN}/export?format=csv`);
	expect(csv.headers()['content-type']).toContain('text/csv');
	const body = await csv.body();
	expect([...body.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
	expect(body.toString('utf-8')).toMatch(/TH_TL_HTXS;[^\r\n]*;range;;50;55;HA-TH-THANHTO;CUOI_NAM/);
	const plain = await (await page.request.get(`${PLAN}/export?format=csv&dialect=plain`)).text();
	expect(plain).toMatch(/TH_TL_HTXS,[^\r\n]*,range,,50,55,HA-TH-THANHTO,CUOI_NAM/);
});

test('inspectors read plans but may not change them; nobody edits another district’s plan', async ({
	page
}) => {
	await signIn(page, 'inspector');
	await page.goto(PLAN);
	await expect(page.getByText('Chỉ xem')).toBeVisible();
	await expect(page.getByRole('link', { name: /^Sửa/ })).toHaveCount(0);
	await expect(page.getByRole('link', { name: 'Thêm chỉ tiêu' })).toHaveCount(0);
	const id = '1';
	const target = { indicator: 'TH_TL_BANTRU', comparator: 'gte', value: '30', scope: 'area' };
	for (const [url, form] of [
		['/plans?/create', { unit: 'HAIAN', year: '2025-2026' }],
		['/plans?/copy', { unit: 'HAIAN', year: '2025-2026' }],
		[`${PLAN}/targets/new`, target],
		[`${PLAN}/targets/${id}?/update`, target],
		[`${PLAN}/targets/${id}?/delete`, {}],
		[`${PLAN}/grid?/save`, { indicator: 'TH_TL_HTXS', comparator: 'gte', school: 'HA-TH-CATBI', value: '1' }],
		[`${PLAN}/import?/preview`, { mode: 'replace' }],
		[`${PLAN}/import?/confirm`, { mode: 'replace', fileName: 'a.csv', file: 'YQ==', sha256: '0'.repeat(64) }]
	] as const) {
		expect(await post(page, url, form), url).toBe(403);
	}
	expect((await page.request.get(`${PLAN}/targets/new`)).status()).toBe(403);

	await page.context().clearCookies();
	await signIn(page, 'district');
	expect((await page.request.get('/plans/ANLAO/2024-2025')).status()).toBe(403);
	expect(await post(page, '/plans/ANLAO/2024-2025/targets/new', target)).toBe(403);
	expect(await post(page, '/plans?/copy', { unit: 'ANLAO', year: '2025-2026' })).toBe(403);
	expect(await post(page, `${PLAN}/targets/new`, { ...target, value: '130' })).toBe(400);
});
