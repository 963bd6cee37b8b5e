// The one rule for the period a page opens on (home, dashboards, inspection worklist, reporting board,
// upload page, entry form, explanations, period report) when the URL names none. Pure.
import { levelParts, type SchoolLevel } from '../../domain/types';

export type PeriodCandidate = {
	/** Start of the period and the school → district deadline, YYYY-MM-DD. */
	startDate: string;
	schoolDeadline: string;
	/** The levels the period's form is reported by (a growth round: MN only). */
	levels: readonly string[];
	monthly: boolean;
	sort: number;
};

export type DefaultPeriodOptions = {
	/** The viewer's school levels (a TH&THCS school: both); empty = an area, every form. */
	levels?: readonly string[];
	/**
	 * The periods this page would rather open on (the dashboards: those with figures; the upload page:
	 * those open for reports); when none is, all count.
	 */
	prefer?: (p: PeriodCandidate) => boolean;
};

/** "TH_THCS" → ['TH', 'THCS']; base levels kept. */
export function baseLevelsOf(level: string | null | undefined): readonly string[] {
	return levelParts((level ?? null) as SchoolLevel | null);
}

const byReach = (a: PeriodCandidate, b: PeriodCandidate) =>
	b.levels.length - a.levels.length || a.sort - b.sort;

/**
 * The report being sent now: of the periods reported by the viewer's levels (school-year reports
 * before months), the one that has started and whose school deadline is nearest ahead; else the one
 * due last (a late report is still being sent and read); else the first to come. On the same day the
 * report most levels send wins (semester I before a preschool growth round).
 */
export function pickDefaultPeriod<T extends PeriodCandidate>(
	periods: readonly T[],
	today: string,
	options: DefaultPeriodOptions = {}
): T | null {
	const levels = options.levels ?? [];
	const fitting = levels.length ? periods.filter((p) => p.levels.some((l) => levels.includes(l))) : periods;
	const all = fitting.length ? fitting : periods;
	const yearly = all.filter((p) => !p.monthly);
	const pool = yearly.length ? yearly : all;
	const preferred = options.prefer ? pool.filter(options.prefer) : pool;
	const list = preferred.length ? preferred : pool;

	const now = list
		.filter((p) => p.startDate <= today && today <= p.schoolDeadline)
		.sort((a, b) => a.schoolDeadline.localeCompare(b.schoolDeadline) || byReach(a, b));
	if (now.length) return now[0];
	const due = list
		.filter((p) => p.schoolDeadline < today)
		.sort((a, b) => b.schoolDeadline.localeCompare(a.schoolDeadline) || byReach(a, b));
	if (due.length) return due[0];
	const ahead = [...list].sort((a, b) => a.schoolDeadline.localeCompare(b.schoolDeadline) || byReach(a, b));
	return ahead[0] ?? null;
}

const MONTH_KEY = /^\d{4}-\d{2}$/;

/** pickDefaultPeriod over the calendar's periods (as `listPeriods` gives them), in their order. */
export function pickDefaultOf<
	T extends { key: string; startDate: string; schoolDeadline: string; form: { levels: readonly string[] } }
>(periods: readonly T[], today: string, options: DefaultPeriodOptions = {}): T | null {
	const candidates = periods.map((p, sort) => ({
		...p,
		levels: p.form.levels,
		monthly: MONTH_KEY.test(p.key),
		sort
	}));
	const key = pickDefaultPeriod(candidates, today, options)?.key;
	return periods.find((p) => p.key === key) ?? null;
}
