// The school page: every indicator of the school against its targets (its own ones marked),
// trends, its submissions with status and version, and its figures for a period.
import { sql } from 'drizzle-orm';
import { queryRowsUntyped, type Db } from '../db';
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

export async function listSubmissions(db: Db, unitId: number, yearCode: string): Promise<SubmissionLine[]> {
	const rows = await queryRowsUntyped<
		Omit<SubmissionLine, 'submittedAt' | 'missing'> & { submittedAt: string | Date | null }
	>(
		db,
		sql`select s.id, p.key as period, p.label_vi as "labelVi", p.label_en as "labelEn", s.status, s.version,
		       s.submitted_at as "submittedAt",
		       (select count(*) from figures f where f.submission_id = s.id)::int as figures
		from submissions s
		join periods p on p.id = s.period_id
		join school_years y on y.id = p.school_year_id
		where s.unit_id = ${unitId} and y.code = ${yearCode}
		order by p.sort_order`
	);
	const missing = await loadMissingFigures(
		db,
		rows.map((r) => Number(r.id))
	);
	return rows.map((r) => ({
		...r,
		submittedAt: toInstantOrNull(r.submittedAt),
		missing: missing.get(Number(r.id)) ?? []
	}));
}

export async function listFigures(
	db: Db,
	unitId: number,
	yearCode: string,
	periodKey: string
): Promise<FigureLine[]> {
	return queryRowsUntyped<FigureLine>(
		db,
		sql`select d.code, d.name_vi as "nameVi", d.name_en as "nameEn", f.value, f.comment
		from figures f
		join data_elements d on d.id = f.data_element_id
		join submissions s on s.id = f.submission_id
		join periods p on p.id = s.period_id
		join school_years y on y.id = p.school_year_id
		where s.unit_id = ${unitId} and y.code = ${yearCode} and p.key = ${periodKey}
		order by d.sort_order, d.code`
	);
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
