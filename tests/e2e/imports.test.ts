import { readFileSync } from 'node:fs';
import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import ExcelJS from 'exceljs';
import { signIn as signInAs } from '../helpers/sign-in';

const SCHOOL = 'HA-TH-THANHTO';
const PERIOD = '2025-2026/CUOI_NAM';
const FIGURES = `/api/figures?school=${SCHOOL}&period=${encodeURIComponent(PERIOD)}`;

/** Another user in the same page: the previous one's cookies go first. */
async function signIn(page: Page, username: string) {
	await page.context().clearCookies();
	await signInAs(page, username);
}

async function storedFigures(request: APIRequestContext): Promise<Record<string, number>> {
	const res = await request.get(FIGURES);
	expect(res.status()).toBe(200);
	const body = (await res.json()) as { figures: { code: string; value: number }[] };
	return Object.fromEntries(body.figures.map((f) => [f.code, f.value]));
}

/** The downloaded template with the school's row filled in: every figure, two of them corrected. */
async function fillTemplate(path: string, values: Record<string, number>): Promise<Buffer> {
	const workbook = new ExcelJS.Workbook();
	await workbook.xlsx.load(readFileSync(path) as unknown as ArrayBuffer);
	const sheet = workbook.worksheets[0];
	let headerRow = 0;
	sheet.eachRow((row, n) => {
		if (!headerRow && String(row.getCell(1).value ?? '').startsWith('Mã trường')) headerRow = n;
	});
	expect(headerRow).toBeGreaterThan(0);
	const row = sheet.getRow(headerRow + 1);
	expect(row.getCell(1).value).toBe(SCHOOL);
	let filled = 0;
	sheet.getRow(headerRow).eachCell((cell, col) => {
		const code = /\(([A-Z0-9_]+)\)\s*$/.exec(String(cell.value ?? ''))?.[1];
		if (code && values[code] !== undefined) {
			row.getCell(col).value = values[code];
			filled++;
		}
	});
	expect(filled).toBeGreaterThan(15);
	return Buffer.from(await workbook.xlsx.writeBuffer());
}

test.describe.configure({ mode: 'serial' });

/** The upload the API test stores, for the access test after it. */
let apiUpload = '';

