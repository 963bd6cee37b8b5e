import type { Catalogue } from '../types';

/** Messages of the defect fixes of #17: names instead of codes, the phone menu, joined lists, chart labels. */
export const defectsUi = {
	'defects.finding.indicators': { vi: 'Chỉ số liên quan', en: 'Indicators concerned' },
	'defects.list.more': { vi: '{list} và {count} chỉ số khác', en: '{list} and {count} more' },
	'defects.menu.open': { vi: 'Menu', en: 'Menu' }
} satisfies Catalogue;
