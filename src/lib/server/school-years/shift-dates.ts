// Copying a school year: every date moves by whole years; a deadline that lands on a weekend moves to
// the next Monday (offices do not receive reports on Saturday or Sunday). Pure, no database.
import { addDays } from '../calendar/dates';
import type { PeriodInfo } from '../calendar/queries';

export type YearDates = {
	code: string;
	startDate: string;
	endDate: string;
	hk1Start: string;
	hk1End: string;
	hk2Start: string;
	hk2End: string;
};

export type PeriodDraft = Pick<
	PeriodInfo,
	'key' | 'labelVi' | 'labelEn' | 'startDate' | 'endDate' | 'schoolDeadline' | 'districtDeadline'
> & { formCode: string; sortOrder: number };

const MONTH_KEY = /^(\d{4})-(0[1-9]|1[0-2])$/;
const pad = (n: number) => String(n).padStart(2, '0');

export const isLeapYear = (y: number) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;

/** The last day of a month (1–12). */
export function lastDayOfMonth(year: number, month: number): number {
	return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** `date` moved by `years` whole years; 29 February becomes 28 February in a common year. */
export function shiftYears(date: string, years: number): string {
	const y = Number(date.slice(0, 4)) + years;
	const m = Number(date.slice(5, 7));
	const d = Math.min(Number(date.slice(8, 10)), lastDayOfMonth(y, m));
	return `${y}-${pad(m)}-${pad(d)}`;
}

/** 0 = Sunday … 6 = Saturday. */
export function weekday(date: string): number {
	return new Date(`${date.slice(0, 10)}T00:00:00Z`).getUTCDay();
}

/** The date itself on a working day; the Monday after a Saturday or Sunday. */
export function nextWorkingDay(date: string): string {
	const day = weekday(date);
	return day === 6 ? addDays(date, 2) : day === 0 ? addDays(date, 1) : date;
}

export function shiftDeadline(date: string, years: number): string {
	return nextWorkingDay(shiftYears(date, years));
}

/** '2025-2026' + 1 → '2026-2027'. */
export function shiftYearCode(code: string, years: number): string {
	const first = Number(code.slice(0, 4)) + years;
	return `${first}-${first + 1}`;
}

/** Years between two codes: '2025-2026' → '2027-2028' is 2. */
export function yearsBetween(fromCode: string, toCode: string): number {
	return Number(toCode.slice(0, 4)) - Number(fromCode.slice(0, 4));
}

export function isMonthKey(key: string): boolean {
	return MONTH_KEY.test(key);
}

/** First and last day of a month key '2025-09'. */
export function monthBounds(key: string): [string, string] {
	const y = Number(key.slice(0, 4));
	const m = Number(key.slice(5, 7));
	return [`${key}-01`, `${key}-${pad(lastDayOfMonth(y, m))}`];
}

/**
 * Years named in a label moved too: 'năm học 2025-2026' → 'năm học 2026-2027', 'Tháng 9/2025' →
 * 'Tháng 9/2026'. Only the source year's own years (and its code) change; other numbers stay.
 */
export function shiftLabel(label: string, sourceCode: string, years: number): string {
	const first = Number(sourceCode.slice(0, 4));
	const own = (y: number) => y === first || y === first + 1;
	return label.replace(/\b(\d{4})-(\d{4})\b|\b(\d{4})\b/g, (match, a, b, single) => {
		if (single) return own(Number(single)) ? String(Number(single) + years) : match;
		return own(Number(a)) && Number(b) === Number(a) + 1 ? shiftYearCode(`${a}-${b}`, years) : match;
	});
}

export function shiftYear(year: YearDates, years: number): YearDates {
	return {
		code: shiftYearCode(year.code, years),
		startDate: shiftYears(year.startDate, years),
		endDate: shiftYears(year.endDate, years),
		hk1Start: shiftYears(year.hk1Start, years),
		hk1End: shiftYears(year.hk1End, years),
		hk2Start: shiftYears(year.hk2Start, years),
		hk2End: shiftYears(year.hk2End, years)
	};
}

/** One period of the source year as it would be in the new one. A month period keeps its month. */
export function shiftPeriod(period: PeriodDraft, sourceCode: string, years: number): PeriodDraft {
	const monthly = isMonthKey(period.key);
	const key = monthly ? shiftYears(`${period.key}-01`, years).slice(0, 7) : period.key;
	const [start, end] = monthly
		? monthBounds(key)
		: [shiftYears(period.startDate, years), shiftYears(period.endDate, years)];
	return {
		...period,
		key,
		labelVi: shiftLabel(period.labelVi, sourceCode, years),
		labelEn: shiftLabel(period.labelEn, sourceCode, years),
		startDate: start,
		endDate: end,
		schoolDeadline: shiftDeadline(period.schoolDeadline, years),
		districtDeadline: shiftDeadline(period.districtDeadline, years)
	};
}

export type CopyPlan = {
	source: YearDates;
	year: YearDates;
	rows: { before: PeriodDraft; after: PeriodDraft }[];
};

/** The new year and every period of the source moved into it (`code` names a later year). */
export function planCopy(source: YearDates, periods: PeriodDraft[], code: string): CopyPlan {
	const years = yearsBetween(source.code, code);
	return {
		source,
		year: shiftYear(source, years),
		rows: periods.map((p) => ({ before: p, after: shiftPeriod(p, source.code, years) }))
	};
}
