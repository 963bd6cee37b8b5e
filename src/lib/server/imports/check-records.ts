// Checks the records read from a file against what the database knows (pure: the caller loads the
// references and stored figures first, in a few queries). One error per record at most, so a
// school code typed wrong once is reported once per row, not once per figure of the row.
import { levelParts } from '../../domain/types';
import { translate, type Params } from '../../i18n/translate';
import type { MessageKey } from '../../i18n/catalogue';
import type { Locale } from '../../i18n/types';
import { findOutlier } from './outliers';
import { parseFigureValue } from './parse-number';
import {
	pairKey,
	type CheckResult,
	type ElementInfo,
	type FigureState,
	type PeriodInfo,
	type PlannedFigure,
	type References,
	type StoredFigure,
	type UnitInfo
} from './plan';
import { evaluateRules, RULES, type Rule, type RuleViolation } from './rules';
import type { Bilingual, FigureRecord, FileProblem, ProblemCode } from './types';

export type CheckOptions = {
	canSubmit: (unit: UnitInfo) => boolean;
	layout: 'long' | 'wide' | null;
	rules?: readonly Rule[];
};

/** Column names used when the file's own header for the school, period or code is not at hand. */
export const COLUMN = { school: 'ma_truong', period: 'ky_bao_cao', code: 'ma_chi_so' } as const;

function say(key: MessageKey, params: (locale: Locale) => Params): Bilingual {
	return { vi: translate('vi', key, params('vi')), en: translate('en', key, params('en')) };
}

const elementName = (e: ElementInfo, l: Locale) => (l === 'vi' ? e.nameVi : e.nameEn);
const periodLabel = (p: PeriodInfo, l: Locale) => (l === 'vi' ? p.labelVi : p.labelEn);

/** Closed system-wide or for an area above the unit, unless reopened for the unit itself. */
export function isClosedFor(period: PeriodInfo, unit: UnitInfo, refs: References): boolean {
	const closed =
		period.status === 'closed' ||
		(refs.closures.get(period.id) ?? []).some((id) => unit.path.includes(`/${id}/`));
	return closed && !refs.exceptions.has(`${period.id}:${unit.id}`);
}

type Problem = Omit<FileProblem, 'row'>;
const at = (r: FigureRecord, p: Problem): FileProblem =>
	r.sheet ? { ...p, row: r.row, sheet: r.sheet } : { ...p, row: r.row };
const fault = (column: string, value: string, code: ProblemCode, message: Bilingual): Problem => ({
	column,
	value,
	code,
	message,
	severity: 'error'
});

/** What all records of one (school, period) share: resolved once, not once per figure. */
type PairContext = {
	unit: UnitInfo | null;
	period: PeriodInfo | null;
	parts: string[];
	/** Unknown school or period, not a school, out of scope: the record cannot be judged further. */
	early: Problem | null;
	/** Closed period or approved submission: judged after the figure code. */
	late: Problem | null;
	submissionId: number | null;
	current: Map<number, StoredFigure> | undefined;
	figures: PlannedFigure[];
};

function pairContext(
	schoolCode: string,
	periodText: string,
	refs: References,
	state: FigureState,
	options: CheckOptions
): PairContext {
	const ctx: PairContext = {
		unit: null,
		period: null,
		parts: [],
		early: null,
		late: null,
		submissionId: null,
		current: undefined,
		figures: []
	};
	const unit = refs.units.get(schoolCode);
	if (!unit) {
		ctx.early = fault(
			COLUMN.school,
			schoolCode,
			'school_unknown',
			say('imports.check.school_unknown', () => ({ value: schoolCode }))
		);
		return ctx;
	}
	if (unit.type !== 'school' && unit.type !== 'commune') {
		const message = say('imports.check.school_not_school', () => ({ value: schoolCode, name: unit.name }));
		ctx.early = fault(COLUMN.school, schoolCode, 'school_unknown', message);
		return ctx;
	}
	if (!options.canSubmit(unit)) {
		const message = say('imports.check.school_out_of_scope', () => ({ value: unit.code, name: unit.name }));
		ctx.early = fault(COLUMN.school, schoolCode, 'school_out_of_scope', message);
		return ctx;
	}
	const period = refs.periods.get(periodText);
	if (!period) {
		ctx.early = fault(
			COLUMN.period,
			periodText,
			'period_unknown',
			say('imports.check.period_unknown', () => ({ value: periodText }))
		);
		return ctx;
	}
	ctx.unit = unit;
	ctx.period = period;
	ctx.parts = levelParts(unit.schoolLevel);
	const sub = state.submissions.get(pairKey(unit.id, period.id));
	ctx.submissionId = sub?.id ?? null;
	ctx.current = sub ? state.current.get(sub.id) : undefined;
	if (isClosedFor(period, unit, refs)) {
		const message = say('imports.check.period_closed', (l) => ({ label: periodLabel(period, l) }));
		ctx.late = fault(COLUMN.period, periodText, 'period_closed', message);
	} else if (sub?.status === 'approved') {
		const message = say('imports.check.submission_locked', (l) => ({
			school: unit.name,
			label: periodLabel(period, l)
		}));
		ctx.late = fault(COLUMN.period, periodText, 'submission_locked', message);
	}
	return ctx;
}

