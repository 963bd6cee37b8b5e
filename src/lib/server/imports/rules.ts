// Consistency checks between the figures of one submission (domain.md §4, a DHIS2-style
// validation rule set). Pure functions; the rules are data (validation_rules, loaded by load-context.ts;
// the standard set is in catalogue/standard.ts). A part above its whole (`le` rules, each part
// of an `eq` rule, a rate's numerator above its denominator) cannot be true: an error. Parts that do
// not add up to their total (`eq`) can be an honest gap in a report: a warning the uploader confirms.

import type { RuleGroup } from '../../domain/types';

export type { RuleGroup };

/** `le`: Σ left ≤ Σ right; `eq`: Σ left = Σ right. Judged only when every code has a value. */
export type Rule = {
	id: string;
	group: RuleGroup;
	kind: 'le' | 'eq';
	left: string[];
	right: string[];
	/** A province's own wording; without it the group's message names the rule. */
	name?: { vi: string; en: string };
};

/** The stable name of a comparison (the same sides make the same rule). */
export function ruleId(kind: 'le' | 'eq', left: readonly string[], right: readonly string[]): string {
	return `${left.join('+')}${kind === 'le' ? '<=' : '='}${right.join('+')}`;
}

const le = (group: RuleGroup, part: string, total: string): Rule => ({
	id: ruleId('le', [part], [total]),
	group,
	kind: 'le',
	left: [part],
	right: [total]
});

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
export function evaluateRules(values: RuleValues, rules: readonly Rule[]): RuleViolation[] {
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
export function rulesByCode(rules: readonly Rule[]): Map<string, Rule[]> {
	const out = new Map<string, Rule[]>();
	for (const rule of rules)
		for (const code of new Set([...rule.left, ...rule.right]))
			out.set(code, [...(out.get(code) ?? []), rule]);
	return out;
}

/** Every code some rule reads (the figures whose stored values matter for a merged check). */
export function ruleCodes(rules: readonly Rule[]): Set<string> {
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
export function deriveImpossibleRules(rules: readonly Rule[], rates: readonly RatePair[] = []): Rule[] {
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
		const id = ruleId('le', rate.numerator, rate.denominator);
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
