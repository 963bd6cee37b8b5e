import type { Locale } from '$lib/i18n';

const tags: Record<Locale, string> = { vi: 'vi-VN', en: 'en-GB' };
const ZONE = 'Asia/Ho_Chi_Minh';

/** Date and time in Vietnam ("09/12/2024 10:00"), whatever the browser's zone. */
export function formatDateTime(locale: Locale, value: Date | string | null | undefined): string {
	if (!value) return '—';
	return new Intl.DateTimeFormat(tags[locale], {
		day: '2-digit',
		month: '2-digit',
		year: 'numeric',
		hour: '2-digit',
		minute: '2-digit',
		timeZone: ZONE
	}).format(new Date(value));
}

/** A calendar date with the full year ("05/12/2024"); 'YYYY-MM-DD' strings are taken as they are. */
export function formatDay(locale: Locale, value: Date | string | null | undefined): string {
	if (!value) return '—';
	const d =
		typeof value === 'string' && value.length === 10 ? new Date(`${value}T12:00:00+07:00`) : new Date(value);
	return new Intl.DateTimeFormat(tags[locale], {
		day: '2-digit',
		month: '2-digit',
		year: 'numeric',
		timeZone: ZONE
	}).format(d);
}
