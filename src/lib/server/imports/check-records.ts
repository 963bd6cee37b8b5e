// Checks the records read from a file against what the database knows (pure: the caller loads the
// references and stored figures first, in a few queries). One error per record at most, so a
// school code typed wrong once is reported once per row, not once per figure of the row.
import { levelParts } from '../../domain/types';
import { formatNumber } from '../../i18n/format';
import { translate } from '../../i18n/translate';
import type { MessageKey } from '../../i18n/catalogue';
import type { Locale } from '../../i18n/types';
import {
	checkOutliers,
	checkRules,
	periodLabel,
	say,
	type WarningContext,
	type WarningInput
} from './check-warnings';
import { parseFigureValue } from './parse-number';
import {
	pairKey,
	type Change,
	type CheckResult,
	type ElementInfo,
	type FigureState,
	type PeriodInfo,
	type PlannedFigure,
	type References,
	type StoredFigure,
	type UnitInfo
} from './plan';
import { checkImpossible } from './check-impossible';
import { deriveImpossibleRules, rulesByCode, type Rule } from './rules';
import { makeProblem } from './make-problem';
import { MAX_PROBLEMS, type Bilingual, type FigureRecord, type FileProblem, type ProblemCode } from './types';
import { decidePeriodState } from '../calendar/open-rule';

export type CheckOptions = {
	canSubmit: (unit: UnitInfo) => boolean;
	layout: 'long' | 'wide' | null;
	/** The active consistency rules (load-context.ts loadRules). */
	rules: readonly Rule[];
};

/** Column names used when the file's own header for the school, period or code is not at hand. */
export const COLUMN = { school: 'ma_truong', period: 'ky_bao_cao', code: 'ma_chi_so' } as const;

const elementName = (e: ElementInfo, l: Locale) => (l === 'vi' ? e.nameVi : e.nameEn);

