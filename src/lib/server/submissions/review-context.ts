// Loads what the review table compares a school's report with: the school's previous period of the
// same form and the same period a year before (one statement for both), and the active rules.
import { sql } from 'drizzle-orm';
import { queryRows, type Db } from '../db';
import * as col from '../db/rows';
import { loadRules } from '../imports/load-context';
import { compareFigures, countFlags } from './compare-figures';
import type { PriorPeriod, ReviewContext } from '../../domain/review';

export type { PriorPeriod, ReviewContext };

type ContextFigure = {
	code: string;
	nameVi: string;
	nameEn: string;
	valueType: string;
	value: number;
	swingPercent: number | null;
};
type MissingFigure = {
	code: string;
	nameVi: string;
	nameEn: string;
	valueType: string;
	swingPercent?: number | null;
};

type PriorRow = {
	which: 'previous' | 'last_year';
	id: number;
	key: string;
	label_vi: string;
	label_en: string;
	year_code: string;
	code: string | null;
	value: number | null;
};

const readWhich = col.oneOf(['previous', 'last_year']);

/** The previous period of the form and the same period last year, with the school's figures in them. */
async function loadPriorFigures(db: Db, unitId: number, periodId: number): Promise<PriorRow[]> {
	return queryRows(
		db,
		sql`with cur as (
			  select p.form_id, p.key, p.sort_order, y.start_date
			  from periods p join school_years y on y.id = p.school_year_id where p.id = ${periodId}),
			prior as (
			  (select 'previous' as which, p.id, p.key, p.label_vi, p.label_en, y.code as year_code
			   from periods p join school_years y on y.id = p.school_year_id, cur
			   where p.form_id = cur.form_id
			     and (y.start_date < cur.start_date or (y.start_date = cur.start_date and p.sort_order < cur.sort_order))
			   order by y.start_date desc, p.sort_order desc limit 1)
			  union all
			  (select 'last_year' as which, p.id, p.key, p.label_vi, p.label_en, y.code as year_code
			   from periods p join school_years y on y.id = p.school_year_id, cur
			   where p.form_id = cur.form_id and y.start_date < cur.start_date
			     and p.key = case when cur.key ~ '^[0-9]{4}-[0-9]{2}$'
			                      then (substr(cur.key, 1, 4)::int - 1)::text || substr(cur.key, 5)
			                      else cur.key end
			   order by y.start_date desc limit 1))
			select prior.which, prior.id, prior.key, prior.label_vi, prior.label_en, prior.year_code, d.code, f.value
			from prior
			left join submissions s on s.period_id = prior.id and s.unit_id = ${unitId}
			left join figures f on f.submission_id = s.id
			left join data_elements d on d.id = f.data_element_id`,
		(r): PriorRow => ({
			which: readWhich(r.which),
			id: col.int(r.id),
			key: col.text(r.key),
			label_vi: col.text(r.label_vi),
			label_en: col.text(r.label_en),
			year_code: col.text(r.year_code),
			code: col.textOrNull(r.code),
			value: col.numOrNull(r.value)
		})
	);
}

export async function loadReviewContext(
	db: Db,
	input: {
		unitId: number;
		periodId: number;
		figures: readonly ContextFigure[];
		missing: readonly MissingFigure[];
	}
): Promise<ReviewContext> {
	const [prior, rules] = await Promise.all([
		loadPriorFigures(db, input.unitId, input.periodId),
		loadRules(db)
	]);
	const periods: Partial<Record<PriorRow['which'], PriorPeriod>> = {};
	const values = { previous: new Map<string, number>(), last_year: new Map<string, number>() };
	for (const r of prior) {
		periods[r.which] ??= {
			id: r.id,
			key: r.key,
			yearCode: r.year_code,
			labelVi: r.label_vi,
			labelEn: r.label_en
		};
		if (r.code !== null && r.value !== null) values[r.which].set(r.code, r.value);
	}
	const rows = compareFigures({
		figures: [
			...input.figures,
			...input.missing.map((m) => ({ ...m, value: null, swingPercent: m.swingPercent ?? null }))
		],
		previous: values.previous,
		lastYear: values.last_year,
		rules
	});
	return {
		previousPeriod: periods.previous ?? null,
		lastYearPeriod: periods.last_year ?? null,
		rows,
		counts: countFlags(rows)
	};
}
