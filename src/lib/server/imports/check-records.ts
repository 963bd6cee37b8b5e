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

function problem(
	r: FigureRecord,
	column: string,
	value: string,
	code: ProblemCode,
	message: Bilingual,
	severity: 'error' | 'warning' = 'error'
): FileProblem {
	const p: FileProblem = { row: r.row, column, value, code, message, severity };
	if (r.sheet) p.sheet = r.sheet;
	return p;
}

/** Closed system-wide or for an area above the unit, unless reopened for the unit itself. */
export function isClosedFor(period: PeriodInfo, unit: UnitInfo, refs: References): boolean {
	const closed =
		period.status === 'closed' ||
		(refs.closures.get(period.id) ?? []).some((id) => unit.path.includes(`/${id}/`));
	return closed && !refs.exceptions.has(`${period.id}:${unit.id}`);
}

/** Why this record cannot be stored, if it cannot; `null` when it refers to valid things. */
function checkReferences(
	r: FigureRecord,
	refs: References,
	state: FigureState,
	options: CheckOptions
): FileProblem | null {
	const unit = refs.units.get(r.schoolCode);
	if (!unit) {
		return problem(
			r,
			COLUMN.school,
			r.schoolCode,
			'school_unknown',
			say('imports.check.school_unknown', () => ({ value: r.schoolCode }))
		);
	}
	if (unit.type !== 'school' && unit.type !== 'commune') {
		const message = say('imports.check.school_not_school', () => ({ value: r.schoolCode, name: unit.name }));
		return problem(r, COLUMN.school, r.schoolCode, 'school_unknown', message);
	}
	if (!options.canSubmit(unit)) {
		const message = say('imports.check.school_out_of_scope', () => ({ value: unit.code, name: unit.name }));
		return problem(r, COLUMN.school, r.schoolCode, 'school_out_of_scope', message);
	}
	const period = refs.periods.get(r.period);
	if (!period) {
		return problem(
			r,
			COLUMN.period,
			r.period,
			'period_unknown',
			say('imports.check.period_unknown', () => ({ value: r.period }))
		);
	}
	const codeColumn = options.layout === 'long' ? COLUMN.code : r.column;
	const element = refs.elements.get(r.code);
	if (!element) {
		return problem(
			r,
			codeColumn,
			r.code,
			'code_unknown',
			say('imports.check.code_unknown', () => ({ value: r.code }))
		);
	}
	const applies =
		unit.type === 'school'
			? element.unitScope === 'school' && levelParts(unit.schoolLevel).some((l) => element.levels.includes(l))
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
		return problem(r, codeColumn, r.code, 'code_not_applicable', message);
	}
	if (!element.forms.includes(period.formCode)) {
		const message = say('imports.check.code_not_on_form', (l) => ({
			code: element.code,
			name: elementName(element, l),
			label: periodLabel(period, l)
		}));
		return problem(r, codeColumn, r.code, 'code_not_on_form', message);
	}
	if (isClosedFor(period, unit, refs)) {
		const message = say('imports.check.period_closed', (l) => ({ label: periodLabel(period, l) }));
		return problem(r, COLUMN.period, r.period, 'period_closed', message);
	}
	if (state.submissions.get(pairKey(unit.id, period.id))?.status === 'approved') {
		const message = say('imports.check.submission_locked', (l) => ({
			school: unit.name,
			label: periodLabel(period, l)
		}));
		return problem(r, COLUMN.period, r.period, 'submission_locked', message);
	}
	return null;
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
	const warnings: FileProblem[] = [];
	const reported = new Set<string>();
	const figures: PlannedFigure[] = [];
	const seen = new Map<string, FigureRecord[]>();

	for (const r of records) {
		const refProblem = checkReferences(r, refs, state, options);
		if (refProblem) {
			// The same unknown school or closed period on a wide row: once per row.
			const key = `${r.row}|${refProblem.code}|${refProblem.column}|${refProblem.value}`;
			if (!reported.has(key)) {
				reported.add(key);
				errors.push(refProblem);
			}
			continue;
		}
		const unit = refs.units.get(r.schoolCode)!;
		const period = refs.periods.get(r.period)!;
		const element = refs.elements.get(r.code)!;
		const dupKey = `${unit.id}:${period.id}:${element.id}`;
		const rows = seen.get(dupKey);
		if (rows) rows.push(r);
		else seen.set(dupKey, [r]);

		const parsed = parseFigureValue(r.raw, element.valueType, element.maxLevel);
		if (!parsed.ok) {
			errors.push(problem(r, r.column, r.raw, parsed.code, parsed.message));
			continue;
		}
		const sub = state.submissions.get(pairKey(unit.id, period.id));
		const before = sub ? (state.current.get(sub.id)?.get(element.id) ?? null) : null;
		const comment = normaliseComment(r.comment) ?? before?.comment ?? null;
		const change = !before
			? 'new'
			: before.value === parsed.value && before.comment === comment
				? 'unchanged'
				: 'changed';
		figures.push({
			row: r.row,
			column: r.column,
			raw: r.raw,
			unitId: unit.id,
			periodId: period.id,
			elementId: element.id,
			code: element.code,
			value: parsed.value,
			comment,
			before,
			change
		});
	}

	for (const rows of seen.values()) {
		if (rows.length < 2) continue;
		const list = rows.map((r) => r.row).join(', ');
		for (const r of rows) {
			const message = say('imports.check.duplicate_figure', () => ({
				code: r.code,
				school: r.schoolCode,
				period: r.period,
				rows: list
			}));
			errors.push(problem(r, r.column, r.raw, 'duplicate_figure', message));
		}
	}

	warnings.push(...checkRules(figures, refs, state, options.rules ?? RULES));
	warnings.push(...checkOutliers(figures, refs, state));
	const byRow = (a: FileProblem, b: FileProblem) => a.row - b.row;
	return { figures, errors: errors.sort(byRow), warnings: warnings.sort(byRow) };
}

