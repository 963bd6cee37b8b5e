// A province that is not in the demo, set up from nothing on its own EMPTY database (DEMO_SEED=never;
// PostgreSQL when E2E_DATABASE_URL is set, else PGlite): the first administrator from the command
// line, the Sở's school list (cp1258 CSV), a school year typed by hand, a figure, an indicator and a
// rule, a plan with a target, the schools' accounts in bulk; one school signs in and uploads, and the
// district's evaluation and completeness show it.
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { emptyDatabase, OwnServer, runScript, type EmptyDatabase } from '../helpers/own-server';
import {
	checkDistrict,
	createCatalogue,
	createPlan,
	createSchoolAccounts,
	createYearByHand,
	importUnits,
	newPage,
	signIn,
	uploadAsSchool
} from '../helpers/province-flow';

const ADMIN = 'quantri';
const ADMIN_PASSWORD = 'Thai-Binh-So-GDDT-2026';

test.describe.configure({ mode: 'serial' });

let db: EmptyDatabase;
let server: OwnServer;
let second: EmptyDatabase;
let secondServer: OwnServer;

test.afterAll(async () => {
	await server?.stop();
	await db?.drop();
	await secondServer?.stop();
	await second?.drop();
});

test('Thái Bình from zero: admin:create, units, year, catalogue, plan, accounts, upload, evaluation', async ({
	browser
}) => {
	test.setTimeout(480_000);
	db = await emptyDatabase('province');
	const created = runScript(
		db,
		'admin:create',
		['--username', ADMIN, '--display-name', 'Quản trị Sở'],
		ADMIN_PASSWORD + '\n'
	);
	expect(created.status, created.stderr).toBe(0);
	expect(created.stdout).toContain(`Created administrator "${ADMIN}"`);
	server = new OwnServer(db);
	await server.start();

	const admin = await newPage(browser, server.base);
	await signIn(admin, ADMIN, ADMIN_PASSWORD);
	// An empty database: the administrator lands on the checklist, every step to do.
	await expect(admin).toHaveURL(/\/admin\/setup$/);
	await expect(admin.locator('[data-step][data-done=false]')).toHaveCount(5);
	// Pages about units have nothing to show yet: they lead back to the checklist, not to a 404.
	for (const path of ['/reporting', '/reporting/reports', '/inspection', '/inspection/schedule']) {
		await admin.goto(path);
		await expect(admin).toHaveURL(/\/admin\/setup$/);
	}

	await importUnits(admin);
	await createYearByHand(admin);
	await createCatalogue(admin);
	await createPlan(admin);
	const account = await createSchoolAccounts(admin);

	await admin.goto('/admin/setup');
	await expect(admin.locator('[data-step][data-done=true]')).toHaveCount(5);

	const school = await newPage(browser, server.base);
	const schoolCode = await uploadAsSchool(school, account);
	await checkDistrict(admin, schoolCode);
});

test('the same province from its setup workbook: exported, imported into a second empty database, then used', async ({
	browser
}) => {
	test.setTimeout(480_000);
	test.skip(!server, 'needs the province set up by the test before');
	const first = await newPage(browser, server.base);
	await signIn(first, ADMIN, ADMIN_PASSWORD);
	await first.goto('/admin/setup');
	// Its label's accessible name includes the chosen option, so the list is found by its name.
	await first.locator('[data-setup-book] select[name=unit]').selectOption('TB');
	const downloading = first.waitForEvent('download');
	await first.getByRole('button', { name: 'Tải sổ thiết lập (.xlsx)' }).click();
	const download = await downloading;
	expect(download.suggestedFilename()).toMatch(/^so-thiet-lap-tb-\d{4}-\d{2}-\d{2}\.xlsx$/);
	const workbook = readFileSync((await download.path())!);
	await first.context().close();
	await server.stop();

	second = await emptyDatabase('province_book');
	const created = runScript(second, 'admin:create', ['--username', ADMIN], ADMIN_PASSWORD + '\n');
	expect(created.status, created.stderr).toBe(0);
	secondServer = new OwnServer(second);
	await secondServer.start();
	const admin = await newPage(browser, secondServer.base);
	await signIn(admin, ADMIN, ADMIN_PASSWORD);
	await expect(admin).toHaveURL(/\/admin\/setup$/);
	const book = admin.locator('[data-setup-book]');
	await book.locator('input[type=file]').setInputFiles({
		name: 'so-thiet-lap-tb.xlsx',
		mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
		buffer: workbook
	});
	await book.getByRole('button', { name: 'Kiểm tra sổ' }).click();
	const preview = admin.locator('[data-book-status=preview]');
	await expect(preview).toContainText('Sổ hợp lệ', { timeout: 60_000 });
	await expect(preview).toContainText('157 đơn vị · 1 biểu mẫu · 1 năm học · 1 kỳ báo cáo');
	await expect(preview).toContainText('2 số liệu · 1 chỉ số · 1 quy tắc kiểm tra · 1 kế hoạch · 1 chỉ tiêu');
	await admin.getByRole('button', { name: 'Lưu toàn bộ thiết lập' }).click();
	await expect(admin.locator('[data-book-status=stored]')).toContainText('Đã lưu toàn bộ thiết lập', {
		timeout: 60_000
	});
	// Everything but the accounts is there: the checklist says so.
	await admin.goto('/admin/setup');
	await expect(admin.locator('[data-step][data-done=true]')).toHaveCount(4);
	await expect(admin.locator('[data-step=accounts][data-done=false]')).toHaveCount(1);

	const account = await createSchoolAccounts(admin);
	const school = await newPage(browser, secondServer.base);
	const schoolCode = await uploadAsSchool(school, account);
	await checkDistrict(admin, schoolCode);
});
