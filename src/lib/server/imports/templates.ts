// Templates schools fill in: wide (one row per school, one column per figure) as .xlsx and CSV, and
// the long layout for integrations. Everything they write, read-file.ts reads back.
import ExcelJS from 'exceljs';
import { translate } from '../../i18n/translate';
import type { Locale } from '../../i18n/types';
import { neutraliseCell } from './neutralise';
import { csvBytes, type CsvDialect } from '../exports/csv-dialect';
import type { ValueType } from './parse-number';
import { MAX_FILE_BYTES, MAX_ROWS } from './types';

export type TemplateSchool = { code: string; name: string; level: string };
export type TemplateElement = {
	code: string;
	nameVi: string;
	nameEn: string;
	valueType: ValueType;
	maxLevel?: number | null;
	/** Base levels (MN, TH, THCS, THPT) the figure applies to; cells of other schools are greyed out. */
	levels?: readonly string[];
};
export type TemplateInput = {
	schools: readonly TemplateSchool[];
	/** Normalised period key, e.g. '2024-2025/CUOI_NAM'. */
	period: string;
	periodLabel: string;
	/** Already filtered to the form and the schools' levels. */
	elements: readonly TemplateElement[];
	locale: Locale;
};

const FIXED_COLUMNS = 3;
const TITLE_ROWS = 2;
const HEADER_ROW = TITLE_ROWS + 1;
const GREY = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE7E9EE' } } as const;
const HEADER_FILL = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9E2F3' } } as const;
const THIN = { style: 'thin', color: { argb: 'FFB4B9C4' } } as const;
const BORDER = { top: THIN, left: THIN, bottom: THIN, right: THIN };

/** exceljs validates ranges ('D4:D40') through this member, which its typings leave out. */
type RangeValidations = { dataValidations: { add(range: string, validation: ExcelJS.DataValidation): void } };

/** Whether a figure applies to a school; combined levels ('TH_THCS') take each part's figures. */
export function appliesTo(element: TemplateElement, school: TemplateSchool): boolean {
	if (!element.levels) return true;
	return school.level.split('_').some((part) => element.levels!.includes(part));
}

export function figureHeader(element: TemplateElement, locale: Locale): string {
	return `${locale === 'en' ? element.nameEn : element.nameVi} (${element.code})`;
}

function typeHint(element: TemplateElement, locale: Locale): string {
	return translate(locale, `imports.read.template.type.${element.valueType}`, {
		max: element.maxLevel ?? 4
	});
}

function fixedHeaders(locale: Locale): string[] {
	return [
		translate(locale, 'imports.read.template.school'),
		translate(locale, 'imports.read.template.schoolName'),
		translate(locale, 'imports.read.template.period')
	];
}

function title(input: TemplateInput): string {
	return translate(input.locale, 'imports.read.template.title', {
		periodLabel: input.periodLabel,
		period: input.period
	});
}

function validationFor(element: TemplateElement, locale: Locale): ExcelJS.DataValidation {
	const common = {
		allowBlank: true,
		showErrorMessage: true,
		showInputMessage: true,
		errorStyle: 'stop',
		errorTitle: translate(locale, 'imports.read.template.invalidTitle'),
		error: typeHint(element, locale),
		promptTitle: element.code,
		prompt: typeHint(element, locale)
	} as const;
	switch (element.valueType) {
		case 'count':
			return { ...common, type: 'whole', operator: 'greaterThanOrEqual', formulae: [0] };
		case 'yes_no':
			return { ...common, type: 'list', formulae: ['"0,1"'] };
		case 'level':
			return { ...common, type: 'whole', operator: 'between', formulae: [0, element.maxLevel ?? 4] };
		case 'decimal':
			return { ...common, type: 'decimal', operator: 'greaterThanOrEqual', formulae: [0] };
	}
}

function notApplicableValidation(locale: Locale): ExcelJS.DataValidation {
	const message = translate(locale, 'imports.read.template.notApplicable');
	return {
		type: 'textLength',
		operator: 'equal',
		formulae: [0],
		allowBlank: true,
		showErrorMessage: true,
		errorTitle: translate(locale, 'imports.read.template.invalidTitle'),
		error: message
	};
}

function addInstructions(workbook: ExcelJS.Workbook, input: TemplateInput): void {
	const { locale } = input;
	const sheet = workbook.addWorksheet(translate(locale, 'imports.read.template.helpSheet'));
	sheet.columns = [{ width: 22 }, { width: 60 }, { width: 44 }];
	sheet.addRow([translate(locale, 'imports.read.template.help.title')]).font = { bold: true, size: 14 };
	sheet.addRow([title(input)]);
	for (const n of [1, 2, 3, 4, 5] as const) {
		const line = translate(locale, `imports.read.template.help.${n}`, {
			mb: MAX_FILE_BYTES / 1024 / 1024,
			rows: MAX_ROWS.toLocaleString(locale === 'en' ? 'en-US' : 'vi-VN')
		});
		sheet.addRow([line]);
		sheet.mergeCells(sheet.rowCount, 1, sheet.rowCount, 3);
		sheet.getRow(sheet.rowCount).alignment = { wrapText: true, vertical: 'top' };
		sheet.getRow(sheet.rowCount).height = 32;
	}
	sheet.addRow([]);
	const head = sheet.addRow([
		translate(locale, 'imports.read.template.help.code'),
		translate(locale, 'imports.read.template.help.name'),
		translate(locale, 'imports.read.template.help.type')
	]);
	head.font = { bold: true };
	head.eachCell((cell) => (cell.fill = HEADER_FILL));
	for (const element of input.elements) {
		sheet.addRow([
			element.code,
			locale === 'en' ? element.nameEn : element.nameVi,
			typeHint(element, locale)
		]);
	}
}

