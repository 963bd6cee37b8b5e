// The year and period an area page shows: the ones the URL asks for when they exist, else today's.
import type { Db } from '../db';
import type { AuthUser } from '../auth/user';
import { listAreaChoices } from './area';
import { pickDefaultOf } from './default-period';
import { listPeriods, listYears, pickYear } from './queries';

/** Every school year, and the code of the one asked for, else of today's (empty: none at all). */
export async function chooseYear(db: Db, asked: string | undefined, today: string) {
	const years = await listYears(db);
	const yearCode = years.some((y) => y.code === asked) ? asked! : (pickYear(years, today)?.code ?? '');
	return { years, yearCode };
}

/** The areas the user may pick, the years, the chosen year's periods and the chosen period (or none). */
export async function choosePeriod(
	db: Db,
	user: AuthUser,
	query: { year?: string; period?: string },
	today: string
) {
	const { years, yearCode } = await chooseYear(db, query.year, today);
	const [areas, periods] = await Promise.all([listAreaChoices(db, user), listPeriods(db, yearCode)]);
	const period = periods.find((p) => p.key === query.period) ?? pickDefaultOf(periods, today);
	return { areas, years, yearCode, periods, period };
}