/** Closed for the unit today, by the calendar's one rule (closures, lock exceptions, Vietnam's date). */
export function isClosedFor(period: PeriodInfo, unit: UnitInfo, refs: References): boolean {
	return !decidePeriodState({
		status: period.status,
		unitPath: unit.path,
		closures: refs.closures.get(period.id) ?? [],
		exception: refs.exceptions.get(`${period.id}:${unit.id}`)
	}).open;
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
	parts: readonly string[];
	/** Unknown school or period, not a school, out of scope: the record cannot be judged further. */
	early: Problem | null;
	/** Closed period or approved submission: judged after the figure code. */
	late: Problem | null;
	submissionId: number | null;
	current: Map<number, StoredFigure> | undefined;
	figures: PlannedFigure[];
	/** By element id, the first record of it; later ones collect in `duplicates`. */
	seen: FigureRecord[];
	duplicates: Map<number, FigureRecord[]> | null;
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
		figures: [],
		seen: [],
		duplicates: null
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
	// Districts hold the roll-up they report upward (the reporting page's upward CSV, in this layout).
	if (unit.type !== 'school' && unit.type !== 'commune' && unit.type !== 'district') {
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
	if (!appliesTo(element, ctx)) {
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

/** Whether the figure is one of the unit's (its level's, or a commune's own). */
function appliesTo(element: ElementInfo, ctx: PairContext): boolean {
	const unit = ctx.unit!;
	return unit.type === 'school'
		? element.unitScope === 'school' && ctx.parts.some((l) => element.levels.includes(l))
		: unit.type === 'district' || element.unitScope === 'commune';
}

/** Whether the unit and period of a submission take this figure (as checkElement judges it). */
function isExpected(element: ElementInfo, ctx: PairContext): boolean {
	return appliesTo(element, ctx) && element.forms.includes(ctx.period!.formCode);
}

/** Rows named in a message: the first few, then how many more. */
const ROWS_NAMED = 5;
function rowList(rows: readonly FigureRecord[], l: Locale): string {
	const named = rows
		.slice(0, ROWS_NAMED)
		.map((r) => r.row)
		.join(', ');
	if (rows.length <= ROWS_NAMED) return named;
	return translate(l, 'imports.check.rows_more', {
		rows: named,
		more: formatNumber(l, rows.length - ROWS_NAMED)
	});
}

function normaliseComment(comment: string | null): string | null {
	const text = comment?.trim();
	return text ? text : null;
}

/**
 * The comment to store and whether the figure changes. A long file's comment is the figure's own; a
 * wide file's is the row's, so it goes only to the row's new or changed values: an unchanged value
 * keeps its stored comment and stays unchanged.
 */
export function planComment(
	before: StoredFigure | null,
	value: number,
	fileComment: string | null,
	rowComment: boolean
): { comment: string | null; change: Change } {
	const given = normaliseComment(fileComment);
	if (!before) return { comment: given, change: 'new' };
	if (before.value === value && rowComment) return { comment: before.comment, change: 'unchanged' };
	const comment = given ?? before.comment;
	const change = before.value === value && before.comment === comment ? 'unchanged' : 'changed';
	return { comment, change };
}

export function checkRecords(
	records: FigureRecord[],
	refs: References,
	state: FigureState,
	options: CheckOptions
): CheckResult {
	const errors: FileProblem[] = [];
	const reported = new Set<string>();
	let droppedErrors = 0;
	let lastDroppedRow = -1;
	const figures: PlannedFigure[] = [];
	const contexts = new Map<string, PairContext>();
	let lastSchool: string | null = null;
	let lastPeriod: string | null = null;
	let ctx: PairContext | undefined;

	for (const r of records) {
		// Files come sorted by school (and period): the context changes rarely.
		if (r.schoolCode !== lastSchool || r.period !== lastPeriod) {
			const key = `${r.schoolCode}\u0000${r.period}`;
			ctx = contexts.get(key);
			if (!ctx) contexts.set(key, (ctx = pairContext(r.schoolCode, r.period, refs, state, options)));
			lastSchool = r.schoolCode;
			lastPeriod = r.period;
		}
		const c = ctx!;
		const refProblem = c.early ?? checkElement(r, c, refs, options);
		if (refProblem) {
			// Past the listing cap only count (once per row): a file of 240,000 unknown schools would
			// otherwise build a key and a problem per record for nothing.
			if (errors.length >= MAX_PROBLEMS) {
				if (r.row !== lastDroppedRow) droppedErrors++;
				lastDroppedRow = r.row;
				continue;
			}
			// The same unknown school or closed period on a wide row: once per row.
			const once = `${r.row}|${refProblem.code}|${refProblem.column}|${refProblem.value}`;
			if (!reported.has(once)) {
				reported.add(once);
				errors.push(at(r, refProblem));
			}
			continue;
		}
		const element = refs.elements.get(r.code)!;
		const first = c.seen[element.id];
		if (!first) c.seen[element.id] = r;
		else {
			c.duplicates ??= new Map();
			const list = c.duplicates.get(element.id);
			if (list) list.push(r);
			else c.duplicates.set(element.id, [first, r]);
		}

		const parsed = parseFigureValue(r.raw, element.valueType, element.maxLevel);
		if (!parsed.ok) {
			errors.push(at(r, fault(r.column, r.raw, parsed.code, parsed.message)));
			continue;
		}
		const before = c.current?.get(element.id) ?? null;
		const { comment, change } = planComment(before, parsed.value, r.comment, options.layout === 'wide');
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

	for (const c of contexts.values())
		for (const rows of c.duplicates?.values() ?? []) {
			// One message per figure, shared by its rows: a file repeating a figure 20,000 times must not
			// build 20,000 lists of 20,000 rows.
			const first = rows[0];
			const message = say('imports.check.duplicate_figure', (l) => ({
				code: first.code,
				school: first.schoolCode,
				period: first.period,
				rows: rowList(rows, l)
			}));
			for (const r of rows) errors.push(at(r, fault(r.column, r.raw, 'duplicate_figure', message)));
		}

	const warnings: FileProblem[] = [];
	const elements = [...refs.elements.values()];
	const rules = options.rules;
	const judge: WarningContext = {
		rulesByCode: rulesByCode(rules.filter((r) => r.kind === 'eq')),
		impossibleByCode: rulesByCode(deriveImpossibleRules(rules, refs.rates)),
		idOf: new Map(elements.map((e) => [e.code, e.id])),
		elementOf: new Map(elements.map((e) => [e.id, e]))
	};
	for (const c of contexts.values()) {
		if (!c.figures.some((f) => f.change !== 'unchanged')) continue;
		const previousId = c.period!.previousId;
		const input: WarningInput = {
			figures: c.figures,
			current: c.current,
			previous: previousId ? state.previous.get(pairKey(c.unit!.id, previousId)) : undefined,
			previousPeriod: previousId ? refs.periodsById.get(previousId) : undefined,
			expects: (code) => {
				const e = refs.elements.get(code);
				return !!e && isExpected(e, c);
			}
		};
		errors.push(...checkImpossible(input, judge));
		warnings.push(...checkRules(input, judge), ...checkOutliers(input, judge));
	}
	const byRow = (a: FileProblem, b: FileProblem) => a.row - b.row;
	return {
		figures,
		errors: capProblems(errors.sort(byRow), 'error', droppedErrors),
		warnings: capProblems(warnings.sort(byRow), 'warning')
	};
}

/**
 * The first MAX_PROBLEMS, then one line counting the rest: a file of 240,000 unknown schools must not
 * carry 240,000 messages through the preview, the failed-rows file and the kept preview.
 */
export function capProblems(
	problems: FileProblem[],
	severity: FileProblem['severity'] = 'error',
	alreadyDropped = 0
): FileProblem[] {
	if (problems.length <= MAX_PROBLEMS && alreadyDropped === 0) return problems;
	const more = Math.max(0, problems.length - MAX_PROBLEMS) + alreadyDropped;
	if (problems.length > MAX_PROBLEMS) problems.length = MAX_PROBLEMS;
	problems.push(
		makeProblem({ row: 0, column: '', value: '' }, 'too_many_problems', {
			params: { shown: MAX_PROBLEMS, more },
			severity
		})
	);
	return problems;
}
