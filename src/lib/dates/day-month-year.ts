// Dates as Vietnamese people write them (12/03/2026 is 12 March), whatever the browser's language:
// forms show and accept dd/mm/yyyy, the server stores YYYY-MM-DD. Browser-safe, pure.

/** What a date field accepts: d/m/yyyy with '/', '.' or '-' between, or YYYY-MM-DD (scripts, old forms). */
export const DAY_MONTH_YEAR_PATTERN = String.raw`\s*(\d{1,2}[\/.\-]\d{1,2}[\/.\-]\d{4}|\d{4}-\d{2}-\d{2})\s*`;

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;
const DMY = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/;
const pad = (n: number) => String(n).padStart(2, '0');

function realDay(y: number, m: number, d: number): string | null {
	if (m < 1 || m > 12 || d < 1 || d > 31 || y < 1000) return null;
	const date = new Date(Date.UTC(y, m - 1, d));
	if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return null;
	return `${y}-${pad(m)}-${pad(d)}`;
}

/** '12/03/2026' (also '12.3.2026', '12-03-2026' and '2026-03-12') → '2026-03-12'; null when not a real day. */
export function parseDayMonthYear(text: string): string | null {
	const v = text.trim();
	const iso = ISO.exec(v);
	if (iso) return realDay(Number(iso[1]), Number(iso[2]), Number(iso[3]));
	const dmy = DMY.exec(v);
	return dmy ? realDay(Number(dmy[3]), Number(dmy[2]), Number(dmy[1])) : null;
}

/** '2026-03-12' → '12/03/2026'; anything else (what someone typed and the server sent back) as it is. */
export function formatDayMonthYear(value: string | null | undefined): string {
	const v = value ?? '';
	const iso = ISO.exec(v.slice(0, 10));
	return iso && (v.length === 10 || v[10] === 'T') ? `${iso[3]}/${iso[2]}/${iso[1]}` : v;
}
