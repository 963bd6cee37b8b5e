// An indicator's formula by school year, as pure functions: which version holds for a year, what a
// change "from a year on" leaves, which years it changes, and the year a Sở officer expects by default.
import type { IndicatorFormula } from '$lib/domain/types';

export type YearRef = { id: number; code: string; start: string };

/** `from` null: the first version, from the earliest school year. */
export type FormulaVersion = { from: YearRef | null; formula: IndicatorFormula };

/** jsonb gives keys back in its own order. */
export function canonicalFormula(f: object): string {
	return JSON.stringify(Object.entries(f).sort(([a], [b]) => a.localeCompare(b)));
}

const startOf = (v: FormulaVersion) => v.from?.start ?? '';

/** Versions from the earliest year on. */
export function sortVersions(versions: FormulaVersion[]): FormulaVersion[] {
	return [...versions].sort((a, b) => startOf(a).localeCompare(startOf(b)));
}

/** The version valid for a year: the last one whose year began no later than it. */
export function formulaForYear(versions: FormulaVersion[], year: YearRef): IndicatorFormula | null {
	let found: IndicatorFormula | null = null;
	for (const v of sortVersions(versions)) if (startOf(v) <= year.start) found = v.formula;
	return found;
}

/**
 * The versions after `formula` takes effect from `from` (null: every year) on: earlier versions stay,
 * later ones are superseded, and a version equal to the one before it is not kept.
 */
export function applyFormulaFrom(
	versions: FormulaVersion[],
	from: YearRef | null,
	formula: IndicatorFormula
): FormulaVersion[] {
	const kept = sortVersions(versions).filter((v) => from !== null && startOf(v) < from.start);
	const out = [...kept, { from, formula }];
	return out.filter(
		(v, i) => i === 0 || canonicalFormula(v.formula) !== canonicalFormula(out[i - 1].formula)
	);
}

export function sameVersions(a: FormulaVersion[], b: FormulaVersion[]): boolean {
	const key = (list: FormulaVersion[]) =>
		sortVersions(list)
			.map((v) => `${v.from?.id ?? ''}:${canonicalFormula(v.formula)}`)
			.join('|');
	return key(a) === key(b);
}

/** The years (codes, in order) whose formula differs between two version lists. */
export function changedYears(before: FormulaVersion[], after: FormulaVersion[], years: YearRef[]): string[] {
	const text = (f: IndicatorFormula | null) => (f ? canonicalFormula(f) : '');
	return [...years]
		.sort((a, b) => a.start.localeCompare(b.start))
		.filter((y) => text(formulaForYear(before, y)) !== text(formulaForYear(after, y)))
		.map((y) => y.code);
}

/**
 * The year a change takes effect from unless the officer picks another: every year while the indicator
 * has never been evaluated; else the first year after the last evaluated one (the next school year, or
 * the current one when it has shown nothing yet); with none, the last evaluated year (saving then asks
 * to confirm that its evaluations change).
 */
export function defaultFromYear(years: YearRef[], evaluated: string[]): string | null {
	if (evaluated.length === 0) return null;
	const sorted = [...years].sort((a, b) => a.start.localeCompare(b.start));
	const lastEvaluated = sorted.filter((y) => evaluated.includes(y.code)).at(-1);
	if (!lastEvaluated) return null;
	return (sorted.find((y) => y.start > lastEvaluated.start) ?? lastEvaluated).code;
}

/** For the history: each version with the existing school years it holds for. */
export function describeVersions(versions: FormulaVersion[], years: YearRef[]) {
	const sorted = sortVersions(versions);
	const ordered = [...years].sort((a, b) => a.start.localeCompare(b.start));
	return sorted.map((v, i) => {
		const next = sorted[i + 1];
		const covers = ordered.filter((y) => startOf(v) <= y.start && (!next || y.start < startOf(next)));
		return { fromYear: v.from?.code ?? null, formula: v.formula, years: covers.map((y) => y.code) };
	});
}
