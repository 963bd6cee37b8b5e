// What the plan pages hand to their components: plain data, no server code.
import type { IndicatorGroup } from './types';

export type TargetLine = {
	id: number;
	indicator: string;
	indicatorName: string;
	group: IndicatorGroup;
	comparator: string;
	scopeKind: 'area' | 'school' | 'group';
	scope: string;
	judgedAt: string;
	judgedAtDefault: boolean;
	source: string | null;
	/** The indicator can be assigned per school (the grid). */
	perSchool: boolean;
};

export type Option = { value: string; label: string };

export type IndicatorOption = Option & { unit: 'percent' | 'count' | 'level'; areaOnly: boolean };

/** The choices of the target form, in the reader's language. */
export type TargetFormOptions = {
	indicators: { group: IndicatorGroup; options: IndicatorOption[] }[];
	groups: Option[];
	schools: Option[];
	periods: Option[];
	/** The label of the plan's own unit as a scope. */
	area: string;
};
