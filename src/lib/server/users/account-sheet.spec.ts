import { describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { buildAccountSheetXlsx } from './account-sheet';

const sheet = {
	unit: 'Phòng GD&ĐT Hải An',
	rows: [
		{
			code: 'HA-TH-CATBI',
			name: 'Trường Tiểu học Cát Bi',
			username: 'ha-th-catbi',
			password: 'k7mq-3xtv-p2na'
		},
		{ code: '=cmd', name: '+Trường lạ', username: 'cmd', password: 'aaaa-bbbb-cccc' }
	]
};

async function read(bytes: Uint8Array) {
	const workbook = new ExcelJS.Workbook();
	await workbook.xlsx.load(bytes.buffer as ArrayBuffer);
	return workbook.worksheets[0];
}

describe('the sheet of new school accounts', () => {
	it('lists code, name, username, temporary password and sign-in address under a Vietnamese instruction', async () => {
		const ws = await read(await buildAccountSheetXlsx(sheet, 'https://chitieu.example/login', 'vi'));
		expect(ws.getCell('A1').value).toBe('Tài khoản đăng nhập của các trường — Phòng GD&ĐT Hải An');
		expect(String(ws.getCell('A2').value)).toContain('Đăng nhập tại https://chitieu.example/login');
		expect(ws.getRow(3).values).toEqual([
			undefined,
			'Mã trường',
			'Tên trường',
			'Tên đăng nhập',
			'Mật khẩu tạm thời',
			'Địa chỉ đăng nhập'
		]);
		expect(ws.getRow(4).values).toEqual([
			undefined,
			'HA-TH-CATBI',
			'Trường Tiểu học Cát Bi',
			'ha-th-catbi',
			'k7mq-3xtv-p2na',
			'https://chitieu.example/login'
		]);
	});

	it('never lets a cell run as a formula', async () => {
		const ws = await read(await buildAccountSheetXlsx(sheet, 'https://x/login', 'vi'));
		expect(ws.getCell('A5').value).toBe("'=cmd");
		expect(ws.getCell('B5').value).toBe("'+Trường lạ");
	});

	it('prints on A4 portrait, one page wide, the header on every page', async () => {
		const ws = await read(await buildAccountSheetXlsx(sheet, 'https://x/login', 'en'));
		expect(ws.pageSetup).toMatchObject({
			paperSize: 9,
			orientation: 'portrait',
			fitToWidth: 1,
			fitToHeight: 0
		});
		expect(ws.getCell('C3').value).toBe('Username');
		// The instruction stays in Vietnamese for the schools.
		expect(String(ws.getCell('A2').value)).toMatch(/^Đăng nhập tại/);
	});
});
