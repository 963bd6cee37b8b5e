// Consistency checks between the figures of one submission (domain.md §4, a DHIS2-style
// validation rule set). Pure data and pure functions. A part above its whole (`le` rules, each part
// of an `eq` rule, a rate's numerator above its denominator) cannot be true: an error. Parts that do
// not add up to their total (`eq`) can be an honest gap in a report: a warning the uploader confirms.

export type RuleGroup =
	| 'enrolled_le_catchment'
	| 'outcome_sum'
	| 'graduates_le_grade9'
	| 'qualified_chain'
	| 'part_le_total'
	| 'rate_part';

/** `le`: Σ left ≤ Σ right; `eq`: Σ left = Σ right. Judged only when every code has a value. */
export type Rule = { id: string; group: RuleGroup; kind: 'le' | 'eq'; left: string[]; right: string[] };

const le = (group: RuleGroup, left: string | string[], right: string): Rule => {
	const l = Array.isArray(left) ? left : [left];
	return { id: `${l.join('+')}<=${right}`, group, kind: 'le', left: l, right: [right] };
};
const eq = (group: RuleGroup, left: string[], right: string): Rule => ({
	id: `${left.join('+')}=${right}`,
	group,
	kind: 'eq',
	left,
	right: [right]
});

export const RULES: readonly Rule[] = [
	// Enrolled ≤ in the catchment
	le('enrolled_le_catchment', 'MN_TRE_NT_RALOP', 'MN_TRE_NT_DIABAN'),
	le('enrolled_le_catchment', 'MN_TRE_MG_RALOP', 'MN_TRE_MG_DIABAN'),
	le('enrolled_le_catchment', 'MN_TRE_5T_RALOP', 'MN_TRE_5T_DIABAN'),
	le('enrolled_le_catchment', 'TH_TRE6T_VAOLOP1', 'TH_TRE6T_DIABAN'),
	// Outcome categories sum to the pupils evaluated
	eq('outcome_sum', ['TH_HS_HTXS', 'TH_HS_HTT', 'TH_HS_HT', 'TH_HS_CHT'], 'TH_TS_HS'),
	eq('outcome_sum', ['THCS_RL_TOT', 'THCS_RL_KHA', 'THCS_RL_DAT', 'THCS_RL_CHUADAT'], 'THCS_TS_HS'),
	eq('outcome_sum', ['THCS_HT_TOT', 'THCS_HT_KHA', 'THCS_HT_DAT', 'THCS_HT_CHUADAT'], 'THCS_TS_HS'),
	eq('outcome_sum', ['THCS_TN_GIOI', 'THCS_TN_KHA', 'THCS_TN_TB'], 'THCS_TN'),
	// Graduates ≤ grade-9 pupils
	le('graduates_le_grade9', 'THCS_TN', 'THCS_HS_LOP9'),
	// Above standard ≤ meeting standard ≤ teachers
	le('qualified_chain', 'GV_TRENCHUAN', 'GV_DATCHUAN'),
	le('qualified_chain', 'GV_DATCHUAN', 'GV_TS'),
	// Sub-counts ≤ totals
	le('part_le_total', 'PH_MAYCHIEU', 'PH_TS'),
	le('part_le_total', 'PH_THONGMINH', 'PH_TS'),
	le('part_le_total', ['MN_TRE_NT_RALOP', 'MN_TRE_MG_RALOP'], 'MN_TS_TRE'),
	le('part_le_total', 'MN_TRE_5T_RALOP', 'MN_TRE_MG_RALOP'),
	le('part_le_total', 'MN_TRE_KHAMSK', 'MN_TS_TRE'),
	le('part_le_total', ['MN_TRE_CANBT', 'MN_TRE_BEOPHI'], 'MN_TRE_KHAMSK'),
	le('part_le_total', 'MN_TRE_SDD', 'MN_TRE_KHAMSK'),
	le('part_le_total', 'MN_TRE_TUPHUCVU', 'MN_TS_TRE'),
	le('part_le_total', 'MN_TRE_DAT5LV', 'MN_TS_TRE'),
	le('part_le_total', 'TH_HS_LOP1', 'TH_TS_HS'),
	le('part_le_total', 'TH_LOP1', 'TH_TS_LOP'),
	le('part_le_total', 'TH_HS_2BUOI', 'TH_TS_HS'),
	le('part_le_total', 'TH_HS_NGOAINGU', 'TH_TS_HS'),
	le('part_le_total', 'TH_HS_BANTRU', 'TH_TS_HS'),
	le('part_le_total', 'TH_HS_PCNL_TOT', 'TH_HS_PCNL_DAT'),
	le('part_le_total', 'TH_HS_PCNL_DAT', 'TH_TS_HS'),
	le('part_le_total', 'TH_HS_LOP5', 'TH_TS_HS'),
	le('part_le_total', 'TH_HS_HTCTTH', 'TH_HS_LOP5'),
	le('part_le_total', 'TH_HS_BOHOC', 'TH_TS_HS'),
	le('part_le_total', 'THCS_HS_LOP6', 'THCS_TS_HS'),
	le('part_le_total', 'THCS_LOP6', 'THCS_TS_LOP'),
	le('part_le_total', 'THCS_HS_LOP9', 'THCS_TS_HS'),
	le('part_le_total', 'THCS_HS_BOHOC', 'THCS_TS_HS')
];

