import { and, asc, eq } from 'drizzle-orm';
import type { Db } from '../db';
import * as table from '../db/schema';

export type PeriodInfo = {
	id: number;
	key: string;
	labelVi: string;
	labelEn: string;
	startDate: string;
	endDate: string;
	schoolDeadline: string;
	districtDeadline: string;
	/** The system-wide state; an area may be closed on top of it (see state.ts). */
	status: 'open' | 'closed';
	yearCode: string;
	form: { id: number; code: string; nameVi: string; nameEn: string; levels: string[] };
};

const columns = {
	id: table.periods.id,
	key: table.periods.key,
	labelVi: table.periods.labelVi,
	labelEn: table.periods.labelEn,
	startDate: table.periods.startDate,
	endDate: table.periods.endDate,
	schoolDeadline: table.periods.schoolDeadline,
	districtDeadline: table.periods.districtDeadline,
	status: table.periods.status,
	yearCode: table.schoolYears.code,
	formId: table.reportForms.id,
	formCode: table.reportForms.code,
	formNameVi: table.reportForms.nameVi,
	formNameEn: table.reportForms.nameEn,
	formLevels: table.reportForms.levels
};

type Row = { [K in keyof typeof columns]: (typeof columns)[K]['_']['data'] };

function toInfo(r: Row): PeriodInfo {
	return {
		id: r.id,
		key: r.key,
		labelVi: r.labelVi,
		labelEn: r.labelEn,
		startDate: r.startDate,
		endDate: r.endDate,
		schoolDeadline: r.schoolDeadline,
		districtDeadline: r.districtDeadline,
		status: r.status,
		yearCode: r.yearCode,
		form: { id: r.formId, code: r.formCode, nameVi: r.formNameVi, nameEn: r.formNameEn, levels: r.formLevels }
	};
}

function selectPeriods(db: Db) {
	return db
		.select(columns)
		.from(table.periods)
		.innerJoin(table.schoolYears, eq(table.schoolYears.id, table.periods.schoolYearId))
		.innerJoin(table.reportForms, eq(table.reportForms.id, table.periods.formId));
}

export async function listYears(db: Db): Promise<{ code: string; startDate: string; endDate: string }[]> {
	return db
		.select({
			code: table.schoolYears.code,
			startDate: table.schoolYears.startDate,
			endDate: table.schoolYears.endDate
		})
		.from(table.schoolYears)
		.orderBy(asc(table.schoolYears.startDate));
}

/** The periods of a school year, by school deadline. */
export async function listPeriods(db: Db, yearCode: string): Promise<PeriodInfo[]> {
	const rows = await selectPeriods(db)
		.where(eq(table.schoolYears.code, yearCode))
		.orderBy(asc(table.periods.schoolDeadline), asc(table.periods.sortOrder));
	return rows.map(toInfo);
}

export async function findPeriod(db: Db, yearCode: string, periodKey: string): Promise<PeriodInfo | null> {
	const [row] = await selectPeriods(db).where(
		and(eq(table.schoolYears.code, yearCode), eq(table.periods.key, periodKey))
	);
	return row ? toInfo(row) : null;
}

export async function findPeriodById(db: Db, id: number): Promise<PeriodInfo | null> {
	const [row] = await selectPeriods(db).where(eq(table.periods.id, id));
	return row ? toInfo(row) : null;
}

/** The school year a date falls in, else the last one that started before it, else the first. */
export function pickYear<T extends { code: string; startDate: string; endDate: string }>(
	years: T[],
	today: string
): T | null {
	const started = years.filter((y) => y.startDate <= today);
	return started.find((y) => y.endDate >= today) ?? started.at(-1) ?? years[0] ?? null;
}
