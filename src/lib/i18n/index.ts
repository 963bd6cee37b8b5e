import { page } from '$app/state';
import type { MessageKey } from './catalogue';
import { translate, type Params } from './translate';
import { isLocale, type Locale } from './types';

export type { MessageKey } from './catalogue';
export type { Locale } from './types';
export { LOCALES, isLocale } from './types';
export { translate, bilingual } from './translate';
export { formatNumber, formatPercent, formatDate } from './format';

/** The current page's language (from the root layout's data). Use during rendering only. */
export function currentLocale(): Locale {
	const locale = page.data?.locale;
	return isLocale(locale) ? locale : 'vi';
}

type Pair = { vi: string; en: string };

/**
 * The current page's side of something named in both languages: a `{ vi, en }` pair, or a row's
 * `<field>Vi` / `<field>En` (`local(period, 'label')`, `local(indicator, 'name')`).
 */
export function local(pair: Pair): string;
export function local<K extends string>(row: { [P in `${K}Vi` | `${K}En`]: string }, field: K): string;
export function local(row: Record<string, string>, field?: string): string {
	const vi = currentLocale() === 'vi';
	if (field === undefined) return vi ? row.vi : row.en;
	return row[`${field}${vi ? 'Vi' : 'En'}`];
}

/** Translate for the current page. */
export function t(key: MessageKey, params?: Params): string {
	return translate(currentLocale(), key, params);
}
