// A province that is not in the demo, set up from nothing on its own EMPTY database (DEMO_SEED=never;
// PostgreSQL when E2E_DATABASE_URL is set, else PGlite): the first administrator from the command
// line, the Sở's school list (cp1258 CSV), a school year typed by hand, a figure, an indicator and a
// rule, a plan with a target, the schools' accounts in bulk; one school signs in and uploads, and the
// district's evaluation and completeness show it.
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

test.afterAll(async () => {
	await server?.stop();
	await db?.drop();
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
