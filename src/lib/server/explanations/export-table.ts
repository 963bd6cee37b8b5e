// Explanations as a download (CSV / Excel): one row per explanation, names not codes first.
import { translate as tr } from '$lib/i18n/translate';
import type { Locale } from '$lib/i18n/types';
import type { ExportTable } from '../exports/table-file';
import type { Explanation } from './queries';
import { formatDayMonthYear } from '$lib/dates/day-month-year';

export function explanationsTable(locale: Locale, title: string, rows: readonly Explanation[]): ExportTable {
	const vi = locale === 'vi';
	return {
		title,
		sheet: tr(locale, 'explanations.title'),
		columns: [
			{ label: tr(locale, 'explanations.col.school'), width: 30 },
			{ label: tr(locale, 'table.code'), width: 16 },
			{ label: tr(locale, 'explanations.col.indicator'), width: 36 },
			{ label: tr(locale, 'explanations.col.period'), width: 16 },
			{ label: tr(locale, 'explanations.col.status'), width: 14 },
			{ label: tr(locale, 'explanations.cause'), width: 40 },
			{ label: tr(locale, 'explanations.measures'), width: 40 },
			{ label: tr(locale, 'explanations.expectedShort'), width: 14 }
		],
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
