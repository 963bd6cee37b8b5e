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
};

export type WarningContext = {
	rulesByCode: Map<string, Rule[]>;
	idOf: Map<string, number>;
	elementOf: Map<number, ElementInfo>;
};

/** Only the rules a new or changed figure of the file takes part in: a break of stored values alone is not this upload's doing. */
export function checkRules(input: WarningInput, ctx: WarningContext): FileProblem[] {
	const fromFile = new Map<string, PlannedFigure>();
	const candidates = new Set<Rule>();
	for (const f of input.figures) {
		fromFile.set(f.code, f);
		if (f.change === 'unchanged') continue;
		for (const rule of ctx.rulesByCode.get(f.code) ?? []) candidates.add(rule);
	}
	if (candidates.size === 0) return [];
	const valueOf = (code: string) => {
		const f = fromFile.get(code);
		if (f) return f.value;
		const id = ctx.idOf.get(code);
		return id === undefined ? undefined : input.current?.get(id)?.value;
	};
	const out: FileProblem[] = [];
	for (const v of evaluateRules(valueOf, [...candidates])) {
		const involved = [...v.rule.left, ...v.rule.right].flatMap((code) => fromFile.get(code) ?? []);
		const anchor = involved.reduce((a, b) => (b.row < a.row ? b : a));
		out.push(ruleWarning(anchor, v));
	}
	return out;
}

function ruleWarning(anchor: PlannedFigure, v: RuleViolation): FileProblem {
	const message = say('imports.check.rule', (l) => ({
		rule: translate(l, `imports.rule.${v.rule.group}`),
		left: v.rule.left.join(' + '),
		leftValue: v.leftValue,
		op: v.rule.kind === 'eq' ? '≠' : '>',
		right: v.rule.right.join(' + '),
		rightValue: v.rightValue
	}));
	return {
		row: anchor.row,
		column: anchor.column,
		value: anchor.raw,
		code: 'rule_violation',
		message,
		severity: 'warning'
	};
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
		out.push({ row: f.row, column: f.column, value: f.raw, code: 'outlier', message, severity: 'warning' });
	}
	return out;
}
