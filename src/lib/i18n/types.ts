export const LOCALES = ['vi', 'en'] as const;
export type Locale = (typeof LOCALES)[number];
export type Message = { vi: string; en: string };
export type Catalogue = Record<string, Message>;

export function isLocale(value: unknown): value is Locale {
	return value === 'vi' || value === 'en';
}

export const LOCALE_COOKIE = 'lang';
