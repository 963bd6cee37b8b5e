// The sheet of new school accounts handed to schools: one row per school, printable on A4.
import ExcelJS from 'exceljs';
import { translate } from '$lib/i18n/translate';
import type { Locale } from '$lib/i18n/types';
import type { Sheet } from '$lib/schemas/bulk-accounts';
import { neutraliseCell } from '../imports/neutralise';

const COLUMNS = [
	{ key: 'bulkAccounts.colCode', width: 18 },
	{ key: 'bulkAccounts.colName', width: 38 },
	{ key: 'bulkAccounts.colUsername', width: 20 },
	{ key: 'bulkAccounts.colPassword', width: 18 },
	{ key: 'bulkAccounts.colSignIn', width: 30 }
] as const;

/**
 * The .xlsx: a title, the instruction (always in Vietnamese: the sheet goes to schools), then the
 * table; A4 portrait, fitted to the page width, the header repeated on every printed page.
 */
export async function buildAccountSheetXlsx(
	sheet: Sheet,
	signInUrl: string,
	locale: Locale
): Promise<Uint8Array> {
	const workbook = new ExcelJS.Workbook();
	workbook.creator = 'Chỉ tiêu';
	const ws = workbook.addWorksheet(translate(locale, 'bulkAccounts.created').slice(0, 31), {
		views: [{ state: 'frozen', ySplit: 3 }]
	});
	COLUMNS.forEach((c, i) => (ws.getColumn(i + 1).width = c.width));
	const title = ws.addRow([
		neutraliseCell(translate(locale, 'bulkAccounts.sheetTitle', { unit: sheet.unit }))
	]);
	title.font = { bold: true, size: 13 };
	const note = ws.addRow([neutraliseCell(translate('vi', 'bulkAccounts.instruction', { url: signInUrl }))]);
	ws.mergeCells(2, 1, 2, COLUMNS.length);
	note.height = 48;
	note.getCell(1).alignment = { wrapText: true, vertical: 'top' };
	const header = ws.addRow(COLUMNS.map((c) => translate(locale, c.key)));
	header.font = { bold: true };
	header.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE6EEF5' } };
	for (const row of sheet.rows) {
		const line = ws.addRow([row.code, row.name, row.username, row.password, signInUrl].map(neutraliseCell));
		line.getCell(4).font = { name: 'Consolas' };
		line.getCell(3).font = { name: 'Consolas' };
	}
	ws.eachRow((row, n) => {
		if (n < 3) return;
		row.eachCell((cell) => {
			cell.border = {
				top: { style: 'thin' },
				bottom: { style: 'thin' },
				left: { style: 'thin' },
				right: { style: 'thin' }
			};
		});
	});
	ws.pageSetup = {
		paperSize: 9, // A4
		orientation: 'portrait',
		fitToPage: true,
		fitToWidth: 1,
		fitToHeight: 0,
		printTitlesRow: '3:3',
		margins: { left: 0.5, right: 0.5, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 }
	};
	return new Uint8Array(await workbook.xlsx.writeBuffer());
}