/** Rules judged on the figures as they will be: the file's values over the stored ones. */
function checkRules(
	figures: PlannedFigure[],
	refs: References,
	state: FigureState,
	rules: readonly Rule[]
): FileProblem[] {
	const codeOf = new Map<number, string>();
	for (const e of refs.elements.values()) codeOf.set(e.id, e.code);
	const bySubmission = new Map<string, PlannedFigure[]>();
	for (const f of figures) {
		const key = pairKey(f.unitId, f.periodId);
		const list = bySubmission.get(key);
		if (list) list.push(f);
		else bySubmission.set(key, [f]);
	}
	const out: FileProblem[] = [];
	for (const [key, list] of bySubmission) {
		if (!list.some((f) => f.change !== 'unchanged')) continue;
		const merged = new Map<string, number>();
		const sub = state.submissions.get(key);
		const stored = sub ? state.current.get(sub.id) : undefined;
		if (stored) for (const [elementId, f] of stored) merged.set(codeOf.get(elementId) ?? '', f.value);
		const fromFile = new Map<string, PlannedFigure>();
		for (const f of list) {
			merged.set(f.code, f.value);
			fromFile.set(f.code, f);
		}
		for (const v of evaluateRules(merged, rules)) {
			const involved = [...v.rule.left, ...v.rule.right].flatMap((c) => fromFile.get(c) ?? []);
			// A break made only of stored (or re-sent) values is not this upload's doing.
			if (!involved.some((f) => f.change !== 'unchanged')) continue;
			const anchor = involved.reduce((a, b) => (b.row < a.row ? b : a));
			out.push(ruleWarning(anchor, v));
		}
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

function checkOutliers(figures: PlannedFigure[], refs: References, state: FigureState): FileProblem[] {
	const out: FileProblem[] = [];
	const typeOf = new Map<number, ElementInfo>();
	for (const e of refs.elements.values()) typeOf.set(e.id, e);
	for (const f of figures) {
		if (f.change === 'unchanged') continue;
		const period = refs.periodsById.get(f.periodId);
		if (!period?.previousId) continue;
		const previous = state.previous.get(pairKey(f.unitId, period.previousId))?.get(f.elementId);
		const hit = findOutlier(f.value, previous, typeOf.get(f.elementId)!.valueType);
		if (!hit) continue;
		const prevPeriod = refs.periodsById.get(period.previousId)!;
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
