// The school's explanations page: the period shown (asked for, else the latest due of the school's
// forms), the indicators to explain there, and what the school has written this year.
import { pickDefaultOf } from '../calendar/default-period';
import type { Db } from '../db';
import { can } from '../auth/access';
import type { AuthUser } from '../auth/user';
import { todayVn } from '../calendar/dates';
import { listPeriods, listYears, pickYear, type PeriodInfo } from '../calendar/queries';
import type { UnitRow } from '../units/queries';
import { levelParts, type SchoolLevel } from '../../domain/types';
import { listExplanationsByCode, type Explanation } from './queries';
import { listExplainable, type Explainable } from './service';

export type ExplanationsPage = {
	school: { code: string; name: string };
	yearCode: string;
	period: PeriodInfo;
	periods: PeriodInfo[];
	explainable: Explainable[];
	/** This year's explanations of the school, every period. */
	written: Explanation[];
	mayWrite: boolean;
};

export async function loadExplanationsPage(
	db: Db,
	input: { school: UnitRow; user: AuthUser; yearCode?: string | null; periodKey?: string | null }
): Promise<ExplanationsPage | null> {
	const years = await listYears(db);
	const today = todayVn();
	const year = input.yearCode ? years.find((y) => y.code === input.yearCode) : pickYear(years, today);
	if (!year) return null;
	const parts: readonly string[] = levelParts(input.school.schoolLevel as SchoolLevel);
	const periods = (await listPeriods(db, year.code)).filter((p) =>
		p.form.levels.some((l) => parts.includes(l))
	);
	const period = input.periodKey
		? periods.find((p) => p.key === input.periodKey)
		: pickDefaultOf(periods, today);
	if (!period) return null;
	const [explainable, written] = await Promise.all([
		listExplainable(db, { school: input.school, yearCode: year.code, periodKey: period.key }),
		listExplanationsByCode(db, { unitCode: input.school.code, yearCode: year.code })
	]);
	return {
		school: { code: input.school.code, name: input.school.name },
		yearCode: year.code,
		period,
		periods,
		explainable,
		written: written ?? [],
		mayWrite: can(input.user, 'submit_figures', input.school)
	};
}
