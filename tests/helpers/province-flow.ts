// The steps of setting up a province from zero, as an administrator and then a school would take them in
// the browser (tests/e2e/province-from-zero.test.ts). Each step checks what the person sees.
import { expect as baseExpect, type Browser, type Page } from '@playwright/test';
import { thaiBinhFile, thaiBinhSchools } from './province-list';

// Storing 157 units or a whole workbook takes seconds on a busy machine.
const expect = baseExpect.configure({ timeout: 30_000 });

export const YEAR = '2026-2027';
export const PERIOD = 'HK1';
export const FORM = 'TK_HK1';
export const DISTRICT = 'TB-DH';
export const INDICATOR = 'TH_TL_2BUOI_TB';
/** The district's primary schools that owe the HK1 report (TH and TH&THCS: the form's level is TH). */
export const OWING = thaiBinhSchools().filter(
	(s) => s.district === DISTRICT && (s.level === 'TH' || s.level === 'TH_THCS')
);

export async function newPage(browser: Browser, base: string): Promise<Page> {
	const context = await browser.newContext({ baseURL: base, locale: 'vi-VN' });
	return context.newPage();
}

export async function signIn(page: Page, username: string, password: string) {
	await page.goto('/login');
	await page.getByLabel('Tên đăng nhập').fill(username);
	await page.getByLabel('Mật khẩu').fill(password);
	await page.getByRole('button', { name: 'Đăng nhập' }).click();
	// Past "/" too: it redirects on, and a goto started before that lands would be overtaken by it.
	await page.waitForURL((url) => url.pathname !== '/login' && url.pathname !== '/');
	await page.waitForLoadState('networkidle');
}

export async function importUnits(admin: Page) {
	await admin.goto('/admin/units');
	await admin.locator('input[type=file]').setInputFiles({
		name: 'danh-sach-truong-thai-binh.csv',
		mimeType: 'text/csv',
		buffer: Buffer.from(thaiBinhFile())
	});
	await admin.getByRole('button', { name: 'Kiểm tra' }).click();
	const units = thaiBinhSchools().length + 9;
	await expect(admin.locator('[data-status=preview]')).toContainText(`${units} đơn vị mới`);
	await admin.getByRole('button', { name: 'Lưu các thay đổi' }).click();
	await expect(admin.locator('[data-status=stored]')).toContainText(`${units} đơn vị mới`);
}

/** A report form, the year typed by hand, and its semester-I period. */
export async function createYearByHand(admin: Page) {
	await admin.goto('/admin/report-forms');
	const create = admin.locator('form[action="?/create"]');
	await create.locator('[name=code]').fill(FORM);
	await create.locator('[name=nameVi]').fill('Thống kê học kỳ I');
	await create.locator('[name=nameEn]').fill('Semester I statistics');
	await create.locator('[name=periodType]').selectOption('school_year');
	// A new form starts with every level ticked: this one is for primary schools only.
	for (const level of ['MN', 'THCS', 'THPT'])
		await create.locator(`input[name=levels][value=${level}]`).uncheck();
	await create.locator('input[name=levels][value=TH]').check();
	await create.getByRole('button', { name: 'Thêm biểu mẫu' }).click();
	await expect(admin.getByRole('status')).toContainText(FORM);

	await admin.goto('/admin/school-years/new');
	const dates = {
		code: YEAR,
		startDate: '2026-08-01',
		hk1Start: '2026-09-05',
		hk1End: '2027-01-15',
		hk2Start: '2027-01-18',
		hk2End: '2027-05-25',
		endDate: '2027-05-31'
	};
	for (const [name, value] of Object.entries(dates)) await admin.locator(`[name=${name}]`).fill(value);
	await admin.getByRole('button', { name: 'Tạo năm học' }).click();
	await expect(admin).toHaveURL(new RegExp(`/admin/school-years/${YEAR}\\?created=1$`));

	const add = admin.locator('form[action="?/addPeriod"]');
	await add.locator('[name=form]').selectOption(FORM);
	const period = {
		key: PERIOD,
		labelVi: `Học kỳ I, năm học ${YEAR}`,
		labelEn: `Semester I, ${YEAR}`,
		startDate: '2026-09-05',
		endDate: '2027-01-15',
		schoolDeadline: '2027-01-20',
		districtDeadline: '2027-01-25',
		sortOrder: '1'
	};
	for (const [name, value] of Object.entries(period)) await add.locator(`[name=${name}]`).fill(value);
	await add.getByRole('button', { name: 'Thêm kỳ' }).click();
	await expect(admin.getByRole('heading', { name: 'Kỳ báo cáo (1)' })).toBeVisible();
}

