import type { Locale } from './types';

const tags: Record<Locale, string> = { vi: 'vi-VN', en: 'en-GB' };
const cache = new Map<string, Intl.NumberFormat>();

function formatter(locale: Locale, digits: number, style: 'decimal' | 'percent'): Intl.NumberFormat {
	const key = `${locale}:${digits}:${style}`;
	let f = cache.get(key);
	if (!f) {
		f = new Intl.NumberFormat(tags[locale], {
			style,
			minimumFractionDigits: 0,
			maximumFractionDigits: digits
		});
		cache.set(key, f);
	}
	return f;
}

export function formatNumber(locale: Locale, value: number | null | undefined, digits = 0): string {
	if (value === null || value === undefined || !Number.isFinite(value)) return '—';
	return formatter(locale, digits, 'decimal').format(value);
}

/** `value` is in percent (85.7 means 85.7%). vi-VN: "85,7 %", en: "85.7%". */
export function formatPercent(locale: Locale, value: number | null | undefined, digits = 1): string {
	if (value === null || value === undefined || !Number.isFinite(value)) return '—';
	// ICU's vi pattern has no space ("85,7%"); Vietnamese typography writes "85,7 %" (no-break space).
	if (locale === 'vi') return `${formatter(locale, digits, 'decimal').format(value)}\u00a0%`;
	return formatter(locale, digits, 'percent').format(value / 100);
}

export function formatDate(locale: Locale, iso: string | Date | null | undefined): string {
	if (!iso) return '—';
	const d = typeof iso === 'string' ? new Date(iso.length === 10 ? `${iso}T00:00:00Z` : iso) : iso;
	return new Intl.DateTimeFormat(tags[locale], { dateStyle: 'short', timeZone: 'Asia/Ho_Chi_Minh' }).format(
		d
	);
}
