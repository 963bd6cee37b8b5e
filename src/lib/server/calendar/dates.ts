// Calendar arithmetic in Vietnam's time zone (UTC+7, no daylight saving): a deadline "25/9"
// means until the end of 25 September in Hà Nội, whatever the server's zone.
const VN_OFFSET_MS = 7 * 3_600_000;
const DAY_MS = 86_400_000;

/** The calendar date ('YYYY-MM-DD') in Vietnam at an instant. */
export function toVnDate(at: Date | string | number): string {
	const ms = new Date(at).getTime() + VN_OFFSET_MS;
	return new Date(ms).toISOString().slice(0, 10);
}

/** The last instant of a date in Vietnam, exclusive: 2024-09-25 → 2024-09-25T17:00:00Z. */
export function endOfVnDay(date: string): Date {
	return new Date(Date.parse(`${date.slice(0, 10)}T00:00:00Z`) + DAY_MS - VN_OFFSET_MS);
}

/** Whole calendar days from `from` to `to` (both 'YYYY-MM-DD'); negative when `to` is earlier. */
export function daysBetween(from: string, to: string): number {
	return Math.round(
		(Date.parse(`${to.slice(0, 10)}T00:00:00Z`) - Date.parse(`${from.slice(0, 10)}T00:00:00Z`)) / DAY_MS
	);
}

export function addDays(date: string, days: number): string {
	return new Date(Date.parse(`${date.slice(0, 10)}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

/** Was a report submitted at `at` on time for `deadline`? (by the end of the deadline day in Vietnam) */
export function isOnTime(at: Date | string, deadline: string): boolean {
	return new Date(at).getTime() < endOfVnDay(deadline).getTime();
}

/** Days late of a report submitted at `at` (0 when on time): Vietnamese calendar days after the deadline. */
export function daysLate(at: Date | string, deadline: string): number {
	return Math.max(0, daysBetween(deadline, toVnDate(at)));
}

/** Today's date in Vietnam. */
export function todayVn(now: Date = new Date()): string {
	return toVnDate(now);
}