/** Two figures, a rate made of them, and the rule that one is part of the other. */
export async function createCatalogue(admin: Page) {
	for (const [code, vi, en] of [
		['TH_TS_HS', 'Tổng số học sinh tiểu học', 'Primary pupils'],
		['TH_HS_2BUOI', 'Số học sinh học 2 buổi/ngày', 'Pupils on two sessions a day']
	]) {
		await admin.goto('/admin/catalogue/elements/new');
		await admin.locator('[name=code]').fill(code);
		await admin.locator('[name=nameVi]').fill(vi);
		await admin.locator('[name=nameEn]').fill(en);
		await admin.locator('[name=valueType]').selectOption('count');
		await admin.locator('[name=unitScope]').selectOption('school');
		await admin.locator('input[name=levels][value=TH]').check();
		await admin.locator(`input[name=forms][value=${FORM}]`).check();
		await admin.getByRole('button', { name: 'Lưu', exact: true }).click();
		await expect(admin).toHaveURL(new RegExp(`/admin/catalogue/elements/${code}\\?saved=1$`));
	}

	await admin.goto('/admin/catalogue/indicators/new');
	await admin.locator('[name=code]').fill(INDICATOR);
	await admin.locator('[name=nameVi]').fill('Tỷ lệ học sinh học 2 buổi/ngày (Thái Bình)');
	await admin.locator('[name=nameEn]').fill('Pupils on two sessions a day (Thái Bình)');
	await admin.locator('input[name=levels][value=TH]').check();
	await admin.locator('[name=kind]').selectOption('rate');
	await admin.locator('[name=numerator]').fill('TH_HS_2BUOI');
	await admin.locator('[name=denominator]').fill('TH_TS_HS');
	await admin.locator('[name=direction]').selectOption('higher');
	await admin.locator('[name=unit]').selectOption('percent');
	await admin.getByRole('button', { name: 'Lưu', exact: true }).click();
	await expect(admin).toHaveURL(new RegExp(`/admin/catalogue/indicators/${INDICATOR}\\?saved=1$`));

	await admin.goto('/admin/catalogue/rules/new');
	await admin.locator('[name=kind]').selectOption('le');
	await admin.locator('[name=left]').fill('TH_HS_2BUOI');
	await admin.locator('[name=right]').fill('TH_TS_HS');
	await admin.getByRole('button', { name: 'Lưu', exact: true }).click();
	await expect(admin.getByRole('status')).toBeVisible();
}

/** The province's plan for the year, with a target of at least 97 % on the new indicator. */
export async function createPlan(admin: Page) {
	await admin.goto('/plans');
	const create = admin.locator('form[action="?/create"]');
	await create.locator('[name=unit]').selectOption('TB');
	await create.locator('[name=year]').selectOption(YEAR);
	await create.getByRole('button', { name: 'Tạo kế hoạch trống' }).click();
	await expect(admin).toHaveURL(new RegExp(`/plans/TB/${YEAR}`));
	await admin.goto(`/plans/TB/${YEAR}/targets/new`);
	await admin.locator('[name=indicator]').selectOption(INDICATOR);
	await admin.locator('[name=comparator]').selectOption('gte');
	await admin.locator('[name=value]').fill('97');
	await admin.getByRole('button', { name: 'Thêm chỉ tiêu' }).click();
	await expect(admin).toHaveURL(/\?saved=\d+/);
	await expect(admin.getByRole('row', { name: /học 2 buổi\/ngày \(Thái Bình\)/ })).toContainText('97');
}

/** The district's primary schools get accounts; returns one school's username and temporary password. */
export async function createSchoolAccounts(admin: Page): Promise<{ username: string; password: string }> {
	await admin.goto(`/admin/users/bulk?unit=${DISTRICT}&level=TH`);
	const boxes = admin.getByRole('checkbox', { name: /^Tạo tài khoản cho / });
	const n = await boxes.count();
	expect(n).toBeGreaterThanOrEqual(7);
	await admin.getByRole('button', { name: `Tạo ${n} tài khoản` }).click();
	await expect(admin.getByRole('status')).toContainText(`Đã tạo ${n} tài khoản`);
	const first = admin.locator('table.created tbody tr').first().locator('td');
	const username = (await first.nth(2).locator('code').textContent())!.trim();
	const password = (await first.nth(3).locator('code').textContent())!.trim();
	return { username, password };
}