/** Why the figure code cannot be stored for this unit and period, if it cannot. */
function checkElement(
	r: FigureRecord,
	ctx: PairContext,
	refs: References,
	options: CheckOptions
): Problem | null {
	const unit = ctx.unit!;
	const period = ctx.period!;
	const codeColumn = options.layout === 'long' ? COLUMN.code : r.column;
	const element = refs.elements.get(r.code);
	if (!element)
		return fault(
			codeColumn,
			r.code,
			'code_unknown',
			say('imports.check.code_unknown', () => ({ value: r.code }))
		);
	const applies =
		unit.type === 'school'
			? element.unitScope === 'school' && ctx.parts.some((l) => element.levels.includes(l))
			: element.unitScope === 'commune';
	if (!applies) {
		const key: MessageKey =
			unit.type === 'commune'
				? 'imports.check.code_school_only'
				: element.unitScope === 'commune'
					? 'imports.check.code_commune_only'
					: 'imports.check.code_not_applicable';
		const message = say(key, (l) => ({
			code: element.code,
			name: elementName(element, l),
			school: unit.name,
			level: unit.schoolLevel ? translate(l, `level.${unit.schoolLevel}`) : '—'
		}));
		return fault(codeColumn, r.code, 'code_not_applicable', message);
	}
	if (!element.forms.includes(period.formCode)) {
		const message = say('imports.check.code_not_on_form', (l) => ({
			code: element.code,
			name: elementName(element, l),
			label: periodLabel(period, l)
		}));
		return fault(codeColumn, r.code, 'code_not_on_form', message);
	}
	return ctx.late;
}

function normaliseComment(comment: string | null): string | null {
	const text = comment?.trim();
	return text ? text : null;
}

