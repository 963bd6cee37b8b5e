// Incomplete reports: after the upload (file over stored), which figures the period's form
// requires of each school (or commune) are still missing. One warning per report, so storing an
// incomplete report needs the uploader's explicit confirmation like any other warning.
import { findMissingFigures, listRequiredFigures, summariseMissing } from '../submissions/required-figures';
import { makeProblem } from './make-problem';
import { pairKey, type FigureState, type PlannedFigure, type References, type UnitInfo } from './plan';
import type { SchoolPreview } from './preview';
import type { FileProblem } from './types';

export type IncompleteReport = { unit: UnitInfo; periodRef: string; missing: string[]; firstRow: number };

/** Reports the figures touch whose required figures are not all present after the upload. */
export function findIncompleteReports(
	figures: readonly PlannedFigure[],
	refs: References,
	state: FigureState
): IncompleteReport[] {
	const unitsById = new Map([...refs.units.values()].map((u) => [u.id, u]));
	const codeById = new Map([...refs.elements.values()].map((e) => [e.id, e.code]));
	const elements = [...refs.elements.values()];
	const pairs = new Map<string, { unitId: number; periodId: number; codes: Set<string>; firstRow: number }>();
	for (const f of figures) {
		const key = pairKey(f.unitId, f.periodId);
		let p = pairs.get(key);
		if (!p)
			pairs.set(key, (p = { unitId: f.unitId, periodId: f.periodId, codes: new Set(), firstRow: f.row }));
		p.codes.add(f.code);
		if (f.row < p.firstRow) p.firstRow = f.row;
	}
	const out: IncompleteReport[] = [];
	for (const [key, p] of pairs) {
		const unit = unitsById.get(p.unitId);
		const period = refs.periodsById.get(p.periodId);
		if (!unit || !period) continue;
		const required = listRequiredFigures(elements, period.formCode, unit).map((e) => e.code);
		if (required.length === 0) continue;
		const sub = state.submissions.get(key);
		const stored = sub ? (state.current.get(sub.id)?.keys() ?? []) : [];
		const present = new Set(p.codes);
		for (const id of stored) {
			const code = codeById.get(id);
			if (code) present.add(code);
		}
		const missing = findMissingFigures(required, present);
		if (missing.length) out.push({ unit, periodRef: period.ref, missing, firstRow: p.firstRow });
	}
	return out.sort((a, b) => a.firstRow - b.firstRow || a.unit.code.localeCompare(b.unit.code));
}

/** One 'report_incomplete' warning per incomplete report, naming the first missing codes. */
export function warnIncomplete(reports: readonly IncompleteReport[]): FileProblem[] {
	return reports.map((r) => {
		const { text, more } = summariseMissing(r.missing);
		return makeProblem({ row: 0, column: '', value: r.unit.code }, 'report_incomplete', {
			key: more > 0 ? 'completeness.problem.incompleteMore' : 'completeness.problem.incomplete',
			severity: 'warning',
			params: { school: r.unit.code, period: r.periodRef, count: r.missing.length, codes: text, more }
		});
	});
}

/** The preview's schools with the required figures each report still lacks after the upload. */
export function attachMissing(
	schools: SchoolPreview[],
	reports: readonly IncompleteReport[]
): SchoolPreview[] {
	const byKey = new Map(reports.map((r) => [`${r.unit.code}|${r.periodRef}`, r.missing]));
	for (const s of schools) s.missing = byKey.get(`${s.schoolCode}|${s.period}`) ?? [];
	return schools;
}