/** The school signs in, sets its own password, and uploads its figures (a broken file first). */
export async function uploadAsSchool(school: Page, account: { username: string; password: string }) {
	await signIn(school, account.username, account.password);
	await expect(school).toHaveURL(/\/account\/password$/);
	const own = 'Truong-tieu-hoc-2026!';
	await school.getByLabel('Mật khẩu hiện tại').fill(account.password);
	await school.getByLabel('Mật khẩu mới', { exact: true }).fill(own);
	await school.getByLabel('Nhập lại mật khẩu mới').fill(own);
	await school.getByRole('button', { name: 'Lưu mật khẩu mới' }).click();
	await expect(school).not.toHaveURL(/\/account\/password$/);

	const code = account.username.toUpperCase();
	const file = (pupils: number, twoSessions: number) => ({
		name: 'so-lieu-hk1.csv',
		mimeType: 'text/csv',
		buffer: Buffer.from(
			'\uFEFFma_truong;ky_bao_cao;ma_chi_so;gia_tri\r\n' +
				`${code};${YEAR}/${PERIOD};TH_TS_HS;${pupils}\r\n` +
				`${code};${YEAR}/${PERIOD};TH_HS_2BUOI;${twoSessions}\r\n`
		)
	});
	await school.goto('/imports');
	// The rule made on the catalogue page refuses more pupils on two sessions than pupils.
	await school.locator('input[type=file]').setInputFiles(file(420, 430));
	await school.getByRole('button', { name: 'Kiểm tra tệp' }).click();
	await expect(school.getByText('TH_HS_2BUOI').first()).toBeVisible();
	await expect(school.getByRole('button', { name: 'Xác nhận và lưu' })).toHaveCount(0);

	await school.locator('input[type=file]').setInputFiles(file(420, 410));
	await school.getByRole('button', { name: 'Kiểm tra tệp' }).click();
	await expect(school.getByText(/Tệp hợp lệ\. Sẽ lưu 2 số liệu mới/)).toBeVisible();
	await school.getByRole('button', { name: 'Xác nhận và lưu' }).click();
	await expect(school.getByText(/Đã lưu/).first()).toBeVisible();
	return code;
}

/** The district's rate against the province's target, and who has reported, via the API and the pages. */
export async function checkDistrict(admin: Page, schoolCode: string) {
	const query = `unit=${DISTRICT}&year=${YEAR}&period=${PERIOD}`;
	const evaluations = await admin.request.get(`/api/evaluations?${query}&indicator=${INDICATOR}`);
	expect(evaluations.status()).toBe(200);
	const [row] = (await evaluations.json()) as {
		actual: number;
		numerator: number;
		denominator: number;
		target: { comparator: string; value: number; planUnit: string } | null;
	}[];
	expect(row).toMatchObject({ numerator: 410, denominator: 420 });
	expect(row.actual).toBeCloseTo(97.62, 1);
	expect(row.target).toMatchObject({ comparator: 'gte', value: 97, planUnit: 'TB' });

	const completeness = await admin.request.get(`/api/completeness?${query}`);
	expect(completeness.status()).toBe(200);
	const c = (await completeness.json()) as {
		expected: number;
		received: number;
		schools: { school: string; state: string }[];
	};
	expect(c.expected).toBe(OWING.length);
	expect(c.received).toBe(1);
	expect(c.schools.find((s) => s.school === schoolCode)?.state).toMatch(/^(on_time|late)$/);

	await admin.goto(`/units/${DISTRICT}?year=${YEAR}&period=${PERIOD}`);
	await expect(admin.getByRole('row', { name: /học 2 buổi\/ngày \(Thái Bình\)/ }).first()).toContainText(
		'97,6'
	);
	await admin.goto(`/reporting?${query}`);
	// The board: one of the district's 8 reports in (12,5 %), the 7 others still owed, the sender listed.
	await expect(admin.getByText('12,5 %').first()).toBeVisible();
	await expect(
		admin.getByRole('heading', { name: `Chưa nộp, nộp chưa đủ hoặc bị trả lại (${OWING.length - 1})` })
	).toBeVisible();
	const sent = OWING.find((s) => s.code === schoolCode)!;
	await expect(admin.getByRole('heading', { name: /^Nộp (đúng hạn|muộn) \(1\)$/ })).toBeVisible();
	await expect(admin.getByRole('link', { name: sent.name, exact: true }).first()).toBeVisible();
}
