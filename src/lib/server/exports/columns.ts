// A download's columns named by message key: the header is the key's text in the reader's language.
import type { MessageKey } from '$lib/i18n/catalogue';
import { translate } from '$lib/i18n/translate';
import type { Locale } from '$lib/i18n/types';

/** `widths` in the columns' order, e.g. { 'table.code': 20, 'table.name': 40 }. */
export function labelColumns(
	locale: Locale,
	widths: Partial<Record<MessageKey, number>>
): { label: string; width: number }[] {
	return (Object.entries(widths) as [MessageKey, number][]).map(([key, width]) => ({
		label: translate(locale, key),
		width
	}));
}
