// The reader the app used before its own bounded one (exceljs, whole workbook in memory): kept for tests
// only, as the reference the new reader must agree with.
import ExcelJS from 'exceljs';
import { formatStoredNumber } from '../../src/lib/server/imports/read-xlsx';

type SheetGrid = { sheet: string; rows: string[][]; rowNumbers: number[] };

function formatDate(date: Date): string {
	const iso = date.toISOString();
	return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso.slice(0, 16);
}

function valueText(value: ExcelJS.CellValue, numFmt: string | undefined): string {
	if (value === null || value === undefined) return '';
	if (typeof value === 'string') return value;
	if (typeof value === 'number') return formatStoredNumber(value, !!numFmt && numFmt.includes('%'));
	if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
	if (value instanceof Date) return formatDate(value);
	if ('richText' in value) return value.richText.map((part) => part.text).join('');
	if ('formula' in value || 'sharedFormula' in value) {
		const result = value.result;
		if (result === undefined || result === null) {
			// No cached result (a file written by a program that does not calculate): show the formula.
			return 'formula' in value && value.formula ? `=${value.formula}` : '';
		}
		if (typeof result === 'object' && !(result instanceof Date) && 'error' in result) return result.error;
		return valueText(result as ExcelJS.CellValue, numFmt);
	}
	if ('error' in value) return value.error;
	if ('text' in value) return valueText(value.text as ExcelJS.CellValue, numFmt);
	return '';
}

function cellText(cell: ExcelJS.Cell): string {
	if (cell.type === ExcelJS.ValueType.Merge) {
		const master = cell.master;
		// A merge across columns keeps its text in the first column only; down a column, every row shares it.
		if (master.fullAddress.col !== cell.fullAddress.col) return '';
		return valueText(master.value, master.numFmt);
	}
	return valueText(cell.value, cell.numFmt);
}

/** The visible worksheets of an .xlsx file, or null when the bytes are not a workbook exceljs can open. */
export async function readWorkbookWithExceljs(bytes: Uint8Array): Promise<SheetGrid[] | null> {
	const workbook = new ExcelJS.Workbook();
	try {
		// exceljs's typings want its own Buffer type; a Node Buffer is what it reads.
		await workbook.xlsx.load(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length) as never);
	} catch {
		return null;
	}
	const sheets: SheetGrid[] = [];
	workbook.eachSheet((worksheet) => {
		if (worksheet.state !== 'visible') return;
		const rows: string[][] = [];
		const rowNumbers: number[] = [];
		worksheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
			const cells: string[] = [];
			row.eachCell({ includeEmpty: false }, (cell, col) => {
				cells[col - 1] = cellText(cell);
			});
			for (let c = 0; c < cells.length; c++) if (cells[c] === undefined) cells[c] = '';
			rows.push(cells);
			rowNumbers.push(rowNumber);
		});
		sheets.push({ sheet: worksheet.name, rows, rowNumbers });
	});
	return sheets;
}
