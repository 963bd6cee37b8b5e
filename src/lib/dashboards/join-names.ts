import { translate } from '../i18n/translate';
import type { Locale } from '../i18n/types';

/** "A; B; C và 2 chỉ số khác": the first `shown` names, then how many more, with the spaces a sentence needs. */
export function joinNamesWithMore(locale: Locale, names: string[], shown = 3): string {
	const list = names.slice(0, shown).join('; ');
	const more = names.length - shown;
	return more > 0 ? translate(locale, 'defects.list.more', { list, count: more }) : list;
}