test('a school fills the template, previews, confirms, and the figures appear', async ({ page }) => {
	await signIn(page, 'school');
	await page.getByRole('link', { name: 'Nộp số liệu' }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Nộp số liệu' })).toBeVisible();
	await expect(page.getByText('tối đa 20 MB và 250.000 dòng')).toBeVisible();
	await page.getByLabel('Kỳ báo cáo').first().selectOption(PERIOD);

	const download = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Mẫu Excel (.xlsx)' }).click();
	const file = await (await download).path();
	const before = await storedFigures(page.request);
	const corrected = { ...before, TH_HS_HTXS: before.TH_HS_HTXS + 3, TH_HS_HT: before.TH_HS_HT - 3 };
	const buffer = await fillTemplate(file, corrected);

	await page.locator('input[type=file]').setInputFiles({
		name: 'bao-cao-cuoi-nam.xlsx',
		mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
		buffer
	});
	await page.getByRole('button', { name: 'Kiểm tra tệp' }).click();
	await expect(page.getByText('Tệp hợp lệ. Sẽ lưu 0 số liệu mới và 2 số liệu thay đổi')).toBeVisible();
	const row = page.getByRole('row', { name: /TH_HS_HTXS/ });
	await expect(row.getByRole('cell').nth(2)).toHaveText(String(before.TH_HS_HTXS));
	await expect(row.getByRole('cell').nth(3)).toHaveText(String(before.TH_HS_HTXS + 3));
	await expect(row.getByText('Thay đổi')).toBeVisible();
	// Checked, not stored yet.
	expect((await storedFigures(page.request)).TH_HS_HTXS).toBe(before.TH_HS_HTXS);

	await page.getByRole('button', { name: 'Xác nhận và lưu' }).click();
	await expect(page.getByText('Đã lưu: 0 số liệu mới, 2 số liệu thay đổi.')).toBeVisible();
	const after = await storedFigures(page.request);
	expect(after.TH_HS_HTXS).toBe(before.TH_HS_HTXS + 3);
	expect(after.TH_HS_HT).toBe(before.TH_HS_HT - 3);
	await expect(page.getByRole('link', { name: 'bao-cao-cuoi-nam.xlsx' })).toBeVisible();
	const original = await page.request.get(
		(await page.getByRole('link', { name: 'Tải lại tệp gốc' }).getAttribute('href')) ?? ''
	);
	expect(Buffer.from(await original.body()).equals(buffer)).toBe(true);

	await page.goto(`/schools/${SCHOOL}/entry?period=${encodeURIComponent(PERIOD)}`);
	await expect(page.getByLabel('Học sinh Hoàn thành xuất sắc')).toHaveValue(String(before.TH_HS_HTXS + 3));
});

test('a file with errors shows them by row in Vietnamese and stores nothing', async ({ page }) => {
	await signIn(page, 'school');
	const before = await storedFigures(page.request);
	await page.goto('/imports');
	const csv = [
		'ma_truong,ky_bao_cao,ma_chi_so,gia_tri',
		`${SCHOOL},${PERIOD},TH_HS_HTXS,${before.TH_HS_HTXS + 1}`,
		`${SCHOOL},${PERIOD},TH_HS_HT,abc`,
		`HA-MN-CATBI,${PERIOD},GV_TS,12`
	].join('\r\n');
	await page.locator('input[type=file]').setInputFiles({
		name: 'loi.csv',
		mimeType: 'text/csv',
		buffer: Buffer.from(csv)
	});
	await page.getByRole('button', { name: 'Kiểm tra tệp' }).click();
	await expect(page.getByText('Tệp có 2 lỗi nên chưa có số liệu nào được lưu.')).toBeVisible();
	const bad = page.getByRole('row', { name: /“abc” không phải là số\./ });
	await expect(bad.getByRole('cell').first()).toHaveText('3');
	const scope = page.getByRole('row', {
		name: /Bạn không có quyền nhập số liệu cho “Trường Mầm non Cát Bi”/
	});
	await expect(scope.getByRole('cell').first()).toHaveText('4');
	await expect(page.getByRole('button', { name: 'Xác nhận và lưu' })).toHaveCount(0);

	const failed = await page.request.get(
		(await page.getByRole('link', { name: 'Tải các dòng lỗi (CSV)' }).getAttribute('href')) ?? ''
	);
	const text = (await failed.text()).replace(/^\uFEFF/, '');
	expect(text.split('\r\n')[0]).toBe('ma_truong;ky_bao_cao;ma_chi_so;gia_tri;ghi_chu;Lỗi / Error');
	expect(text).toContain('Dòng 3 – gia_tri: “abc” không phải là số.');
	expect(await storedFigures(page.request)).toEqual(before);
});

test('the JSON API previews, stores, says unchanged, and refuses with the right status', async ({
	page,
	baseURL
}) => {
	await signIn(page, 'school');
	const before = await storedFigures(page.request);
	const csv = (htxs: number) =>
		Buffer.from(
			`ma_truong;ky_bao_cao;ma_chi_so;gia_tri\r\n${SCHOOL};${PERIOD};TH_HS_HTXS;${htxs}\r\n${SCHOOL};${PERIOD};TH_HS_HT;${before.TH_HS_HT + before.TH_HS_HTXS - htxs}\r\n`
		);
	const post = (query: string, body: Buffer, headers: Record<string, string> = {}) =>
		page.request.post(`/api/imports?${query}`, {
			multipart: { file: { name: 'api.csv', mimeType: 'text/csv', buffer: body } },
			headers: { origin: baseURL!, ...headers }
		});

	const preview = await post('dryRun=true', csv(before.TH_HS_HTXS + 1));
	expect(preview.status()).toBe(200);
	const p = await preview.json();
	expect(p).toMatchObject({
		status: 'preview',
		layout: 'long',
		encoding: 'utf-8',
		rows: 2,
		figures: { new: 0, changed: 2, unchanged: 0 },
		errors: [],
		warnings: [],
		uploadId: null
	});

	const stored = await post('dryRun=false', csv(before.TH_HS_HTXS + 1));
	expect(stored.status()).toBe(200);
	const s = await stored.json();
	expect(s.status).toBe('stored');
	expect(s.uploadId).toMatch(/^[0-9a-f-]{36}$/);
	apiUpload = s.uploadId;
	expect((await storedFigures(page.request)).TH_HS_HTXS).toBe(before.TH_HS_HTXS + 1);

	// The same file again, this time as a raw body (what integrations without an Origin header send).
	const again = await page.request.post(`/api/imports?dryRun=false&fileName=api.csv`, {
		data: csv(before.TH_HS_HTXS + 1),
		headers: { 'content-type': 'text/csv' }
	});
	expect(again.status()).toBe(200);
	expect(await again.json()).toMatchObject({ status: 'unchanged', uploadId: s.uploadId });

	const rejected = await post(
		'dryRun=false',
		Buffer.from('ma_truong,ky_bao_cao,ma_chi_so,gia_tri\r\nXX-1,2025-2026/CUOI_NAM,GV_TS,1\r\n'),
		{
			'accept-language': 'en-GB,en'
		}
	);
	expect(rejected.status()).toBe(422);
	const r = await rejected.json();
	expect(r.errors[0]).toMatchObject({ row: 2, column: 'ma_truong', value: 'XX-1', code: 'school_unknown' });
	expect(r.errors[0].message).toBe('No school has the code “XX-1”.');
	expect(r.errors[0].messages.vi).toBe('Không có trường nào mang mã “XX-1”.');

	const forbidden = await post(
		'dryRun=true',
		Buffer.from(`ma_truong,ky_bao_cao,ma_chi_so,gia_tri\r\nHA-MN-CATBI,${PERIOD},GV_TS,1\r\n`)
	);
	expect(forbidden.status()).toBe(403);
	expect((await forbidden.json()).errors[0].code).toBe('school_out_of_scope');

	const warned = await post(
		'dryRun=false',
		Buffer.from(
			`ma_truong,ky_bao_cao,ma_chi_so,gia_tri\r\n${SCHOOL},${PERIOD},TH_HS_HTXS,${before.TH_HS_HTXS + 50}\r\n`
		)
	);
	expect(warned.status()).toBe(422);
	expect(await warned.json()).toMatchObject({
		status: 'rejected',
		errors: [],
		warnings: [{ code: 'rule_violation' }]
	});

	const noFile = await page.request.post('/api/imports?dryRun=true', {
		multipart: { period: PERIOD },
		headers: { origin: baseURL! }
	});
	expect(noFile.status()).toBe(400);
	const tooLarge = await post('dryRun=true', Buffer.alloc(20 * 1024 * 1024 + 10, 0x41));
	expect(tooLarge.status()).toBe(413);
	expect((await tooLarge.json()).errors[0].code).toBe('file_too_large');

	const file = await page.request.get(`/api/uploads/${s.uploadId}/file`);
	expect(file.status()).toBe(200);
	expect((await file.text()).startsWith('ma_truong;ky_bao_cao')).toBe(true);

	const figures = await page.request.get(FIGURES);
	expect(await figures.json()).toMatchObject({ school: SCHOOL, period: PERIOD, status: 'submitted' });
	const unknown = await page.request.get(`/api/figures?school=${SCHOOL}&period=2030-2031%2FCUOI_NAM`);
	expect(unknown.status()).toBe(404);
});

test('another district cannot read or download what a school uploaded', async ({ page }) => {
	expect(apiUpload).not.toBe('');
	await signIn(page, 'district');
	expect((await page.request.get(`/api/uploads/${apiUpload}/file`)).status()).toBe(200);
	await signIn(page, 'anlao');
	expect((await page.request.get(FIGURES)).status()).toBe(403);
	// Not 403: an out-of-scope upload answers exactly like one that does not exist.
	expect((await page.request.get(`/api/uploads/${apiUpload}/file`)).status()).toBe(404);
	await signIn(page, 'school');
	const res = await page.request.get('/api/imports/template?unit=AL-TH-ANTIEN&period=2025-2026%2FCUOI_NAM');
	expect(res.status()).toBe(403);
});

test('without JavaScript the upload still checks and stores (plain form posts)', async ({ browser }) => {
	const context = await browser.newContext({ javaScriptEnabled: false });
	const page = await context.newPage();
	await signIn(page, 'school');
	const before = await storedFigures(page.request);
	await page.goto('/imports');
	const csv = `ma_truong,ky_bao_cao,ma_chi_so,gia_tri,ghi_chu\r\n${SCHOOL},${PERIOD},TH_HS_BOHOC,${before.TH_HS_BOHOC},Nhập không cần JavaScript\r\n`;
	await page.locator('input[type=file]').setInputFiles({
		name: 'khong-js.csv',
		mimeType: 'text/csv',
		buffer: Buffer.from(csv)
	});
	await page.getByRole('button', { name: 'Kiểm tra tệp' }).click();
	await expect(page.getByText('Tệp hợp lệ. Sẽ lưu 0 số liệu mới và 1 số liệu thay đổi')).toBeVisible();
	await page.getByRole('button', { name: 'Xác nhận và lưu' }).click();
	await expect(page.getByText('Đã lưu: 0 số liệu mới, 1 số liệu thay đổi.')).toBeVisible();
	const res = await page.request.get(FIGURES);
	const body = (await res.json()) as { figures: { code: string; comment: string | null }[] };
	expect(body.figures.find((f) => f.code === 'TH_HS_BOHOC')?.comment).toBe('Nhập không cần JavaScript');
	await context.close();
});

test('a link for one period opens the upload page with that period chosen', async ({ page }) => {
	await signIn(page, 'school');
	await page.goto(`/imports?period=${encodeURIComponent('2025-2026/HK1')}`);
	await expect(page.locator('form.picker select[name=period]')).toHaveValue('2025-2026/HK1');
	await expect(page.locator('details.options select[name=period]')).toHaveValue('2025-2026/HK1');
	await page.goto(`/imports?period=${encodeURIComponent('2099-2100/HK1')}`);
	await expect(page.locator('details.options select[name=period]')).toHaveValue('');
});
