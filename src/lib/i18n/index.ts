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

/** Translate for the current page. */
export function t(key: MessageKey, params?: Params): string {
	return translate(currentLocale(), key, params);
}