export async function buildTemplateXlsx(input: TemplateInput): Promise<Uint8Array> {
	const { locale, schools, elements } = input;
	const workbook = new ExcelJS.Workbook();
	workbook.creator = 'Chỉ tiêu';
	const lastColumn = FIXED_COLUMNS + elements.length;
	const sheet = workbook.addWorksheet(translate(locale, 'imports.read.template.sheet'), {
		views: [{ state: 'frozen', xSplit: FIXED_COLUMNS, ySplit: HEADER_ROW }]
	});
	sheet.columns = [
		{ width: 20 },
		{ width: 36 },
		{ width: 22 },
		...elements.map((e) => ({ width: Math.min(28, Math.max(14, e.code.length + 4)) }))
	];

	sheet.getCell(1, 1).value = title(input);
	sheet.getCell(1, 1).font = { bold: true, size: 14 };
	sheet.getCell(2, 1).value = translate(locale, 'imports.read.template.subtitle');
	sheet.getCell(2, 1).font = { italic: true, color: { argb: 'FF555B66' } };
	if (lastColumn > 1) {
		sheet.mergeCells(1, 1, 1, lastColumn);
		sheet.mergeCells(2, 1, 2, lastColumn);
	}

	const header = sheet.getRow(HEADER_ROW);
	header.values = [...fixedHeaders(locale), ...elements.map((e) => figureHeader(e, locale))];
	header.height = 64;
	header.eachCell((cell) => {
		cell.font = { bold: true };
		cell.fill = HEADER_FILL;
		cell.border = BORDER;
		cell.alignment = { wrapText: true, vertical: 'middle', horizontal: 'center' };
	});

	schools.forEach((school, i) => {
		const row = sheet.getRow(HEADER_ROW + 1 + i);
		row.values = [school.code, school.name, input.period];
		for (let c = 1; c <= lastColumn; c++) {
			const cell = row.getCell(c);
			cell.border = BORDER;
			if (c <= FIXED_COLUMNS) cell.fill = GREY;
		}
	});

	const firstData = HEADER_ROW + 1;
	elements.forEach((element, e) => {
		const col = FIXED_COLUMNS + 1 + e;
		const letter = sheet.getColumn(col).letter;
		const valid = validationFor(element, locale);
		const blocked = notApplicableValidation(locale);
		sheet.getColumn(col).numFmt = element.valueType === 'count' ? '#,##0' : 'General';
		// Contiguous runs of applicable / not applicable rows, so that validation ranges never overlap.
		let start = 0;
		for (let i = 1; i <= schools.length; i++) {
			const applies = i < schools.length ? appliesTo(element, schools[i]) : null;
			const runApplies = appliesTo(element, schools[start]);
			if (applies === runApplies) continue;
			const range = `${letter}${firstData + start}:${letter}${firstData + i - 1}`;
			(sheet as unknown as RangeValidations).dataValidations.add(range, runApplies ? valid : blocked);
			if (!runApplies) {
				for (let r = start; r < i; r++) sheet.getCell(firstData + r, col).fill = GREY;
			}
			start = i;
		}
	});

	addInstructions(workbook, input);
	return new Uint8Array(await workbook.xlsx.writeBuffer());
}

/** The wide template as CSV: UTF-8 with a BOM, so Excel shows the Vietnamese headers. */
export function buildTemplateCsv(input: TemplateInput, dialect: CsvDialect = 'plain'): Uint8Array {
	const lines: string[][] = [
		[title(input)],
		[...fixedHeaders(input.locale), ...input.elements.map((e) => figureHeader(e, input.locale))]
	];
	for (const school of input.schools) {
		lines.push([
			neutraliseCell(school.code),
			neutraliseCell(school.name),
			input.period,
			...input.elements.map(() => '')
		]);
	}
	return csvBytes(lines, dialect);
}

export const LONG_HEADERS = ['ma_truong', 'ky_bao_cao', 'ma_chi_so', 'gia_tri', 'ghi_chu'] as const;

/** The long layout, one row per school and figure, for integrations. */
export function buildLongTemplateCsv(
	input: TemplateInput,
	options: { bom?: boolean; dialect?: CsvDialect } = {}
): Uint8Array {
	const lines: string[][] = [[...LONG_HEADERS]];
	for (const school of input.schools) {
		for (const element of input.elements) {
			if (appliesTo(element, school)) {
				lines.push([neutraliseCell(school.code), input.period, element.code, '', '']);
			}
		}
	}
	return csvBytes(lines, options.dialect ?? 'plain', options.bom ?? true);
}
