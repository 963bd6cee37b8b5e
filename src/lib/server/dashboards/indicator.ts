// The indicator page: one indicator under a unit over the year, and every school ranked by it.
import type { Db } from '../db';
import type { UnitRow } from '../units/queries';
import type { EvaluationRow } from '../../domain/evaluation';
import { evaluate, tryEvaluateSchools } from '../evaluation/queries';
import { yearOnYear } from '$lib/dashboards/change';
import { listSchoolAreas } from '../comparisons/school-areas';
import { translate } from '$lib/i18n/translate';
import type { Locale } from '$lib/i18n/types';
import { targetGuide, type TargetGuide } from '$lib/charts/target-guide';
import type { ChartSpec } from '$lib/charts/spec';
import { compareSchoolNames } from '$lib/charts/ranked';
import { shortPeriodLabel } from '$lib/dashboards/period-label';
import { collectionPeriods, type IndicatorMeta } from './catalogue';
import { explanation, targetText } from './scorecard';
import { collectSeries, type SeriesPoint } from './series';
import { evaluationFilters, listPeriods, type SelectionContext } from './selection';
import { statusLabels } from './labels';
import type { SchoolLine } from '../../domain/dashboards';
export type { SchoolLine } from '../../domain/dashboards';

const LIST_LIMIT = 50;

/** Months line up with the same month of another year; plan periods with the same key. */
const slot = (key: string) => (/^\d{4}-\d{2}$/.test(key) ? key.slice(5) : key);

export function alignPrevious(current: SeriesPoint[], previous: SeriesPoint[]): (number | null)[] {
	const bySlot = new Map(previous.map((p) => [slot(p.period), p.value]));
	return current.map((p) => bySlot.get(slot(p.period)) ?? null);
}

function toLine(
	row: EvaluationRow,
	lastYear: Map<string, number | null>,
	areas: Map<string, string>
): SchoolLine {
	return {
		code: row.unit,
		name: row.unitName,
		actual: row.actual,
		status: row.status,
		aboveTarget: row.aboveTarget ?? null,
		gap: row.gap,
		targetText: targetText(row),
		ownTarget: row.target?.scope === 'school',
		...yearOnYear(row.actual, lastYear.get(row.unit)),
		area: areas.get(row.unit) ?? null
	};
}

/** The indicator's trend over the periods of the year, the previous year beside it, as a chart spec. */
export async function loadTrend(
	db: Db,
	args: {
		unitCode: string;
		meta: IndicatorMeta;
		ctx: SelectionContext;
		filters: ReturnType<typeof evaluationFilters>;
		guide: TargetGuide | null;
		locale: Locale;
		/** The selected period's rows for this indicator, when they are being evaluated anyway. */
		shared?: Promise<EvaluationRow[]>;
	}
): Promise<ChartSpec> {
	const { meta, ctx, locale } = args;
	const periods = collectionPeriods(meta.forms, ctx.periods);
	const previousPeriods = ctx.previousYear
		? collectionPeriods(meta.forms, await listPeriods(db, ctx.previousYear))
		: [];
	const base = { unitCode: args.unitCode, indicators: [meta], filters: args.filters };
	const [current, previous] = await Promise.all([
		collectSeries(db, {
			...base,
			yearCode: ctx.selection.year,
			periods,
			shared: args.shared ? { period: ctx.selection.period, rows: args.shared } : undefined
		}),
		ctx.previousYear
			? collectSeries(db, { ...base, yearCode: ctx.previousYear, periods: previousPeriods })
			: Promise.resolve(new Map<string, SeriesPoint[]>())
	]);
	const points = current.get(meta.code) ?? [];
	return {
		kind: 'trend',
		input: {
			periods: points.map((p) => shortPeriodLabel(locale, p.period)),
			current: points.map((p) => p.value),
			previous: alignPrevious(points, previous.get(meta.code) ?? []),
			statuses: points.map((p) => p.status),
			guide: args.guide,
			unit: meta.unit,
			names: {
				target: translate(locale, 'dash.col.target'),
				status: translate(locale, 'dash.col.status'),
				current: ctx.selection.year,
				previous: ctx.previousYear ?? ''
			},
			statusLabels: statusLabels(locale)
		}
	};
}

