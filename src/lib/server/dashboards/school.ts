// The school page: every indicator of the school against its targets (its own ones marked),
// trends, its submissions with status and version, and its figures for a period.
import { and, asc, eq, sql } from 'drizzle-orm';
import { queryRows, type Db } from '../db';
import * as col from '../db/rows';
import * as table from '../db/schema';
import { SUBMISSION_STATUSES } from '../submissions/workflow';
import type { UnitRow } from '../units/queries';
import { evaluate } from '../evaluation/queries';
import { targetGuide } from '$lib/charts/target-guide';
import type { Locale } from '$lib/i18n/types';
import { loadMissingFigures } from '../submissions/missing-figures';
import { loadIndicatorMeta } from './catalogue';
import { loadTrend } from './indicator';
import { buildScorecard } from './scorecard';
import { evaluateYears, yearSeries } from './series';
import type { SelectionContext } from './selection';
import { toInstantOrNull } from '../db/row-values';

export type SubmissionLine = {
	id: number;
	period: string;
	labelVi: string;
	labelEn: string;
	status: 'draft' | 'submitted' | 'returned' | 'approved';
	version: number;
	submittedAt: string | null;
	figures: number;
	/** Required figures of the period's form the report lacks (the school's level). */
	missing: string[];
};

export type FigureLine = {
	code: string;
	nameVi: string;
	nameEn: string;
	value: number;
	comment: string | null;
};

const readStatus = col.oneOf(SUBMISSION_STATUSES);

export async function listSubmissions(db: Db, unitId: number, yearCode: string): Promise<SubmissionLine[]> {
	const rows = await queryRows(
		db,
		sql`select s.id, p.key as period, p.label_vi as "labelVi", p.label_en as "labelEn", s.status, s.version,
		       s.submitted_at as "submittedAt",
		       (select count(*) from figures f where f.submission_id = s.id)::int as figures
		from submissions s
		join periods p on p.id = s.period_id
		join school_years y on y.id = p.school_year_id
		where s.unit_id = ${unitId} and y.code = ${yearCode}
		order by p.sort_order`,
		(r) => ({
			id: col.int(r.id),
			period: col.text(r.period),
			labelVi: col.text(r.labelVi),
			labelEn: col.text(r.labelEn),
			status: readStatus(r.status),
			version: col.int(r.version),
			submittedAt: toInstantOrNull(col.dateOrNull(r.submittedAt)),
			figures: col.int(r.figures)
		})
	);
	const missing = await loadMissingFigures(
		db,
		rows.map((r) => r.id)
	);
	return rows.map((r) => ({ ...r, missing: missing.get(r.id) ?? [] }));
}

export async function listFigures(
	db: Db,
	unitId: number,
	yearCode: string,
	periodKey: string
): Promise<FigureLine[]> {
	const { figures, dataElements: d, submissions: s, periods: p, schoolYears: y } = table;
	return db
		.select({
			code: d.code,
			nameVi: d.nameVi,
			nameEn: d.nameEn,
			value: figures.value,
			comment: figures.comment
		})
		.from(figures)
		.innerJoin(d, eq(d.id, figures.dataElementId))
		.innerJoin(s, eq(s.id, figures.submissionId))
		.innerJoin(p, eq(p.id, s.periodId))
		.innerJoin(y, eq(y.id, p.schoolYearId))
		.where(and(eq(s.unitId, unitId), eq(y.code, yearCode), eq(p.key, periodKey)))
		.orderBy(asc(d.sortOrder), asc(d.code));
}

export async function loadSchool(
	db: Db,
	school: UnitRow,
	ctx: SelectionContext,
	chosen: string | undefined,
	locale: Locale
) {
	const { selection } = ctx;
	const yearIndex = ctx.years.findIndex((y) => y.code === selection.year);
	const earlierYears = ctx.years
		.slice(yearIndex + 1, yearIndex + 4)
		.map((y) => y.code)
		.reverse();
	const [indicators, rows, submissions, figures, earlier] = await Promise.all([
		loadIndicatorMeta(db),
		evaluate(db, { unitCode: school.code, yearCode: selection.year, periodKey: selection.period }),
		listSubmissions(db, school.id, selection.year),
		listFigures(db, school.id, selection.year, selection.period),
		evaluateYears(db, { unitCode: school.code, periodKey: selection.period, years: earlierYears })
	]);
	const pick =
		rows.find((r) => r.indicator === chosen) ??
		rows.find((r) => r.status === 'off_track') ??
		rows.find((r) => r.status === 'at_risk') ??
		rows.find((r) => r.target) ??
		rows[0];
	const meta = pick ? indicators.find((i) => i.code === pick.indicator) : undefined;
	const trend =
		meta && pick
			? await loadTrend(db, {
					unitCode: school.code,
					meta,
					ctx,
					filters: undefined,
					guide: targetGuide(pick.target, pick.baseline?.value ?? null),
					locale,
					shared: Promise.resolve(rows.filter((r) => r.indicator === pick.indicator))
				})
			: null;
	const spark = yearSeries(
		school.code,
		[...earlier, rows],
		rows.map((r) => r.indicator)
	);
	return {
		scorecard: buildScorecard({
			indicators,
			self: rows,
			children: [],
			spark,
			previous: earlierYears.at(-1) === ctx.previousYear ? earlier.at(-1) : undefined
		}),
		sparkYears: [...earlierYears, selection.year],
		chosen: meta ? { code: meta.code, name: { vi: meta.nameVi, en: meta.nameEn } } : null,
		trendSpec: trend,
		submissions,
		figures
	};
}
