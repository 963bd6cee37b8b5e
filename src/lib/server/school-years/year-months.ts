// The monthly periods of a school year: one per calendar month from its start to its end, each due
// on fixed days of the following month (school → district, district → province).
import { lastDayOfMonth, monthBounds, type PeriodDraft } from './shift-dates';

const MONTHS_EN = [
	'January',
	'February',
	'March',
	'April',
	'May',
	'June',
	'July',
	'August',
	'September',
	'October',
	'November',
	'December'
];
const pad = (n: number) => String(n).padStart(2, '0');

/** The month keys ('2025-09' … '2026-05') a year's dates cover. */
export function monthsOf(startDate: string, endDate: string): string[] {
	const out: string[] = [];
	let y = Number(startDate.slice(0, 4));
	let m = Number(startDate.slice(5, 7));
	const last = endDate.slice(0, 7);
	while (`${y}-${pad(m)}` <= last) {
		out.push(`${y}-${pad(m)}`);
		[y, m] = m === 12 ? [y + 1, 1] : [y, m + 1];
	}
	return out;
}

/** A day of the month after `key`, clamped to that month's length (31 → 28 in February). */
function dayOfNextMonth(key: string, day: number): string {
	const y = Number(key.slice(0, 4));
	const m = Number(key.slice(5, 7));
	const [ny, nm] = m === 12 ? [y + 1, 1] : [y, m + 1];
	return `${ny}-${pad(nm)}-${pad(Math.min(day, lastDayOfMonth(ny, nm)))}`;
}

export function buildMonthPeriods(
	formCode: string,
	year: { startDate: string; endDate: string },
	days: { school: number; district: number },
	firstSortOrder = 0
): PeriodDraft[] {
	return monthsOf(year.startDate, year.endDate).map((key, i) => {
		const y = Number(key.slice(0, 4));
		const m = Number(key.slice(5, 7));
		const [start, end] = monthBounds(key);
		return {
			formCode,
			key,
			labelVi: `Tháng ${m}/${y}`,
			labelEn: `${MONTHS_EN[m - 1]} ${y}`,
			startDate: start,
			endDate: end,
			schoolDeadline: dayOfNextMonth(key, days.school),
			districtDeadline: dayOfNextMonth(key, days.district),
			sortOrder: firstSortOrder + i
		};
	});
}