export function checkRecords(
	records: FigureRecord[],
	refs: References,
	state: FigureState,
	options: CheckOptions
): CheckResult {
	const errors: FileProblem[] = [];
	const reported = new Set<string>();
	const figures: PlannedFigure[] = [];
	const contexts = new Map<string, PairContext>();
	/** (pair, element) → the first record; later ones collect in `duplicates`. */
	const firstOf = new Map<string, FigureRecord>();
	const duplicates = new Map<string, FigureRecord[]>();
	let lastKey = '';
	let ctx: PairContext | undefined;

	for (const r of records) {
		const key = `${r.schoolCode}\u0000${r.period}`;
		if (key !== lastKey) {
			ctx = contexts.get(key);
			if (!ctx) contexts.set(key, (ctx = pairContext(r.schoolCode, r.period, refs, state, options)));
			lastKey = key;
		}
		const c = ctx!;
		const refProblem = c.early ?? checkElement(r, c, refs, options);
		if (refProblem) {
			// The same unknown school or closed period on a wide row: once per row.
			const once = `${r.row}|${refProblem.code}|${refProblem.column}|${refProblem.value}`;
			if (!reported.has(once)) {
				reported.add(once);
				errors.push(at(r, refProblem));
			}
			continue;
		}
		const element = refs.elements.get(r.code)!;
		const dupKey = `${key}\u0000${element.id}`;
		const first = firstOf.get(dupKey);
		if (!first) firstOf.set(dupKey, r);
		else duplicates.set(dupKey, [...(duplicates.get(dupKey) ?? [first]), r]);

		const parsed = parseFigureValue(r.raw, element.valueType, element.maxLevel);
		if (!parsed.ok) {
			errors.push(at(r, fault(r.column, r.raw, parsed.code, parsed.message)));
			continue;
		}
		const before = c.current?.get(element.id) ?? null;
		const comment = normaliseComment(r.comment) ?? before?.comment ?? null;
		const change = !before
			? 'new'
			: before.value === parsed.value && before.comment === comment
				? 'unchanged'
				: 'changed';
		const figure: PlannedFigure = {
			row: r.row,
			column: r.column,
			raw: r.raw,
			unitId: c.unit!.id,
			periodId: c.period!.id,
			elementId: element.id,
			code: element.code,
			value: parsed.value,
			comment,
			before,
			change
		};
		figures.push(figure);
		c.figures.push(figure);
	}

	for (const rows of duplicates.values()) {
		const list = rows.map((r) => r.row).join(', ');
		for (const r of rows) {
			const message = say('imports.check.duplicate_figure', () => ({
				code: r.code,
				school: r.schoolCode,
				period: r.period,
				rows: list
			}));
			errors.push(at(r, fault(r.column, r.raw, 'duplicate_figure', message)));
		}
	}

	const warnings: FileProblem[] = [];
	const codeOf = new Map<number, string>();
	const elementOf = new Map<number, ElementInfo>();
	for (const e of refs.elements.values()) {
		codeOf.set(e.id, e.code);
		elementOf.set(e.id, e);
	}
	for (const c of contexts.values()) {
		if (!c.figures.some((f) => f.change !== 'unchanged')) continue;
		warnings.push(...checkRules(c, codeOf, options.rules ?? RULES));
		warnings.push(...checkOutliers(c, refs, state, elementOf));
	}
	const byRow = (a: FileProblem, b: FileProblem) => a.row - b.row;
	return { figures, errors: errors.sort(byRow), warnings: warnings.sort(byRow) };
}

/** Rules judged on the figures as they will be: the file's values over the stored ones. */
function checkRules(c: PairContext, codeOf: Map<number, string>, rules: readonly Rule[]): FileProblem[] {
	const merged = new Map<string, number>();
	if (c.current) for (const [elementId, f] of c.current) merged.set(codeOf.get(elementId) ?? '', f.value);
	const fromFile = new Map<string, PlannedFigure>();
	for (const f of c.figures) {
		merged.set(f.code, f.value);
		fromFile.set(f.code, f);
	}
	const out: FileProblem[] = [];
	for (const v of evaluateRules(merged, rules)) {
		const involved = [...v.rule.left, ...v.rule.right].flatMap((code) => fromFile.get(code) ?? []);
		// A break made only of stored (or re-sent) values is not this upload's doing.
		if (!involved.some((f) => f.change !== 'unchanged')) continue;
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

function checkOutliers(
	c: PairContext,
	refs: References,
	state: FigureState,
	elementOf: Map<number, ElementInfo>
): FileProblem[] {
	const previousId = c.period!.previousId;
	const previous = previousId ? state.previous.get(pairKey(c.unit!.id, previousId)) : undefined;
	if (!previous) return [];
	const prevPeriod = refs.periodsById.get(previousId!)!;
	const out: FileProblem[] = [];
	for (const f of c.figures) {
		if (f.change === 'unchanged') continue;
		const hit = findOutlier(f.value, previous.get(f.elementId), elementOf.get(f.elementId)!.valueType);
		if (!hit) continue;
		const high = hit.ratio >= 1;
		const message = say(high ? 'imports.check.outlier.high' : 'imports.check.outlier.low', (l) => ({
			code: f.code,
			value: f.value,
			ratio: high ? Math.round(hit.ratio * 10) / 10 : `${Math.round(hit.ratio * 100)}%`,
			previous: hit.previous,
			previousPeriod: periodLabel(prevPeriod, l)
		}));
		out.push({ row: f.row, column: f.column, value: f.raw, code: 'outlier', message, severity: 'warning' });
	}
	return out;
}