export async function loadIndicator(
	db: Db,
	unit: UnitRow,
	meta: IndicatorMeta,
	ctx: SelectionContext,
	locale: Locale
) {
	const { selection } = ctx;
	const filters = evaluationFilters(selection);
	const selfP = evaluate(db, {
		unitCode: unit.code,
		yearCode: selection.year,
		periodKey: selection.period,
		indicatorCodes: [meta.code],
		filters
	});
	const schoolsOf = (yearCode: string) =>
		tryEvaluateSchools(db, {
			unitCode: unit.code,
			yearCode,
			periodKey: selection.period,
			indicatorCode: meta.code,
			filters
		});
	const [selfRows, schoolOutcome, trend, previousOutcome, areas] = await Promise.all([
		selfP,
		schoolsOf(selection.year),
		loadTrend(db, { unitCode: unit.code, meta, ctx, filters, guide: null, locale, shared: selfP }),
		// Last year's schools with last year's placements and formula (a year without the period: none).
		ctx.previousYear ? schoolsOf(ctx.previousYear) : null,
		unit.type === 'school' ? new Map<string, string>() : listSchoolAreas(db, unit, selection.year)
	]);
	if (!schoolOutcome.ok) throw new Error(`cannot evaluate the schools of ${unit.code}`);
	const schoolRows = schoolOutcome.rows;
	const lastYear = new Map(
		previousOutcome?.ok ? previousOutcome.rows.map((r) => [r.unit, r.actual] as const) : []
	);
	const self = selfRows.find((r) => r.unit === unit.code) ?? null;
	const guide = targetGuide(self?.target ?? null, self?.baseline?.value ?? null);
	const labels = statusLabels(locale);
	if (trend.kind === 'trend') trend.input.guide = guide;
	const names = {
		target: translate(locale, 'dash.col.target'),
		status: translate(locale, 'dash.col.status')
	};
	const specs: Record<'trend' | 'ranked' | 'histogram', ChartSpec> = {
		trend,
		ranked: {
			kind: 'ranked',
			input: {
				items: schoolRows.map((r) => ({
					code: r.unit,
					name: r.unitName,
					value: r.actual,
					status: r.status,
					gap: r.gap,
					ownTarget: r.target?.scope === 'school',
					area: areas.get(r.unit) ?? null,
					hasTarget: r.target !== null
				})),
				direction: meta.direction,
				guide,
				unit: meta.unit,
				names: {
					...names,
					value: translate(locale, 'dash.col.value'),
					school: translate(locale, 'dash.col.school'),
					gap: translate(locale, 'dash.col.gap'),
					ownTarget: translate(locale, 'dash.ownTarget'),
					area: translate(locale, 'cmp.areas.district'),
					noTarget: translate(locale, 'targets.noTarget')
				},
				statusLabels: labels
			}
		},
		histogram: {
			kind: 'histogram',
			input: {
				values: schoolRows.map((r) => r.actual),
				direction: meta.direction,
				guide,
				unit: meta.unit,
				names: {
					range: translate(locale, 'dash.indicator.range'),
					schools: translate(locale, 'dash.indicator.schoolCount'),
					target: names.target
				}
			}
		}
	};
	const lines = schoolRows.map((r) => toLine(r, lastYear, areas));
	const under = lines
		.filter((l) => l.status === 'off_track' || l.status === 'at_risk')
		.sort((a, b) => (a.gap ?? 0) - (b.gap ?? 0) || compareSchoolNames(a, b));
	const above = lines
		.filter((l) => l.status === 'above_band')
		.sort((a, b) => (b.actual ?? 0) - (a.actual ?? 0) || compareSchoolNames(a, b));
	const missing = lines.filter((l) => l.status === 'no_data' && l.actual === null);
	return {
		self: self
			? {
					actual: self.actual,
					status: self.status,
					aboveTarget: self.aboveTarget ?? null,
					gap: self.gap,
					numerator: self.numerator,
					denominator: self.denominator,
					actualPeriod: self.actualPeriod !== self.period ? self.actualPeriod : null,
					hasTarget: !!self.target,
					targetText: targetText(self),
					explain: explanation(self)
				}
			: null,
		specs,
		// The page lists the worst LIST_LIMIT of each; the downloads have every school.
		under: under.slice(0, LIST_LIMIT),
		underTotal: under.length,
		above: above.slice(0, LIST_LIMIT),
		aboveTotal: above.length,
		missing: missing.slice(0, LIST_LIMIT),
		missingTotal: missing.length,
		schoolCount: lines.length,
		schools: lines
	};
}
