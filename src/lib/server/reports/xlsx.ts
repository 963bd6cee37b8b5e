// Spreadsheets for people: the district's list of schools still owing a report (to phone them)
// and the inspector's worklist. Vietnamese or English headers, text cells only (never formulas).
import ExcelJS from 'exceljs';
import type { MessageKey } from '../../i18n/catalogue';
import { translate } from '../../i18n/translate';
import type { Locale } from '../../i18n/types';
import type { Completeness } from '../calendar/board';
import type { Worklist } from '../inspection/worklist';
import { formatMeasure, formatTarget } from '../../components/inspection/format-target';
import { formatDayMonthYear } from '$lib/dates/day-month-year';

type Column = { key: MessageKey; width: number };

function sheet(workbook: ExcelJS.Workbook, name: string, locale: Locale, title: string, columns: Column[]) {
	const ws = workbook.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 2 }] });
	ws.addRow([title]).font = { bold: true, size: 13 };
	const header = ws.addRow(columns.map((c) => translate(locale, c.key)));
	header.font = { bold: true };
	header.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE6EEF5' } };
	columns.forEach((c, i) => (ws.getColumn(i + 1).width = c.width));
	return ws;
}

async function toBytes(workbook: ExcelJS.Workbook): Promise<Uint8Array> {
	return new Uint8Array(await workbook.xlsx.writeBuffer());
}

/** School, code, contact person, phone, deadline, days left (negative: overdue), status. */
export async function missingSchoolsWorkbook(board: Completeness, locale: Locale): Promise<Uint8Array> {
	const workbook = new ExcelJS.Workbook();
	const p = board.period;
	const title = translate(locale, 'reporting.xlsx.missingTitle', {
		period: locale === 'vi' ? p.labelVi : p.labelEn,
		area: board.unit.name
	});
	const ws = sheet(workbook, translate(locale, 'reporting.xlsx.missingSheet'), locale, title, [
		{ key: 'reporting.board.school', width: 42 },
		{ key: 'table.code', width: 20 },
		{ key: 'reporting.xlsx.contact', width: 26 },
		{ key: 'reporting.xlsx.phone', width: 14 },
		{ key: 'reporting.board.schoolDeadline', width: 14 },
		{ key: 'reporting.xlsx.daysLeft', width: 16 },
		{ key: 'reporting.board.status', width: 18 }
	]);
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
	return toBytes(workbook);
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
	const ws = sheet(workbook, translate(locale, 'inspection.xlsx.sheet'), locale, title, [
		{ key: 'inspection.col.rank', width: 6 },
		{ key: 'reporting.board.school', width: 40 },
		{ key: 'table.code', width: 20 },
		{ key: 'table.level', width: 12 },
		{ key: 'inspection.col.severity', width: 10 },
		{ key: 'inspection.col.missed', width: 10 },
		{ key: 'inspection.col.aboveBand', width: 10 },
		{ key: 'inspection.col.worsening', width: 10 },
		{ key: 'inspection.col.lateReports', width: 10 },
		{ key: 'inspection.col.missingReports', width: 10 },
		{ key: 'inspection.col.openFindings', width: 10 },
		{ key: 'inspection.col.evidence', width: 80 }
	]);
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
	return toBytes(workbook);
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
