// Worksheets as grids of cell texts: the cached result of formulas, rich text joined, numbers
// written so that parse-number reads them exactly as stored, dates as ISO dates.
import ExcelJS from 'exceljs';
import type { Grid } from './extract-figures';

export type SheetGrid = Grid & { sheet: string; rows: string[][]; rowNumbers: number[] };

const AMBIGUOUS_WHEN_WRITTEN = /^-?[1-9]\d{0,2}\.\d{3}$/;

/**
 * A stored number as text. A stored 7.125 is no thousands grouping, but '7.125' would read as one
 * (see parse-number.ts), so such numbers get a fourth decimal: '7.1250' means the same and is unambiguous.
 */
export function formatStoredNumber(value: number, percent = false): string {
	let v = percent ? value * 100 : value;
	if (!Number.isInteger(v)) v = Number(v.toPrecision(15));
	let text = String(v);
	if (text.includes('e') && Math.abs(v) < 1) text = v.toFixed(20).replace(/0+$/, '');
	if (AMBIGUOUS_WHEN_WRITTEN.test(text)) text += '0';
	return percent ? `${text}%` : text;
}

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
export async function readWorkbook(bytes: Uint8Array): Promise<SheetGrid[] | null> {
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
