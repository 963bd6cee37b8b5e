// The school list templates: the columns the import reads (Vietnamese headers, accepted in both
// languages), drop-down lists of the accepted values in the Excel one, and a sheet of explanations.
import ExcelJS from 'exceljs';
import { translate } from '../../../i18n/translate';
import type { MessageKey } from '../../../i18n/catalogue';
import type { Locale } from '../../../i18n/types';

export const TEMPLATE_HEADERS = [
	'Mã đơn vị',
	'Tên đơn vị',
	'Loại',
	'Mã đơn vị cấp trên',
	'Cấp học',
	'Loại hình',
	'Mã trường CSDL',
	'Địa chỉ',
	'Điện thoại',
	'Hiệu trưởng'
];
const TYPES = ['Sở', 'Phòng', 'Xã', 'Phường', 'Cụm', 'Trường'];
const LEVELS = ['Mầm non', 'Tiểu học', 'THCS', 'THPT', 'TH&THCS', 'THCS&THPT'];
const OWNERSHIPS = ['Công lập', 'Ngoài công lập'];
const ROWS = 3000;
const HELP_KEYS = [
	'code',
	'name',
	'type',
	'parent',
	'level',
	'ownership',
	'ministryCode',
	'address',
	'phone',
	'head'
] as const;

/** CSV UTF-8 with a BOM: the header row only (the rows are the province's own). */
export function buildUnitTemplateCsv(): Uint8Array {
	return new TextEncoder().encode('\uFEFF' + TEMPLATE_HEADERS.join(',') + '\r\n');
}

type RangeValidations = { dataValidations: { add(range: string, validation: ExcelJS.DataValidation): void } };

export async function buildUnitTemplateXlsx(locale: Locale): Promise<Uint8Array> {
	const book = new ExcelJS.Workbook();
	const sheet = book.addWorksheet(translate(locale, 'units.template.sheet'));
	sheet.addRow(TEMPLATE_HEADERS).font = { bold: true };
	sheet.columns.forEach((c, i) => (c.width = i === 1 || i === 7 ? 36 : 18));
	sheet.views = [{ state: 'frozen', ySplit: 1 }];
	for (let c = 1; c <= TEMPLATE_HEADERS.length; c++) sheet.getColumn(c).numFmt = '@';
	const list = (values: string[]): ExcelJS.DataValidation => ({
		type: 'list',
		allowBlank: true,
		formulae: [`"${values.join(',')}"`]
	});
	const ranges = sheet as unknown as RangeValidations;
	ranges.dataValidations.add(`C2:C${ROWS}`, list(TYPES));
	ranges.dataValidations.add(`E2:E${ROWS}`, list(LEVELS));
	ranges.dataValidations.add(`F2:F${ROWS}`, list(OWNERSHIPS));

	const help = book.addWorksheet(translate(locale, 'units.template.helpSheet'));
	help.columns = [{ width: 22 }, { width: 100 }];
	help.addRow([translate(locale, 'units.template.helpTitle')]).font = { bold: true };
	for (const [i, key] of HELP_KEYS.entries()) {
		help.addRow([TEMPLATE_HEADERS[i], translate(locale, `units.template.help.${key}` as MessageKey)]);
	}
	const buffer = await book.xlsx.writeBuffer();
	return new Uint8Array(buffer as ArrayBuffer);
}
