// What each dashboard page loads: one function per page, called by its route after the access check.
import type { Db } from '../db';
import type { AuthUser } from '../auth/user';
import type { UnitRow } from '../units/queries';
import type { DashboardQuery } from '$lib/schemas/dashboards';
import { unitCrumbs } from './crumbs';
import { loadOverview } from './overview';
import { resolveSelection, selectionParams } from './selection';
import { loadIndicatorMeta } from './catalogue';
import { loadIndicator } from './indicator';
import { loadSchool } from './school';
import { loadSchoolDuties } from './school-duties';
import { can } from '../auth/access';
import { renderChart, renderCharts } from '../charts/render-svg';
import type { Locale } from '$lib/i18n/types';

export async function loadOverviewPage(db: Db, user: AuthUser, unit: UnitRow, query: DashboardQuery) {
	const ctx = await resolveSelection(db, unit, query);
	const params = selectionParams(ctx.selection);
	const [overview, crumbs] = await Promise.all([
		loadOverview(db, unit, ctx),
		unitCrumbs(db, user, unit, params)
	]);
	return {
		unit: { code: unit.code, name: unit.name, type: unit.type },
		crumbs,
		ctx,
		params,
		overview
	};
}

/** The indicator page with every school's line (the downloads use it). */
export async function indicatorPageData(
	db: Db,
	user: AuthUser,
	unit: UnitRow,
	indicatorCode: string,
	query: DashboardQuery,
	locale: Locale
) {
	const [ctx, indicators] = await Promise.all([resolveSelection(db, unit, query), loadIndicatorMeta(db)]);
	const meta = indicators.find((i) => i.code === indicatorCode);
	if (!meta) return null;
	const params = selectionParams(ctx.selection);
	const [{ specs, ...page }, crumbs] = await Promise.all([
		loadIndicator(db, unit, meta, ctx, locale),
		unitCrumbs(db, user, unit, params)
	]);
	return {
		unit: { code: unit.code, name: unit.name, type: unit.type },
		indicator: {
			code: meta.code,
			name: { vi: meta.nameVi, en: meta.nameEn },
			unit: meta.unit,
			direction: meta.direction,
			group: meta.group
		},
		crumbs,
		ctx,
		params,
		charts: renderCharts(locale, specs),
		...page
	};
}

/** What the indicator page is sent: the lists are capped, every school is in the chart and downloads. */
export async function loadIndicatorPage(...args: Parameters<typeof indicatorPageData>) {
	const data = await indicatorPageData(...args);
	if (!data) return null;
	const { schools: _all, ...page } = data;
	return page;
}

export async function loadSchoolPage(
	db: Db,
	user: AuthUser,
	school: UnitRow,
	query: DashboardQuery,
	locale: Locale
) {
	const ctx = await resolveSelection(db, school, query);
	const params = selectionParams(ctx.selection);
	const [{ trendSpec, ...page }, crumbs, duties] = await Promise.all([
		loadSchool(db, school, ctx, query.ind, locale),
		unitCrumbs(db, user, school, params),
		loadSchoolDuties(db, user, school)
	]);
	return {
		school: {
			code: school.code,
			name: school.name,
			level: school.schoolLevel,
			ownership: school.ownership,
			contactName: school.contactName,
			contactPhone: school.contactPhone
		},
		canEnter: can(user, 'submit_figures', school),
		crumbs,
		ctx,
		params,
		trend: trendSpec ? renderChart(locale, trendSpec) : null,
		duties,
		...page
	};
}
