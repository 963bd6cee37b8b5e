import { asc, eq, sql } from 'drizzle-orm';
import { queryRows, type Db } from '../db';
import * as col from '../db/rows';
import * as table from '../db/schema';
import type { PeriodDraft, YearDates } from './shift-dates';

export type YearSummary = YearDates & { periods: number; submissions: number; plans: number };

export type PeriodRow = PeriodDraft & {
	formNameVi: string;
	formNameEn: string;
	periodType: 'school_year' | 'monthly';
	status: 'open' | 'closed';
	submissions: number;
};

export type FormRow = {
	code: string;
	nameVi: string;
	nameEn: string;
	periodType: 'school_year' | 'monthly';
	levels: string[];
	periods: number;
};

const yearColumns = {
	code: table.schoolYears.code,
	startDate: table.schoolYears.startDate,
	endDate: table.schoolYears.endDate,
	hk1Start: table.schoolYears.hk1Start,
	hk1End: table.schoolYears.hk1End,
	hk2Start: table.schoolYears.hk2Start,
	hk2End: table.schoolYears.hk2End
};

const readPeriodType = col.oneOf(table.reportForms.periodType.enumValues);
const readPeriodStatus = col.oneOf(table.periods.status.enumValues);

/** Every school year, the latest first, with how many periods, submissions and plans it has. */
export async function listYearSummaries(db: Db): Promise<YearSummary[]> {
	return queryRows(
		db,
		sql`select y.code, y.start_date::text as "startDate", y.end_date::text as "endDate",
			y.hk1_start::text as "hk1Start", y.hk1_end::text as "hk1End",
			y.hk2_start::text as "hk2Start", y.hk2_end::text as "hk2End",
			(select count(*) from periods p where p.school_year_id = y.id)::int as periods,
			(select count(*) from submissions s join periods p on p.id = s.period_id
				where p.school_year_id = y.id)::int as submissions,
			(select count(*) from plans pl where pl.school_year_id = y.id)::int as plans
		from school_years y order by y.start_date desc`,
		(r): YearSummary => ({
			code: col.text(r.code),
			startDate: col.text(r.startDate),
			endDate: col.text(r.endDate),
			hk1Start: col.text(r.hk1Start),
			hk1End: col.text(r.hk1End),
			hk2Start: col.text(r.hk2Start),
			hk2End: col.text(r.hk2End),
			periods: col.int(r.periods),
			submissions: col.int(r.submissions),
			plans: col.int(r.plans)
		})
	);
}

export async function findYear(db: Db, code: string): Promise<(YearDates & { id: number }) | null> {
	const [row] = await db
		.select({ id: table.schoolYears.id, ...yearColumns })
		.from(table.schoolYears)
		.where(eq(table.schoolYears.code, code));
	return row ?? null;
}

/** The periods of a year in calendar order, with their form and how many submissions each has. */
export async function listYearPeriods(db: Db, yearId: number): Promise<PeriodRow[]> {
	return queryRows(
		db,
		sql`select f.code as "formCode", f.name_vi as "formNameVi", f.name_en as "formNameEn",
			f.period_type as "periodType", p.key, p.label_vi as "labelVi", p.label_en as "labelEn",
			p.start_date::text as "startDate", p.end_date::text as "endDate",
			p.school_deadline::text as "schoolDeadline", p.district_deadline::text as "districtDeadline",
			p.sort_order as "sortOrder", p.status,
			(select count(*) from submissions s where s.period_id = p.id)::int as submissions
		from periods p join report_forms f on f.id = p.form_id
		where p.school_year_id = ${yearId}
		order by p.school_deadline, p.sort_order, p.key`,
		(r): PeriodRow => ({
			formCode: col.text(r.formCode),
			formNameVi: col.text(r.formNameVi),
			formNameEn: col.text(r.formNameEn),
			periodType: readPeriodType(r.periodType),
			key: col.text(r.key),
			labelVi: col.text(r.labelVi),
			labelEn: col.text(r.labelEn),
			startDate: col.text(r.startDate),
			endDate: col.text(r.endDate),
			schoolDeadline: col.text(r.schoolDeadline),
			districtDeadline: col.text(r.districtDeadline),
			sortOrder: col.int(r.sortOrder),
			status: readPeriodStatus(r.status),
			submissions: col.int(r.submissions)
		})
	);
}

export async function listForms(db: Db): Promise<FormRow[]> {
	const f = table.reportForms;
	return db
		.select({
			code: f.code,
			nameVi: f.nameVi,
			nameEn: f.nameEn,
			periodType: f.periodType,
			levels: f.levels,
			periods: db.$count(table.periods, eq(table.periods.formId, f.id))
		})
		.from(f)
		.orderBy(asc(f.id));
}

export async function findForm(db: Db, code: string) {
	const [row] = await db.select().from(table.reportForms).where(eq(table.reportForms.code, code));
	return row ?? null;
}

export async function listYearCodes(db: Db): Promise<string[]> {
	const rows = await db
		.select({ code: table.schoolYears.code })
		.from(table.schoolYears)
		.orderBy(asc(table.schoolYears.startDate));
	return rows.map((r) => r.code);
}
