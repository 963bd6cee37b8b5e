// A table as a file people open in Excel: CSV (UTF-8 with a BOM, so Vietnamese shows; ';' and a
// decimal comma unless ?dialect=plain) or .xlsx. Every CSV text cell goes through neutraliseCell: a
// cell starting with = + - @ never runs as a formula. An .xlsx string cell is text whatever it starts
// with, so it is written as it is.
import ExcelJS from 'exceljs';
import { neutraliseCell } from '../imports/neutralise';
import { csvBytes, csvNumber, type CsvDialect } from './csv-dialect';

export type Cell = string | number | null;
export type ExportTable = {
	/** A line above the header in the spreadsheet (what, where, when). */
	title: string;
	sheet: string;
	columns: { label: string; width?: number }[];
	rows: Cell[][];
};

function csvField(cell: Cell, dialect: CsvDialect): string {
	if (cell === null) return '';
	return typeof cell === 'number' ? csvNumber(cell, dialect) : neutraliseCell(cell);
}

/** The table as CSV in the dialect asked for (csv-dialect.ts): Excel-Vietnamese unless 'plain'. */
export function tableToCsv(table: ExportTable, dialect: CsvDialect = 'plain'): Uint8Array {
	const lines = [table.columns.map((c) => csvField(c.label, dialect))];
	for (const row of table.rows) lines.push(row.map((cell) => csvField(cell, dialect)));
	return csvBytes(lines, dialect);
}

/** A sheet with the title on its first row and the bold header on its second, both kept in view. */
export function addTitledSheet(
	workbook: ExcelJS.Workbook,
	name: string,
	title: string,
	columns: ExportTable['columns']
): ExcelJS.Worksheet {
	const sheet = workbook.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 2 }] });
	sheet.addRow([title]).font = { bold: true, size: 13 };
	const header = sheet.addRow(columns.map((c) => c.label));
	header.font = { bold: true };
	header.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE6EEF5' } };
	columns.forEach((c, i) => (sheet.getColumn(i + 1).width = c.width ?? 16));
	return sheet;
}

export async function workbookBytes(workbook: ExcelJS.Workbook): Promise<Uint8Array> {
	return new Uint8Array(await workbook.xlsx.writeBuffer());
}

export async function tableToXlsx(table: ExportTable): Promise<Uint8Array> {
	const workbook = new ExcelJS.Workbook();
	workbook.creator = 'Chỉ tiêu';
	// A string cell is text to Excel, never a formula: no apostrophe to show ('≥ 291', not "'= 291").
	const sheet = addTitledSheet(workbook, table.sheet.slice(0, 31), table.title, table.columns);
	for (const row of table.rows) sheet.addRow(row);
	return workbookBytes(workbook);
}

/** The HTTP response for a download; `name` is ASCII (codes and dates), without the extension. */
export async function tableResponse(
	table: ExportTable,
	format: 'csv' | 'xlsx',
	name: string,
	dialect: CsvDialect = 'excel-vi'
): Promise<Response> {
	const safe = name.replace(/[^A-Za-z0-9_.-]+/g, '-');
	const body = format === 'csv' ? tableToCsv(table, dialect) : await tableToXlsx(table);
	return new Response(body as BodyInit, {
		headers: {
			'content-type':
				format === 'csv'
					? 'text/csv; charset=utf-8'
					: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
			'content-disposition': `attachment; filename="${safe}.${format}"`,
			'cache-control': 'private, no-store'
		}
	});
}
