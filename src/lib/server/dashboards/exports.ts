// The tables the dashboards offer as downloads, built from the same loaders as the pages.
import type { Db } from '../db';
import type { AuthUser } from '../auth/user';
import type { UnitRow } from '../units/queries';
import type { DashboardQuery } from '$lib/schemas/dashboards';
import { translate as tr } from '$lib/i18n/translate';
import type { Locale } from '$lib/i18n/types';
import type { ExportTable } from '../exports/table-file';
import { indicatorPageData, loadOverviewPage, loadSchoolPage } from './pages';
import { rankWorstFirst } from '$lib/charts/ranked';
import { childrenTable, figuresTable, schoolLinesTable, scorecardTable } from './tables';
import { listExplanationsByCode } from '../explanations/queries';
import { findPeriod } from '../calendar/queries';
import { explanationsTable } from '../explanations/export-table';

export type ExportFile = { table: ExportTable; name: string };

function periodName(
	locale: Locale,
	ctx: { periods: { key: string; labelVi: string; labelEn: string }[] },
	key: string
) {
	const p = ctx.periods.find((x) => x.key === key);
	return p ? (locale === 'vi' ? p.labelVi : p.labelEn) : key;
}

function exportTitle(locale: Locale, what: string, unit: string, period: string): string {
	return tr(locale, 'dash.export.title', { what, unit, period });
}

export async function exportOverview(
	db: Db,
	user: AuthUser,
	unit: UnitRow,
	query: DashboardQuery,
	which: string,
	locale: Locale
): Promise<ExportFile | null> {
	if (which === 'explanations') return exportExplanations(db, unit, query, locale);
	if (!['scorecard', 'areas', 'schools'].includes(which)) return null;
	const page = await loadOverviewPage(db, user, unit, query);
	const sel = page.ctx.selection;
	const name = `${which}-${unit.code}-${sel.year}-${sel.period}`;
	const title = (what: string) =>
		exportTitle(locale, what, unit.name, periodName(locale, page.ctx, sel.period));
	const o = page.overview;
	if (which === 'scorecard') {
		const what = tr(locale, 'dash.overview.scorecard');
		return { name, table: scorecardTable(locale, title(what), o.scorecard, true) };
	}
	const what = tr(locale, which === 'areas' ? 'dash.children.areas' : 'dash.children.schoolsLabel');
	const rows = which === 'areas' ? o.areas : o.schools;
	return { name, table: childrenTable(locale, title(what), rows, o.indicatorNames) };
}

export async function exportIndicator(
	db: Db,
	user: AuthUser,
	unit: UnitRow,
	indicator: string,
	query: DashboardQuery,
	which: string,
	locale: Locale
): Promise<ExportFile | null> {
	if (which === 'explanations') return exportExplanations(db, unit, query, locale, indicator);
	if (which !== 'schools') return null;
	const page = await indicatorPageData(db, user, unit, indicator, query, locale);
	if (!page) return null;
	const sel = page.ctx.selection;
	const ranked = page.charts.ranked.spec;
	const byCode = new Map(page.schools.map((s) => [s.code, s]));
	const sorted =
		ranked.kind === 'ranked'
			? rankWorstFirst(ranked.input.items, ranked.input.direction, ranked.input.guide).map((i) =>
					byCode.get(i.code)!
				)
			: page.schools;
	const title = exportTitle(
		locale,
		page.indicator.name[locale],
		unit.name,
		periodName(locale, page.ctx, sel.period)
	);
	return {
		name: `${indicator}-${unit.code}-${sel.year}-${sel.period}`,
		table: schoolLinesTable(locale, title, sorted)
	};
}

export async function exportSchool(
	db: Db,
	user: AuthUser,
	school: UnitRow,
	query: DashboardQuery,
	which: string,
	locale: Locale
): Promise<ExportFile | null> {
	if (which === 'explanations') return exportExplanations(db, school, query, locale);
	if (which !== 'indicators' && which !== 'figures') return null;
	const page = await loadSchoolPage(db, user, school, query, locale);
	const sel = page.ctx.selection;
	const name = `${which}-${school.code}-${sel.year}-${sel.period}`;
	const title = (what: string) =>
		exportTitle(locale, what, school.name, periodName(locale, page.ctx, sel.period));
	if (which === 'figures')
		return { name, table: figuresTable(locale, title(tr(locale, 'dash.school.figuresShort')), page.figures) };
	const what = tr(locale, 'dash.school.indicatorsShort');
	return { name, table: scorecardTable(locale, title(what), page.scorecard, false) };
}

/** The explanations (giải trình) written under the unit at the period of the view. */
async function exportExplanations(
	db: Db,
	unit: UnitRow,
	query: DashboardQuery,
	locale: Locale,
	indicatorCode?: string
): Promise<ExportFile | null> {
	if (!query.year || !query.period) return null;
	const rows = await listExplanationsByCode(db, {
		unitCode: unit.code,
		yearCode: query.year,
		periodKey: query.period,
		indicatorCode
	});
	const period = await findPeriod(db, query.year, query.period);
	if (!rows || !period) return null;
	const title = exportTitle(
		locale,
		tr(locale, 'explanations.title'),
		unit.name,
		`${locale === 'vi' ? period.labelVi : period.labelEn} ${query.year}`
	);
	return {
		name: `explanations-${unit.code}-${query.year}-${query.period}`,
		table: explanationsTable(locale, title, rows)
	};
}
