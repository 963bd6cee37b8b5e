// Explanations as a download (CSV / Excel): one row per explanation, names not codes first.
import { translate as tr } from '$lib/i18n/translate';
import type { Locale } from '$lib/i18n/types';
import type { ExportTable } from '../exports/table-file';
import { labelColumns } from '../exports/columns';
import type { Explanation } from './queries';
import { formatDayMonthYear } from '$lib/dates/day-month-year';

export function explanationsTable(locale: Locale, title: string, rows: readonly Explanation[]): ExportTable {
	const vi = locale === 'vi';
	return {
		title,
		sheet: tr(locale, 'explanations.title'),
		columns: labelColumns(locale, {
			'explanations.col.school': 30,
			'table.code': 16,
			'explanations.col.indicator': 36,
			'explanations.col.period': 16,
			'explanations.col.status': 14,
			'explanations.cause': 40,
			'explanations.measures': 40,
			'explanations.expectedShort': 14
		}),
		rows: rows.map((e) => [
			e.unitName,
			e.unitCode,
			vi ? e.indicatorNameVi : e.indicatorNameEn,
			vi ? e.periodLabelVi : e.periodLabelEn,
			e.status === 'off_track' || e.status === 'at_risk' ? tr(locale, `explanations.status.${e.status}`) : '',
			e.cause,
			e.measures,
			e.expectedDate ? formatDayMonthYear(e.expectedDate.slice(0, 10)) : null
		])
	};
}
