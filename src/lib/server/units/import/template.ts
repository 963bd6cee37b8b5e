// The school list templates: the columns the import reads (Vietnamese headers, accepted in both
// languages), drop-down lists of the accepted values in the Excel one, and a sheet of explanations.
import ExcelJS from 'exceljs';
import { translate } from '../../../i18n/translate';
import type { MessageKey } from '../../../i18n/catalogue';
import type { Locale } from '../../../i18n/types';
import { UNIT_FIELDS, type UnitField } from './columns';

const HEADER_OF: Record<UnitField, string> = {
	code: 'Mã đơn vị',
	name: 'Tên đơn vị',
	type: 'Loại',
	parent: 'Mã đơn vị cấp trên',
	level: 'Cấp học',
	ownership: 'Loại hình',
	ministryCode: 'Mã trường CSDL',
	address: 'Địa chỉ',
	phone: 'Điện thoại',
	head: 'Hiệu trưởng'
};
export const TEMPLATE_HEADERS = UNIT_FIELDS.map((f) => HEADER_OF[f]);
const TYPES = ['Sở', 'Phòng', 'Xã', 'Phường', 'Cụm', 'Trường'];
const LEVELS = ['Mầm non', 'Tiểu học', 'THCS', 'THPT', 'TH&THCS', 'THCS&THPT'];
const OWNERSHIPS = ['Công lập', 'Ngoài công lập'];
const ROWS = 3000;

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
	for (const [i, key] of UNIT_FIELDS.entries()) {
		help.addRow([TEMPLATE_HEADERS[i], translate(locale, `units.template.help.${key}` as MessageKey)]);
	}
	const buffer = await book.xlsx.writeBuffer();
	return new Uint8Array(buffer as ArrayBuffer);
}