export type RuleViolation = { rule: Rule; leftValue: number; rightValue: number };

/** Figures by code: a map, or a lookup (the file's values over the stored ones, without copying). */
export type RuleValues = ReadonlyMap<string, number> | ((code: string) => number | undefined);

function sum(codes: string[], valueOf: (code: string) => number | undefined): number | null {
	let total = 0;
	for (const code of codes) {
		const v = valueOf(code);
		if (v === undefined) return null;
		total += v;
	}
	return total;
}

/** The rules broken by one submission's figures (code → value); rules with a missing figure are not judged. */
export function evaluateRules(values: RuleValues, rules: readonly Rule[] = RULES): RuleViolation[] {
	const valueOf = typeof values === 'function' ? values : (code: string) => values.get(code);
	const out: RuleViolation[] = [];
	for (const rule of rules) {
		const leftValue = sum(rule.left, valueOf);
		const rightValue = sum(rule.right, valueOf);
		if (leftValue === null || rightValue === null) continue;
		// Counts are integers; the tolerance only absorbs float noise in decimal figures.
		const broken =
			rule.kind === 'le' ? leftValue > rightValue + 1e-9 : Math.abs(leftValue - rightValue) > 1e-9;
		if (broken) out.push({ rule, leftValue, rightValue });
	}
	return out;
}

/** Code → the rules that read it (to judge only the rules a changed figure can break). */
export function rulesByCode(rules: readonly Rule[] = RULES): Map<string, Rule[]> {
	const out = new Map<string, Rule[]>();
	for (const rule of rules)
		for (const code of new Set([...rule.left, ...rule.right]))
			out.set(code, [...(out.get(code) ?? []), rule]);
	return out;
}

/** Every code some rule reads (the figures whose stored values matter for a merged check). */
export function ruleCodes(rules: readonly Rule[] = RULES): Set<string> {
	return new Set(rules.flatMap((r) => [...r.left, ...r.right]));
}

/** A rate indicator's figures (indicators.formula of kind 'rate'): Σ numerator / Σ denominator. */
export type RatePair = { numerator: readonly string[]; denominator: readonly string[] };

/**
 * The comparisons no true report breaks, derived once per check: every `le` rule, each single part
 * of an `eq` rule against its total, and the numerator ≤ denominator of every rate. A rate whose
 * numerator codes are among its denominator's (a category over the sum of all categories) holds for
 * any non-negative counts and is left out, as is a comparison already listed.
 */
export function deriveImpossibleRules(
	rules: readonly Rule[] = RULES,
	rates: readonly RatePair[] = []
): Rule[] {
	const out = new Map<string, Rule>();
	const add = (r: Rule) => {
		if (!out.has(r.id)) out.set(r.id, r);
	};
	for (const rule of rules) {
		if (rule.kind === 'le') add(rule);
		else for (const part of rule.left) for (const total of rule.right) add(le('part_le_total', part, total));
	}
	for (const rate of rates) {
		if (rate.numerator.length === 0 || rate.denominator.length === 0) continue;
		const den = new Set(rate.denominator);
		if (rate.numerator.every((code) => den.has(code))) continue;
		const id = `${rate.numerator.join('+')}<=${rate.denominator.join('+')}`;
		if (out.has(id)) continue;
		out.set(id, {
			id,
			group: 'rate_part',
			kind: 'le',
			left: [...rate.numerator],
			right: [...rate.denominator]
		});
	}
	return [...out.values()];
}

/** The `eq` rules (parts add up to the total): the ones that stay warnings. */
export const SUM_RULES: readonly Rule[] = RULES.filter((r) => r.kind === 'eq');
