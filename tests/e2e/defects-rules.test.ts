// Issue #17's defects (rules part): the rule above an equality target on the catalogue page, the upload
// page's periods for a primary school, dd/mm/yyyy date fields, file links that bypass the client router.
// Each page at 1366×768 and 390×844, screenshots kept in test-results/defects-rules/.
import { expect, test, type Page } from '@playwright/test';
import { signIn } from '../helpers/sign-in';

const SIZES = [
	{ name: 'laptop', width: 1366, height: 768 },
	{ name: 'phone', width: 390, height: 844 }
] as const;

async function shoot(page: Page, name: string, width: number) {
	await page.screenshot({ path: `test-results/defects-rules/${name}-${width}.png`, fullPage: true });
	const scroll = await page.evaluate(() => document.documentElement.scrollWidth);
	expect(scroll, `${name} at ${width} px has no horizontal overflow`).toBeLessThanOrEqual(width);
}

for (const size of SIZES) {
	test.describe(`at ${size.width}×${size.height}`, () => {
		test.use({ viewport: { width: size.width, height: size.height } });

		test('the catalogue page states the rule above an "=" target, default by direction', async ({ page }) => {
			await signIn(page, 'admin');
			await page.goto('/admin/catalogue/indicators/TH_TS_LOP');
			const rule = page.getByLabel('Khi vượt chỉ tiêu “bằng”');
			await expect(rule).toBeVisible();
			await expect(rule.locator('option:checked')).toHaveText('Mặc định (Vẫn đạt)');
			await expect(rule.locator('option')).toHaveText([
				'Mặc định (Vẫn đạt)',
				'Vẫn đạt',
				'Cảnh báo',
				'Chưa đạt'
			]);
			await shoot(page, 'catalogue-indicator', size.width);
		});

		test('a primary school is offered no growth rounds; its default period is the one its home shows due', async ({
			page
		}) => {
			await signIn(page, 'school');
			await page.goto('/imports');
			const picker = page.locator('form.picker select[name="period"]');
			await expect(picker).toBeVisible();
			const pickerOptions = await picker.locator('option').allTextContents();
			expect(pickerOptions.length).toBeGreaterThan(3);
			expect(pickerOptions.filter((o) => /Cân đo/.test(o))).toEqual([]);
			const uploadOptions = await page
				.locator('select[name="period"]')
				.last()
				.locator('option')
				.allTextContents();
			expect(uploadOptions.filter((o) => /Cân đo/.test(o))).toEqual([]);
			// the demo's "today" is 20/11/2026: semester I is the report being sent
			await expect(picker.locator('option:checked')).toHaveText(/Học kỳ I, năm học 2026-2027/);
			await shoot(page, 'imports-school', size.width);
		});

		test('date fields show and take dd/mm/yyyy, whatever the browser language', async ({ page }) => {
			await signIn(page, 'admin');
			await page.goto('/admin/units/new');
			const from = page.locator('input[name="activeFrom"]');
			await expect(from).toHaveAttribute('type', 'text');
			await expect(from).toHaveValue(/^\d{2}\/\d{2}\/\d{4}$/);
			await from.fill('12/03/2026');
			expect(await from.evaluate((el: HTMLInputElement) => el.checkValidity())).toBe(true);
			await from.fill('2026/03/12');
			expect(await from.evaluate((el: HTMLInputElement) => el.checkValidity())).toBe(false);
			expect(await page.locator('input[type="date"]').count()).toBe(0);
			await from.fill('12/03/2026');
			await shoot(page, 'units-new', size.width);

			await page.goto('/admin/school-years/2026-2027');
			const dates = page.locator('input[data-date-input]');
			// the year's own dates and its periods' (the "add a period" form is empty)
			const values = (await dates.evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value))).filter(
				(v) => v !== ''
			);
			expect(values.length).toBeGreaterThan(4);
			for (const value of values) expect(value).toMatch(/^\d{2}\/\d{2}\/\d{4}$/);
			await expect(dates.first()).toHaveValue('05/09/2026');
			await shoot(page, 'school-year', size.width);
		});

		test('export and template links download without the router logging "Not found"', async ({ page }) => {
			const problems: string[] = [];
			page.on('console', (m) => {
				if (m.type() === 'error' || /not found/i.test(m.text())) problems.push(m.text());
			});
			await signIn(page, 'district');
			await page.goto('/units/HAIAN');
			const csv = page.locator('a[href*="/export"]').first();
			await expect(csv).toHaveAttribute('download', '');
			await expect(csv).toHaveAttribute('data-sveltekit-reload', '');
			await csv.hover();
			const [download] = await Promise.all([page.waitForEvent('download'), csv.click()]);
			expect(download.suggestedFilename()).toMatch(/\.(csv|xlsx)$/);
			await page.goto('/reporting');
			for (const link of await page.locator('a[href*=".xlsx"], a[href*=".csv"]').all()) {
				await expect(link).toHaveAttribute('download', '');
				await link.hover();
			}
			await page.waitForTimeout(300);
			await shoot(page, 'reporting', size.width);
			expect(problems).toEqual([]);
		});
	});
}
