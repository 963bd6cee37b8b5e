// Incomplete reports: after the upload (file over stored), which figures the period's form
// requires of each school (or commune) are still missing. One warning per report, so storing an
// incomplete report needs the uploader's explicit confirmation like any other warning.
import { listRequiredFigures, profileKey, summariseMissing } from '../submissions/required-figures';
import { makeProblem } from './make-problem';
import {
	pairKey,
	type ElementInfo,
	type FigureState,
	type PlannedFigure,
	type References,
	type UnitInfo
} from './plan';
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
	const elements = [...refs.elements.values()];
	// The few figures of a report are an array: a Set per report costs more than scanning one.
	type Pair = { unitId: number; periodId: number; elementIds: number[]; firstRow: number };
	const pairs = new Map<string, Pair>();
	let p: Pair | undefined;
	for (const f of figures) {
		// A file's figures come by report: the key is built only when the report changes.
		if (!p || p.unitId !== f.unitId || p.periodId !== f.periodId) {
			const key = pairKey(f.unitId, f.periodId);
			p = pairs.get(key);
			if (!p)
				pairs.set(key, (p = { unitId: f.unitId, periodId: f.periodId, elementIds: [], firstRow: f.row }));
		}
		p.elementIds.push(f.elementId);
		if (f.row < p.firstRow) p.firstRow = f.row;
	}
	// Every school of a level asks the same figures of a form: one list per form and kind of unit.
	const requiredFor = new Map<string, ElementInfo[]>();
	const out: IncompleteReport[] = [];
	for (const [key, p] of pairs) {
		const unit = unitsById.get(p.unitId);
		const period = refs.periodsById.get(p.periodId);
		if (!unit || !period) continue;
		const profile = `${period.formCode}|${profileKey(unit)}`;
		let required = requiredFor.get(profile);
		if (!required)
			requiredFor.set(profile, (required = listRequiredFigures(elements, period.formCode, unit)));
		if (required.length === 0) continue;
		const sub = state.submissions.get(key);
		const stored = sub ? state.current.get(sub.id) : undefined;
		const missing: string[] = [];
		for (const e of required) if (!p.elementIds.includes(e.id) && !stored?.has(e.id)) missing.push(e.code);
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
