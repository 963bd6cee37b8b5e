// Spreadsheets for people: the district's list of schools still owing a report (to phone them)
// and the inspector's worklist. Vietnamese or English headers, text cells only (never formulas).
import ExcelJS from 'exceljs';
import { translate } from '../../i18n/translate';
import type { Locale } from '../../i18n/types';
import type { Completeness } from '../calendar/board';
import type { Worklist } from '../inspection/worklist';
import { formatMeasure, formatTarget } from '../../components/inspection/format-target';
import { formatDayMonthYear } from '$lib/dates/day-month-year';
import { addTitledSheet, workbookBytes } from '../exports/table-file';
import { labelColumns } from '../exports/columns';

/** School, code, contact person, phone, deadline, days left (negative: overdue), status. */
export async function missingSchoolsWorkbook(board: Completeness, locale: Locale): Promise<Uint8Array> {
	const workbook = new ExcelJS.Workbook();
	const p = board.period;
	const title = translate(locale, 'reporting.xlsx.missingTitle', {
		period: locale === 'vi' ? p.labelVi : p.labelEn,
		area: board.unit.name
	});
	const columns = labelColumns(locale, {
		'reporting.board.school': 42,
		'table.code': 20,
		'reporting.xlsx.contact': 26,
		'reporting.xlsx.phone': 14,
		'reporting.board.schoolDeadline': 14,
		'reporting.xlsx.daysLeft': 16,
		'reporting.board.status': 18
	});
	const ws = addTitledSheet(workbook, translate(locale, 'reporting.xlsx.missingSheet'), title, columns);
	const owing = board.schools.filter(
		(x) => x.state === 'missing' || x.state === 'returned' || x.state === 'incomplete'
	);
	for (const s of owing) {
		ws.addRow([
			s.name,
			s.code,
			s.contactName ?? '',
			s.contactPhone ?? '',
			formatDayMonthYear(p.schoolDeadline),
			s.daysLeft,
			s.state === 'incomplete'
				? `${translate(locale, 'completeness.state.incomplete')}: ${s.missingFigures.join(', ')}`
				: translate(locale, `reporting.status.${s.status ?? 'none'}`)
		]);
	}
	return workbookBytes(workbook);
}

/** Rank, school, code, level, severity, missed targets, above band, worsening, late / missing reports, open findings, evidence. */
export async function worklistWorkbook(
	list: Worklist,
	areaName: string,
	locale: Locale
): Promise<Uint8Array> {
	const workbook = new ExcelJS.Workbook();
	const p = list.period;
	const title = translate(locale, 'inspection.xlsx.title', {
		area: areaName,
		period: locale === 'vi' ? p.labelVi : p.labelEn
	});
	const columns = labelColumns(locale, {
		'inspection.col.rank': 6,
		'reporting.board.school': 40,
		'table.code': 20,
		'table.level': 12,
		'inspection.col.severity': 10,
		'inspection.col.missed': 10,
		'inspection.col.aboveBand': 10,
		'inspection.col.worsening': 10,
		'inspection.col.lateReports': 10,
		'inspection.col.missingReports': 10,
		'inspection.col.openFindings': 10,
		'inspection.col.evidence': 80
	});
	const ws = addTitledSheet(workbook, translate(locale, 'inspection.xlsx.sheet'), title, columns);
	list.rows.forEach((r, i) => {
		const late = r.reports.filter((x) => x.state === 'late').length;
		const missing = r.reports.filter((x) => x.state === 'missing' || x.state === 'returned').length;
		const evidence = r.evidence
			.map((e) => {
				const name = locale === 'vi' ? e.name.vi : e.name.en;
				const status = translate(locale, `inspection.status.${e.status}`);
				const actual = formatMeasure(locale, e.unit, e.actual);
				return `${name}: ${status} (${actual}; ${formatTarget(locale, e.unit, e.target, e.baselineLabel)})`;
			})
			.join('; ');
		const row = ws.addRow([
			i + 1,
			r.school.name,
			r.school.code,
			translate(locale, `level.${r.school.level as 'MN'}`),
			r.severity.score,
			r.severity.missed,
			r.severity.aboveBand,
			r.severity.worsening,
			late,
			missing,
			r.openFindings.length,
			evidence
		]);
		row.getCell(12).alignment = { wrapText: true, vertical: 'top' };
	});
	return workbookBytes(workbook);
}

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Content-Disposition with a UTF-8 file name. */
export function attachment(fileName: string): string {
	const ascii = fileName
		.normalize('NFD')
		.replace(/[^\x20-\x7e]/g, '')
		.replace(/"/g, '');
	return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}
