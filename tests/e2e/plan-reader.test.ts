import { expect, test } from '@playwright/test';
import { Document, Packer, Paragraph } from 'docx';
import { signIn } from '../helpers/sign-in';

/** A short Phòng plan as Word writes it: two targets and a figure no indicator of the catalogue holds. */
async function planDocx(): Promise<Buffer> {
	const lines = [
		'KẾ HOẠCH NĂM HỌC 2026-2027',
		'1. Chỉ tiêu thực hiện',
		'- Tỷ lệ học sinh học 2 buổi/ngày đạt 97% trở lên;',
		'- Tỷ lệ học sinh học ngoại ngữ đạt 99% trở lên.',
		'- Kiểm tra đột xuất ít nhất: 1 lần/ tháng.'
	];
	const doc = new Document({ sections: [{ children: lines.map((l) => new Paragraph(l)) }] });
	return Packer.toBuffer(doc);
}

test('a district leader reads a plan document into a new plan and the dashboard judges against it', async ({
	page
}) => {
	await signIn(page, 'district');
	await page.goto('/plans');
	const form = page.locator('form[action="?/create"]');
	await form.locator('select[name="unit"]').selectOption('HAIAN');
	await form.locator('select[name="year"]').selectOption('2026-2027');
	await form.getByRole('button', { name: 'Tạo kế hoạch trống' }).click();
	await expect(page).toHaveURL(/\/plans\/HAIAN\/2026-2027/);

	await page.getByRole('link', { name: 'Đọc từ văn bản kế hoạch' }).click();
	await page.getByLabel('Tệp kế hoạch').setInputFiles({
		name: 'ke-hoach-2026-2027.docx',
		mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
		buffer: await planDocx()
	});
	await page.getByRole('button', { name: 'Đọc văn bản' }).click();
	await expect(page.getByRole('heading', { name: 'Chỉ tiêu đề xuất (2)' })).toBeVisible();
	await expect(page.getByRole('heading', { name: 'Số liệu chưa xác định được chỉ số (1)' })).toBeVisible();
	await expect(page.locator('.unplaced')).toContainText('Kiểm tra đột xuất ít nhất: 1 lần/ tháng.');

	for (const name of ['Tỷ lệ học sinh học 2 buổi/ngày', 'Tỷ lệ học sinh học ngoại ngữ']) {
		const card = page.locator('article.proposal', { has: page.getByRole('heading', { name }) });
		await expect(card).toContainText('≥ 9');
		await card.getByRole('button', { name: 'Chấp nhận' }).first().click();
		await expect(card).toContainText('Đã chấp nhận');
	}

	await page.goto('/plans/HAIAN/2026-2027');
	await expect(page.getByText('Tỷ lệ học sinh học 2 buổi/ngày đạt 97% trở lên;')).toBeVisible();

	await page.goto('/units/HAIAN?year=2026-2027&period=DAU_NAM');
	const row = page.getByRole('row', { name: /Tỷ lệ học sinh học 2 buổi\/ngày/ }).first();
	await expect(row.locator('td.target')).toContainText(/≥ 97/);
	await expect(row).not.toContainText('Chưa có chỉ tiêu');
	// The plan's sentence is the target's tooltip.
	await expect(row.locator('td.target span[title]')).toHaveAttribute(
		'title',
		/Tỷ lệ học sinh học 2 buổi\/ngày đạt 97% trở lên/
	);
});
