// Review with context: each figure of a report beside the school's previous period and the same
// period last year, the change, and what deserves a second look (a swing beyond the element's
// threshold, a consistency rule broken, a required figure missing). Pure: the loader gathers the inputs.
import { evaluateRules, type Rule } from '../imports/rules';
import type { FigureFlag, Change, RuleRef, FigureComparison } from '../../domain/review';

export type { FigureFlag, Change, RuleRef, FigureComparison };

/** A change beyond this share of the previous value is flagged when the element sets no threshold. */
export const DEFAULT_SWING_PERCENT = 30;
/** Small counts swing by large shares for real (2 → 3 dropouts is +50 %): judge only from this size. */
export const SWING_MIN_MAGNITUDE = 10;

export type ValueType = 'count' | 'yes_no' | 'level' | 'decimal';

export type FigureInput = {
	code: string;
	nameVi: string;
	nameEn: string;
	valueType: ValueType | string;
	/** Null: a required figure the report lacks. */
	value: number | null;
	/** The element's own threshold in percent, else the default. */
	swingPercent: number | null;
};

export function changeBetween(value: number | null, before: number | null): Change | null {
	if (value === null || before === null) return null;
	const delta = value - before;
	return { delta, percent: before === 0 ? null : (delta / Math.abs(before)) * 100 };
}

/**
 * Whether the change from `before` to `value` is a swing worth a look: counts and decimals only
 * (yes/no and levels change by design), from a size where shares mean something, and from zero to
 * a sizeable value too.
 */
export function isSwing(value: number, before: number, valueType: string, thresholdPercent: number): boolean {
	if (valueType !== 'count' && valueType !== 'decimal') return false;
	if (valueType === 'count' && Math.max(Math.abs(value), Math.abs(before)) < SWING_MIN_MAGNITUDE)
		return false;
	if (before === 0) return value !== 0;
	return (Math.abs(value - before) / Math.abs(before)) * 100 > thresholdPercent + 1e-9;
}

export function compareFigures(input: {
	figures: readonly FigureInput[];
	previous: ReadonlyMap<string, number>;
	lastYear: ReadonlyMap<string, number>;
	rules: readonly Rule[];
}): FigureComparison[] {
	const values = new Map<string, number>();
	for (const f of input.figures) if (f.value !== null) values.set(f.code, f.value);
	const broken = evaluateRules(values, input.rules);
	const rulesOf = new Map<string, RuleRef[]>();
	for (const { rule } of broken) {
		const ref: RuleRef = {
			id: rule.id,
			group: rule.group,
			name: rule.name,
			left: rule.left,
			right: rule.right
		};
		for (const code of new Set([...rule.left, ...rule.right]))
			rulesOf.set(code, [...(rulesOf.get(code) ?? []), ref]);
	}
	return input.figures.map((f) => {
		const previous = input.previous.get(f.code) ?? null;
		const lastYear = input.lastYear.get(f.code) ?? null;
		const threshold = f.swingPercent ?? DEFAULT_SWING_PERCENT;
		const rules = rulesOf.get(f.code) ?? [];
		const flags: FigureFlag[] = [];
		if (f.value === null) flags.push('missing');
		else if (previous !== null && isSwing(f.value, previous, f.valueType, threshold)) flags.push('swing');
		if (rules.length) flags.push('rule');
		return {
			code: f.code,
			nameVi: f.nameVi,
			nameEn: f.nameEn,
			valueType: f.valueType,
			value: f.value,
			previous,
			lastYear,
			change: changeBetween(f.value, previous),
			changeYear: changeBetween(f.value, lastYear),
			threshold,
			flags,
			rules
		};
	});
}

/** How many figures carry each flag (the summary above the table). */
export function countFlags(rows: readonly FigureComparison[]): Record<FigureFlag, number> {
	const out: Record<FigureFlag, number> = { swing: 0, rule: 0, missing: 0 };
	for (const r of rows) for (const f of r.flags) out[f]++;
	return out;
}
