// The area overview: the scorecard of a province, district or commune and its sub-units' statuses.
import { eq } from 'drizzle-orm';
import type { Db } from '../db';
import * as table from '../db/schema';
import type { UnitRow } from '../units/queries';
import { evaluate } from '../evaluation/queries';
import type { EvaluationRow } from '../../domain/evaluation';
import { loadIndicatorMeta } from './catalogue';
import { buildScorecard, countStatuses, type ScorecardGroup } from './scorecard';
import { evaluateYears, yearSeries } from './series';

/** How many school years the scorecard's sparklines span. */
const SPARK_YEARS = 4;
import { evaluationFilters, type SelectionContext } from './selection';
import type { ChildRow } from '../../domain/dashboards';
export type { ChildRow } from '../../domain/dashboards';

export type Overview = {
	scorecard: ScorecardGroup[];
	/** The school years of the sparklines, oldest first. */
	sparkYears: string[];
	areas: ChildRow[];
	schools: ChildRow[];
	indicatorNames: Record<string, { vi: string; en: string }>;
};

async function childUnits(db: Db, unit: UnitRow) {
	return db
		.select({
			code: table.units.code,
			name: table.units.name,
			type: table.units.type,
			level: table.units.schoolLevel,
			ownership: table.units.ownership
		})
		.from(table.units)
		.where(eq(table.units.parentId, unit.id));
}

export function buildChildRows(
	units: { code: string; name: string; type: string; level: string | null; ownership: string | null }[],
	rows: EvaluationRow[]
): ChildRow[] {
	const byUnit = new Map<string, EvaluationRow[]>();
	for (const r of rows) {
		let list = byUnit.get(r.unit);
		if (!list) byUnit.set(r.unit, (list = []));
		list.push(r);
	}
	return units
		.filter((u) => byUnit.has(u.code))
		.map((u) => {
			const own = byUnit.get(u.code)!;
			return {
				...u,
				counts: countStatuses(own),
				offTrack: own.filter((r) => r.status === 'off_track').map((r) => r.indicator)
			};
		})
		.sort(
			(a, b) =>
				b.counts.off_track - a.counts.off_track ||
				b.counts.at_risk - a.counts.at_risk ||
				a.name.localeCompare(b.name, 'vi')
		);
}

export async function loadOverview(db: Db, unit: UnitRow, ctx: SelectionContext): Promise<Overview> {
	const { selection } = ctx;
	const filters = evaluationFilters(selection);
	const yearIndex = ctx.years.findIndex((y) => y.code === selection.year);
	const earlierYears = ctx.years
		.slice(yearIndex + 1, yearIndex + SPARK_YEARS)
		.map((y) => y.code)
		.reverse();
	const [indicators, rows, units, earlier] = await Promise.all([
		loadIndicatorMeta(db),
		evaluate(db, {
			unitCode: unit.code,
			yearCode: selection.year,
			periodKey: selection.period,
			children: true,
			withSelf: true,
			filters
		}),
		childUnits(db, unit),
		evaluateYears(db, { unitCode: unit.code, periodKey: selection.period, years: earlierYears, filters })
	]);
	const self = rows.filter((r) => r.unit === unit.code);
	const kids = rows.filter((r) => r.unit !== unit.code);
	const spark = yearSeries(
		unit.code,
		[...earlier, self],
		self.map((r) => r.indicator)
	);
	const children = buildChildRows(units, kids);
	// The sparkline's last earlier year is the previous one: "cùng kỳ năm trước" costs no extra query.
	const previous = earlierYears.at(-1) === ctx.previousYear ? earlier.at(-1) : undefined;
	return {
		scorecard: buildScorecard({
			indicators,
			self,
			children: kids,
			spark,
			previous: previous?.filter((r) => r.unit === unit.code)
		}),
		sparkYears: [...earlierYears, selection.year],
		areas: children.filter((c) => c.type !== 'school'),
		schools: children.filter((c) => c.type === 'school'),
		indicatorNames: Object.fromEntries(indicators.map((i) => [i.code, { vi: i.nameVi, en: i.nameEn }]))
	};
}
