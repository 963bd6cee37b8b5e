// The dashboards' tables as export tables (CSV/XLSX), in the reader's language.
import { translate as tr } from '$lib/i18n/translate';
import type { Locale } from '$lib/i18n/types';
import { STATUS_ORDER } from '$lib/charts/palette';
import type { ExportTable } from '../exports/table-file';
import { labelColumns } from '../exports/columns';
import type { ChildRow } from './overview';
import type { SchoolLine } from './indicator';
import type { ScorecardGroup } from './scorecard';
import type { FigureLine } from './school';
import type { EvaluationStatus } from '../../domain/evaluation';
import { statusLabelKey, type AboveTargetRule } from '../../domain/above-target';

const status = (locale: Locale, s: EvaluationStatus, above?: AboveTargetRule | null) =>
	tr(locale, statusLabelKey(s, above));

export function scorecardTable(
	locale: Locale,
	title: string,
	groups: ScorecardGroup[],
	withCounts: boolean
): ExportTable {
	const counts = withCounts ? STATUS_ORDER : [];
	return {
		title,
		sheet: tr(locale, 'dash.overview.scorecard'),
		columns: [
			...labelColumns(locale, {
				'dash.export.group': 28,
				'table.code': 20,
				'dash.col.indicator': 48,
				'dash.col.actual': 12,
				'dash.export.unit': 8,
				'dash.col.target': 22,
				'dash.col.status': 18,
				'dash.col.gap': 10,
				'cmp.lastYear': 14,
				'cmp.change': 10
			}),
			...counts.map((s) => ({ label: `${tr(locale, 'dash.export.count')}: ${status(locale, s)}`, width: 12 }))
		],
		rows: groups.flatMap((g) =>
			g.rows.map((r) => [
				tr(locale, `dash.group.${g.key}`),
				r.code,
				r.name[locale],
				r.actual,
				r.unit === 'percent' ? '%' : '',
				r.targetText?.[locale] ?? tr(locale, 'targets.noTarget'),
				r.target ? status(locale, r.status, r.aboveTarget) : tr(locale, 'targets.noTarget'),
				r.gap,
				r.lastYear,
				r.change,
				...counts.map((s) => r.counts[s])
			])
		)
	};
}

export function childrenTable(
	locale: Locale,
	title: string,
	rows: ChildRow[],
	names: Record<string, { vi: string; en: string }>
): ExportTable {
	return {
		title,
		sheet: title.slice(0, 31),
		columns: [
			...labelColumns(locale, {
				'table.code': 20,
				'table.name': 40,
				'table.type': 16,
				'table.level': 14,
				'table.ownership': 16
			}),
			...STATUS_ORDER.map((s) => ({ label: status(locale, s), width: 12 })),
			...labelColumns(locale, { 'dash.children.offTrack': 60 })
		],
		rows: rows.map((r) => [
			r.code,
			r.name,
			tr(locale, `unit.type.${r.type as 'school'}`),
			r.level ? tr(locale, `level.${r.level as 'MN'}`) : '',
			r.ownership ? tr(locale, `ownership.${r.ownership as 'public'}`) : '',
			...STATUS_ORDER.map((s) => r.counts[s]),
			r.offTrack.map((c) => names[c]?.[locale] ?? c).join('; ')
		])
	};
}

export function schoolLinesTable(locale: Locale, title: string, lines: SchoolLine[]): ExportTable {
	const withArea = lines.some((l) => !!l.area);
	return {
		title,
		sheet: tr(locale, 'dash.indicator.rankedShort'),
		columns: [
			{ label: '#', width: 6 },
			...labelColumns(locale, { 'table.code': 20, 'dash.col.school': 40 }),
			...(withArea ? labelColumns(locale, { 'cmp.areas.district': 24 }) : []),
			...labelColumns(locale, {
				'dash.col.value': 12,
				'dash.col.target': 22,
				'dash.ownTarget': 12,
				'dash.col.gap': 10,
				'dash.col.status': 18,
				'cmp.lastYear': 14,
				'cmp.change': 10
			})
		],
		rows: lines.map((l, i) => [
			i + 1,
			l.code,
			l.name,
			...(withArea ? [l.area ?? ''] : []),
			l.actual,
			l.targetText?.[locale] ?? tr(locale, 'targets.noTarget'),
			l.ownTarget ? '✓' : '',
			l.gap,
			l.status === 'no_data' && l.actual !== null && !l.targetText
				? tr(locale, 'targets.noTarget')
				: status(locale, l.status, l.aboveTarget),
			l.lastYear,
			l.change
		])
	};
}

export function figuresTable(locale: Locale, title: string, figures: FigureLine[]): ExportTable {
	return {
		title,
		sheet: tr(locale, 'dash.school.figuresShort'),
		columns: labelColumns(locale, {
			'table.code': 22,
			'table.name': 56,
			'dash.col.value': 12,
			'dash.school.comment': 30
		}),
		rows: figures.map((f) => [f.code, locale === 'vi' ? f.nameVi : f.nameEn, f.value, f.comment])
	};
}
