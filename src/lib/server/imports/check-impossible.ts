// Errors for figures that cannot be true together: a part above its whole, a rate's numerator above
// its denominator. Judged like the warnings on the figures as they will be (the file's over the
// stored), and only where a new or changed figure of the file takes part.
import {
	describeViolation,
	problemAt,
	say,
	touchedRules,
	valuesAsTheyWillBe,
	type WarningContext,
	type WarningInput
} from './check-warnings';
import type { PlannedFigure } from './plan';
import { evaluateRules, type RuleViolation } from './rules';
import type { FileProblem } from './types';

export function checkImpossible(input: WarningInput, ctx: WarningContext): FileProblem[] {
	const candidates = touchedRules(input.figures, ctx.impossibleByCode);
	if (candidates.size === 0) return [];
	const { fromFile, valueOf } = valuesAsTheyWillBe(input, ctx);
	const out: FileProblem[] = [];
	for (const v of evaluateRules(valueOf, [...candidates])) {
		out.push(impossibleError(anchorOf(v, fromFile), v));
	}
	return out;
}

/** The part that is too large, where the file gives it; else the file's whole that is too small. */
function anchorOf(v: RuleViolation, fromFile: Map<string, PlannedFigure>): PlannedFigure {
	const pick = (codes: readonly string[]) =>
		codes
			.flatMap((code) => fromFile.get(code) ?? [])
			.reduce<PlannedFigure | null>((a, b) => (a === null || b.row < a.row ? b : a), null);
	return (pick(v.rule.left) ?? pick(v.rule.right))!;
}

function impossibleError(anchor: PlannedFigure, v: RuleViolation): FileProblem {
	const message = say('imports.check.impossible', (l) => describeViolation(v, l));
	return problemAt(anchor, 'figure_impossible', message, 'error');
}
