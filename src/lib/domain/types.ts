// Shared domain vocabulary: used by the schema, the demo data, evaluation and the UI.
/** A text in both languages. */
export type Bilingual = { vi: string; en: string };
export const SCHOOL_LEVELS = ['MN', 'TH', 'THCS', 'THPT', 'TH_THCS', 'THCS_THPT'] as const;
export type SchoolLevel = (typeof SCHOOL_LEVELS)[number];
/** The single levels a data element or indicator can apply to. */
export const BASE_LEVELS = ['MN', 'TH', 'THCS', 'THPT'] as const;
export type BaseLevel = (typeof BASE_LEVELS)[number];
export const OWNERSHIPS = ['public', 'non_public'] as const;
export type Ownership = (typeof OWNERSHIPS)[number];
export const UNIT_TYPES = ['province', 'district', 'commune', 'school'] as const;
export type UnitType = (typeof UNIT_TYPES)[number];

export const VALUE_TYPES = ['count', 'yes_no', 'level', 'decimal'] as const;
export type ValueType = (typeof VALUE_TYPES)[number];
export const DIRECTIONS = ['higher', 'lower', 'band'] as const;
export type Direction = (typeof DIRECTIONS)[number];
/** How the importer's messages name a rule's kind of check (imports.rule.<group>). */
export const RULE_GROUPS = [
	'enrolled_le_catchment',
	'outcome_sum',
	'graduates_le_grade9',
	'qualified_chain',
	'part_le_total'
] as const;
/** A rule's group, or a rate's numerator checked against its denominator. */
export type RuleGroup = (typeof RULE_GROUPS)[number] | 'rate_part';
/** How plan documents group their targets; also the scorecard's row groups. */
export const INDICATOR_GROUPS = ['scale', 'staff', 'quality', 'accreditation', 'universal', 'it'] as const;
export type IndicatorGroup = (typeof INDICATOR_GROUPS)[number];

const LEVEL_PARTS: Record<SchoolLevel, readonly BaseLevel[]> = {
	MN: ['MN'],
	TH: ['TH'],
	THCS: ['THCS'],
	THPT: ['THPT'],
	TH_THCS: ['TH', 'THCS'],
	THCS_THPT: ['THCS', 'THPT']
};
const NO_PARTS: readonly BaseLevel[] = [];

/** The base levels a school level spans (shared arrays: the evaluation calls this for every cell). */
export function levelParts(level: SchoolLevel | null | undefined): readonly BaseLevel[] {
	if (!level) return NO_PARTS;
	return LEVEL_PARTS[level] ?? [level as BaseLevel];
}

export type DataElementDef = {
	code: string; // contract with schools' files: upper-case ASCII, kept exactly
	nameVi: string;
	nameEn: string;
	valueType: ValueType;
	/** School levels the figure applies to; empty for commune-level figures. */
	levels: BaseLevel[];
	/** 'school' figures are reported by schools; 'commune' ones by the commune unit (PCGD, XMC). */
	unitScope: 'school' | 'commune';
	/** Maximum for 'level' figures (e.g. CHUAN_QG_MUC 2, KDCL_CAPDO 4). */
	maxLevel?: number;
	/** Form codes the figure is collected on (see CalendarDef.forms). */
	forms: string[];
};

/** An indicator is a formula over data elements. */
export type IndicatorFormula =
	| { kind: 'rate'; numerator: string[]; denominator: string[] } // Σnum / Σden × 100
	| { kind: 'sum'; of: string[] } // a count
	| { kind: 'share_of_schools'; element: string; atLeast: number } // schools with element ≥ atLeast / schools of the levels × 100
	| { kind: 'level'; element: string }; // a school's (or commune's) level; an area's = the minimum over its units

export type IndicatorDef = {
	code: string;
	nameVi: string;
	nameEn: string;
	group: IndicatorGroup;
	levels: BaseLevel[]; // empty = commune-level indicator
	formula: IndicatorFormula;
	direction: Direction;
	unit: 'percent' | 'count' | 'level';
	/** Importance in the inspector's severity ranking (1 = normal). */
	weight?: number;
};

export type Comparator = 'gte' | 'lte' | 'eq' | 'range' | 'change' | 'level_gte';

export type TargetDef = {
	indicator: string; // IndicatorDef.code
	comparator: Comparator;
	value?: number; // gte, lte, eq, level_gte; for change: the delta in percentage points (e.g. -1.5)
	min?: number; // range
	max?: number; // range
	/** Scope: the plan's whole area, one school (by official code), or a group (by group code). */
	scope: { kind: 'area' } | { kind: 'school'; school: string } | { kind: 'group'; group: string };
	/** Period key within the year at which it is judged; default: CUOI_NAM. */
	judgedAt?: string;
	/** For 'change' targets: the baseline period key (e.g. CAN_DO_1 or DAU_NAM). */
	baseline?: string;
	/** Planned counts when the plan states both (e.g. 7910 of 9232). */
	plannedNumerator?: number;
	plannedDenominator?: number;
	/** The plan's own wording, quoted from the seed (Vietnamese). */
	source: string;
	weight?: number;
};

export type PlanDef = {
	unit: string; // unit code
	schoolYear: string; // '2024-2025'
	titleVi: string;
	titleEn: string;
	targets: TargetDef[];
};

export type SchoolDef = {
	code: string; // official school code (mã trường), e.g. '31.HA.MN01' style, unique
	name: string; // 'Trường Mầm non Tràng Cát'
	level: SchoolLevel;
	ownership: Ownership;
	/** Size hint used by the figure generator: pupils (or children) enrolled. */
	pupils: number;
	classes: number;
	/** Post-reform (2025-2026) commune/ward group code and cluster group code. */
	commune2025?: string;
	cluster2025?: string;
	contactName?: string;
	contactPhone?: string;
	/** ISO date; schools opened or closed mid-range. */
	activeFrom?: string;
	activeTo?: string;
};

export type FormDef = {
	code: string; // 'DAU_NAM' | 'CAN_DO' | 'HK1' | 'CUOI_NAM' | 'THANG'
	nameVi: string;
	nameEn: string;
	periodType: 'school_year' | 'monthly';
	levels: BaseLevel[];
};

export type PeriodDef = {
	form: string;
	key: string; // 'DAU_NAM', 'CAN_DO_1', 'HK1', 'CUOI_NAM', or a month '2024-10'
	labelVi: string;
	labelEn: string;
	start: string; // ISO date
	end: string;
	schoolDeadline: string; // school → district
	districtDeadline: string; // district → province
};
