// Which indicators a finding on a school may name: those of the school's levels, grouped like the
// plan, and which of them match a search typed by the inspector. Pure; shared by server and page.
import { INDICATOR_GROUPS, levelParts, type SchoolLevel } from './types';

export type IndicatorChoice = {
	code: string;
	nameVi: string;
	nameEn: string;
	group: string;
	levels: string[];
};
export type IndicatorChoiceGroup = { group: string; items: IndicatorChoice[] };

/** Lower case, no Vietnamese marks (đ → d), so "huy dong" finds "Huy động". */
export function foldText(s: string): string {
	return s
		.normalize('NFD')
		.replace(/[\u0300-\u036f]/g, '')
		.replace(/đ/g, 'd')
		.replace(/Đ/g, 'D')
		.toLowerCase();
}

/** The indicators that apply to a school of `level`, by plan group, in catalogue order. */
export function groupIndicatorsForSchool(
	indicators: IndicatorChoice[],
	level: string | null
): IndicatorChoiceGroup[] {
	const parts = new Set<string>(levelParts(level as SchoolLevel | null));
	const applies = indicators.filter((i) => i.levels.some((l) => parts.has(l)));
	const order = [...INDICATOR_GROUPS, ...new Set(applies.map((i) => i.group))];
	return [...new Set(order)]
		.map((group) => ({ group, items: applies.filter((i) => i.group === group) }))
		.filter((g) => g.items.length > 0);
}

/** Does the indicator match every word of the query (in its code or either name)? Empty matches all. */
export function matchesIndicator(
	i: Pick<IndicatorChoice, 'code' | 'nameVi' | 'nameEn'>,
	query: string
): boolean {
	const words = foldText(query).split(/\s+/).filter(Boolean);
	if (words.length === 0) return true;
	const hay = foldText(`${i.code} ${i.nameVi} ${i.nameEn}`);
	return words.every((w) => hay.includes(w));
}
