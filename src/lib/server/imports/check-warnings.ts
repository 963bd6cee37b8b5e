// Warnings the uploader confirms: consistency rules judged on the figures as they will be (the file's
// values over the stored ones), and values far from the school's own previous report.
import { translate, type Params } from '../../i18n/translate';
import type { MessageKey } from '../../i18n/catalogue';
import type { Locale } from '../../i18n/types';
import { findOutlier } from './outliers';
import type { ElementInfo, PeriodInfo, PlannedFigure, StoredFigure } from './plan';
import { evaluateRules, type Rule, type RuleViolation } from './rules';
import type { Bilingual, FileProblem } from './types';

export function say(key: MessageKey, params: (locale: Locale) => Params): Bilingual {
	return { vi: translate('vi', key, params('vi')), en: translate('en', key, params('en')) };
}

/** A rule as the messages name it: the province's own wording, else its group's. */
export const ruleName = (rule: Rule, l: Locale): string =>
	rule.name ? rule.name[l] : translate(l, `imports.rule.${rule.group}`);

/** A problem at the file's cell that `anchor` was read from. */
export function problemAt(
	anchor: PlannedFigure,
	code: FileProblem['code'],
	message: Bilingual,
	severity: FileProblem['severity']
): FileProblem {
	return { row: anchor.row, column: anchor.column, value: anchor.raw, code, message, severity };
}

/** A broken rule's two sides as its messages name them. */
export function describeViolation(v: RuleViolation, l: Locale) {
	return {
		rule: ruleName(v.rule, l),
		left: v.rule.left.join(' + '),
		leftValue: v.leftValue,
		right: v.rule.right.join(' + '),
		rightValue: v.rightValue
	};
}

export const periodLabel = (p: PeriodInfo, l: Locale) => (l === 'vi' ? p.labelVi : p.labelEn);

/** What judging one submission's warnings needs. */
export type WarningInput = {
	/** The file's figures of the submission. */
	figures: PlannedFigure[];
	/** Its stored figures, by element id. */
	current: Map<number, StoredFigure> | undefined;
	/** The same figures in its previous report of the same form, by element id. */
	previous: Map<number, number> | undefined;
	previousPeriod: PeriodInfo | undefined;
	/** Whether the submission's unit and period take this figure code (a missing part is only news if so). */
	expects: (code: string) => boolean;
	/** Built by valuesAsTheyWillBe on first use, then shared by the submission's other checks. */
	values?: FileValues;
};

type FileValues = {
	fromFile: Map<string, PlannedFigure>;
	valueOf: (code: string) => number | undefined;
};

export type WarningContext = {
	/** The `eq` rules (parts add up to the total), by the codes they read. */
	rulesByCode: Map<string, Rule[]>;
	/** The comparisons that cannot be broken (rules.ts deriveImpossibleRules), by the codes they read. */
	impossibleByCode: Map<string, Rule[]>;
	idOf: Map<string, number>;
	elementOf: Map<number, ElementInfo>;
};

/** The file's figures by code, and a lookup of the figures as they will be (the file's over the stored). */
export function valuesAsTheyWillBe(input: WarningInput, ctx: WarningContext): FileValues {
	if (input.values) return input.values;
	const fromFile = new Map<string, PlannedFigure>();
	for (const f of input.figures) fromFile.set(f.code, f);
	const valueOf = (code: string) => {
		const f = fromFile.get(code);
		if (f) return f.value;
		const id = ctx.idOf.get(code);
		return id === undefined ? undefined : input.current?.get(id)?.value;
	};
	return (input.values = { fromFile, valueOf });
}

/** Only the rules a new or changed figure of the file takes part in: a break of stored values alone is not this upload's doing. */
export function touchedRules(figures: readonly PlannedFigure[], index: Map<string, Rule[]>): Set<Rule> {
	const out = new Set<Rule>();
	for (const f of figures) {
		if (f.change === 'unchanged') continue;
		for (const rule of index.get(f.code) ?? []) out.add(rule);
	}
	return out;
}

/** Parts that add up to their total, judged on the figures as they will be; a rule missing parts the period expects says which. */
export function checkRules(input: WarningInput, ctx: WarningContext): FileProblem[] {
	const candidates = touchedRules(input.figures, ctx.rulesByCode);
	if (candidates.size === 0) return [];
	const { fromFile, valueOf } = valuesAsTheyWillBe(input, ctx);
	const anchorOf = (rule: Rule) =>
		[...rule.left, ...rule.right]
			.flatMap((code) => fromFile.get(code) ?? [])
			.reduce((a, b) => (b.row < a.row ? b : a));
	const complete: Rule[] = [];
	const out: FileProblem[] = [];
	for (const rule of candidates) {
		const missing = rule.left.filter((code) => valueOf(code) === undefined);
		if (missing.length === 0) {
			complete.push(rule);
			continue;
		}
		const rightValue = sumOf(rule.right, valueOf);
		const expected = missing.filter((code) => input.expects(code));
		// Without the total, or with every part missing, the rule is not in play (the report is not there yet).
		if (rightValue === null || missing.length === rule.left.length || expected.length === 0) continue;
		out.push(incompleteWarning(anchorOf(rule), rule, expected, sumOf(rule.left, valueOf, true)!, rightValue));
	}
	for (const v of evaluateRules(valueOf, complete)) out.push(ruleWarning(anchorOf(v.rule), v));
	return out;
}

function sumOf(codes: readonly string[], valueOf: (code: string) => number | undefined, skipMissing = false) {
	let total = 0;
	for (const code of codes) {
		const v = valueOf(code);
		if (v === undefined) {
			if (skipMissing) continue;
			return null;
		}
		total += v;
	}
	return total;
}

function incompleteWarning(
	anchor: PlannedFigure,
	rule: Rule,
	missing: string[],
	leftValue: number,
	rightValue: number
): FileProblem {
	const message = say('imports.check.rule_incomplete', (l) => ({
		rule: ruleName(rule, l),
		missing: missing.join(', '),
		left: rule.left.filter((code) => !missing.includes(code)).join(' + '),
		leftValue,
		right: rule.right.join(' + '),
		rightValue
	}));
	return problemAt(anchor, 'rule_incomplete', message, 'warning');
}

function ruleWarning(anchor: PlannedFigure, v: RuleViolation): FileProblem {
	const message = say('imports.check.rule', (l) => ({
		...describeViolation(v, l),
		op: v.rule.kind === 'eq' ? '≠' : '>'
	}));
	return problemAt(anchor, 'rule_violation', message, 'warning');
}

export function checkOutliers(input: WarningInput, ctx: WarningContext): FileProblem[] {
	const { previous, previousPeriod } = input;
	if (!previous || !previousPeriod) return [];
	const out: FileProblem[] = [];
	for (const f of input.figures) {
		if (f.change === 'unchanged') continue;
		const hit = findOutlier(f.value, previous.get(f.elementId), ctx.elementOf.get(f.elementId)!.valueType);
		if (!hit) continue;
		const high = hit.ratio >= 1;
		const message = say(high ? 'imports.check.outlier.high' : 'imports.check.outlier.low', (l) => ({
			code: f.code,
			value: f.value,
			ratio: high ? Math.round(hit.ratio * 10) / 10 : `${Math.round(hit.ratio * 100)}%`,
			previous: hit.previous,
			previousPeriod: periodLabel(previousPeriod, l)
		}));
		out.push(problemAt(f, 'outlier', message, 'warning'));
	}
	return out;
}
