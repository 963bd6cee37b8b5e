// A plan's targets as a file: UTF-8 CSV with a BOM (Excel shows the Vietnamese), or .xlsx with a
// second sheet of the codes the columns accept. Text cells are neutralised against formula injection.
import ExcelJS from 'exceljs';
import { neutraliseCell } from '../imports/neutralise';
import { csvBytes, type CsvDialect } from '../exports/csv-dialect';
import { translate } from '../../i18n/translate';
import { COMPARATORS, type PlanContext, type TargetView } from './types';
import { numberText, TARGET_COLUMNS, targetToRow, type Cell } from './transfer-format';

function cellText(cell: Cell, dialect: CsvDialect): string {
	if (cell === null) return '';
	if (typeof cell !== 'number') return neutraliseCell(cell);
	const text = numberText(cell);
	return dialect === 'plain' ? text : text.replace('.', ',');
}

/** The targets as CSV in the dialect asked for (csv-dialect.ts); the plan import reads both. */
export function exportTargetsCsv(targets: TargetView[], dialect: CsvDialect = 'plain'): Uint8Array {
	const lines: string[][] = [[...TARGET_COLUMNS]];
	for (const t of targets) {
		const row = targetToRow(t);
		lines.push(TARGET_COLUMNS.map((c) => cellText(row[c], dialect)));
	}
	return csvBytes(lines, dialect);
}

export async function exportTargetsXlsx(ctx: PlanContext, targets: TargetView[]): Promise<Uint8Array> {
	const workbook = new ExcelJS.Workbook();
	workbook.creator = 'Chỉ tiêu';
	const sheet = workbook.addWorksheet('chi_tieu', { views: [{ state: 'frozen', ySplit: 1 }] });
	sheet.columns = TARGET_COLUMNS.map((key) => ({
		header: key,
		key,
		width: key === 'nguon' ? 60 : key === 'ten_chi_so' ? 40 : key === 'pham_vi' ? 22 : 14
	}));
	sheet.getRow(1).font = { bold: true };
	for (const t of targets) {
		const row = targetToRow(t);
		// String cells are text to Excel, never formulas: written as they are.
		sheet.addRow(TARGET_COLUMNS.map((c) => row[c]));
	}

	const codes = workbook.addWorksheet(translate('vi', 'plans.export.codesSheet'));
	codes.columns = [
		{ header: translate('vi', 'plans.export.codeColumn'), key: 'code', width: 22 },
		{ header: translate('vi', 'plans.export.meaningColumn'), key: 'meaning', width: 70 }
	];
	codes.getRow(1).font = { bold: true };
	const section = (title: string) => {
		const r = codes.addRow([title]);
		r.font = { bold: true };
	};
	section('phep_so_sanh');
	for (const c of COMPARATORS) codes.addRow([c, translate('vi', `plans.comparator.${c}`)]);
	section('pham_vi');
	codes.addRow(['area', translate('vi', 'plans.scope.area')]);
	for (const g of ctx.groups.values()) codes.addRow([g.code, g.nameVi]);
	for (const s of ctx.schools.values()) codes.addRow([s.code, s.name]);
	section('ky_danh_gia, ky_goc');
	for (const p of ctx.periods.values()) codes.addRow([p.key, p.labelVi]);
	return new Uint8Array(await workbook.xlsx.writeBuffer());
}

export function exportFileName(ctx: PlanContext, extension: 'csv' | 'xlsx'): string {
	return `chi-tieu-${ctx.plan.unitCode}-${ctx.plan.yearCode}.${extension}`;
}
