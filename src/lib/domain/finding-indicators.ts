// Which indicators a finding on a school may name: those of the school's levels, grouped like the
// plan, and which of them match a search typed by the inspector. Pure; shared by server and page.
import { INDICATOR_GROUPS, levelParts, type SchoolLevel } from './types';
import { foldMarks } from '../text/fold-marks';

export type IndicatorChoice = {
	code: string;
	nameVi: string;
	nameEn: string;
	group: string;
	levels: string[];
};
export type IndicatorChoiceGroup = { group: string; items: IndicatorChoice[] };

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
	const words = foldMarks(query).split(/\s+/).filter(Boolean);
	if (words.length === 0) return true;
	const hay = foldMarks(`${i.code} ${i.nameVi} ${i.nameEn}`);
	return words.every((w) => hay.includes(w));
}
