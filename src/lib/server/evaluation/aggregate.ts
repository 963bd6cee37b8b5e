// Indicator values from pooled figures: pure. The query layer sums figures in SQL into cells
// (one per unit level × element, for one group of units and one period); this applies the formulas.
import { levelParts, type IndicatorFormula, type SchoolLevel } from '../../domain/types';

/**
 * The elements some units reported in a period (of those the statement read): cells of units that
 * reported the same ones share it, so a rate can pool only the units that reported all of its figures.
 */
export type Reported = { key: string; codes: ReadonlySet<string> };

/**
 * Pooled figures of one element over the units of one school level (null: commune units) that
 * reported the same elements.
 */
export type Cell = {
	level: string | null;
	reported: Reported;
	/** Σ value. */
	sum: number;
	/** Units that reported the element. */
	n: number;
	/** value → units, kept for the elements of shares and levels only. */
	hist: Map<number, number> | null;
};

/** Element code → its cells, for one group of units and one period. */
export type PeriodCells = Map<string, Cell[]>;

export type IndicatorDefLike = {
	formula: IndicatorFormula;
	levels: readonly string[];
	/** The elements the formula reads, when the caller has them already (else worked out per call). */
	elements?: readonly string[];
};

export type IndicatorValue = {
	actual: number | null;
	numerator: number | null;
	denominator: number | null;
	/** Units whose figures went in. */
	reporters: number;
};

const EMPTY: IndicatorValue = { actual: null, numerator: null, denominator: null, reporters: 0 };

/** Does a unit of this level count for an indicator of these levels? Commune indicators have none. */
export function countsFor(indicatorLevels: readonly string[], unitLevel: string | null): boolean {
	if (indicatorLevels.length === 0) return unitLevel === null;
	if (unitLevel === null) return false;
	for (const p of levelParts(unitLevel as SchoolLevel)) if (indicatorLevels.includes(p)) return true;
	return false;
}

/** The elements a formula reads, and those kept as value histograms (shares and levels). */
export function formulaElements(formula: IndicatorFormula): { all: string[]; categorical: string[] } {
	switch (formula.kind) {
		case 'rate':
			return { all: [...new Set([...formula.numerator, ...formula.denominator])], categorical: [] };
		case 'sum':
			return { all: [...formula.of], categorical: [] };
		case 'share_of_schools':
		case 'level':
			return { all: [formula.element], categorical: [formula.element] };
	}
}

type Pooled = { sum: number; n: number };

/** Did these units report every element listed? */
function isComplete(needs: readonly string[], reported: Reported): boolean {
	for (const code of needs) if (!reported.codes.has(code)) return false;
	return true;
}

/**
 * Σ of the elements over the units of the levels that reported every element `needs` lists, into
 * `out`; n = the most units that reported any one of them (all of them, given `needs`).
 */
function pool(
	cells: PeriodCells,
	codes: readonly string[],
	levels: readonly string[],
	needs: readonly string[],
	out: Pooled
): Pooled {
	let sum = 0;
	let n = 0;
	for (const code of codes) {
		const list = cells.get(code);
		if (!list) continue;
		let k = 0;
		for (const c of list) {
			if (!countsFor(levels, c.level) || !isComplete(needs, c.reported)) continue;
			sum += c.sum;
			k += c.n;
		}
		if (k > n) n = k;
	}
	out.sum = sum;
	out.n = n;
	return out;
}

/** The histogram's cells that count (value → units is read from each; no merged map is built). */
function histogramCells(cells: PeriodCells, code: string, levels: readonly string[]): Map<number, number>[] {
	const list = cells.get(code);
	if (!list) return [];
	const out: Map<number, number>[] = [];
	for (const c of list) if (c.hist && countsFor(levels, c.level)) out.push(c.hist);
	return out;
}

/**
 * One indicator over pooled cells:
 * rate = Σ numerators / Σ denominators × 100 (never a mean of the units' rates), over the units that
 * reported every element of both sides: a unit with an incomplete report (its denominator, not its
 * numerator) would otherwise lower the area's rate;
 * sum = Σ over the units that reported every element summed; share of schools = reporting schools with element ≥ atLeast / reporting schools × 100;
 * level = the lowest level among the reporting units (an area is at level k when all its units are),
 * with numerator = units at ≥ `levelBar` when a level target is known.
 * Only units of the indicator's levels count; units that reported nothing are not in any denominator.
 */
export function computeIndicator(
	ind: IndicatorDefLike,
	cells: PeriodCells | undefined,
	levelBar?: number | null
): IndicatorValue {
	if (!cells) return EMPTY;
	const f = ind.formula;
	switch (f.kind) {
		case 'rate': {
			const needs = ind.elements ?? formulaElements(f).all;
			const den = pool(cells, f.denominator, ind.levels, needs, { sum: 0, n: 0 });
			// No unit reported both sides (e.g. a numerator nobody reported): unknown, not 0 %, "chưa có số liệu".
			if (den.n === 0) return EMPTY;
			const num = pool(cells, f.numerator, ind.levels, needs, { sum: 0, n: 0 });
			return {
				actual: den.sum === 0 ? null : (num.sum / den.sum) * 100,
				numerator: num.sum,
				denominator: den.sum,
				reporters: den.n
			};
		}
		case 'sum': {
			const total = pool(cells, f.of, ind.levels, f.of, { sum: 0, n: 0 });
			if (total.n === 0) return EMPTY;
			return { actual: total.sum, numerator: null, denominator: null, reporters: total.n };
		}
		case 'share_of_schools': {
			let meeting = 0;
			let all = 0;
			for (const hist of histogramCells(cells, f.element, ind.levels))
				for (const [v, k] of hist) {
					all += k;
					if (v >= f.atLeast) meeting += k;
				}
			if (all === 0) return EMPTY;
			return { actual: (meeting / all) * 100, numerator: meeting, denominator: all, reporters: all };
		}
		case 'level': {
			const bar = levelBar === undefined ? null : levelBar;
			let all = 0;
			let lowest = Infinity;
			let atBar = 0;
			for (const hist of histogramCells(cells, f.element, ind.levels))
				for (const [v, k] of hist) {
					if (k <= 0) continue;
					all += k;
					if (v < lowest) lowest = v;
					if (bar !== null && v >= bar) atBar += k;
				}
			if (all === 0) return EMPTY;
			return { actual: lowest, numerator: bar === null ? null : atBar, denominator: all, reporters: all };
		}
	}
}

/** Adds `from`'s cells into `into` (an area's cells are the sum of its parts'). */
export function mergeCells(into: PeriodCells, from: PeriodCells): PeriodCells {
	for (const [code, cells] of from) {
		let list = into.get(code);
		if (!list) into.set(code, (list = []));
		for (const c of cells) {
			const same = list.find((x) => x.level === c.level && x.reported.key === c.reported.key);
			if (!same) {
				list.push({ ...c, hist: c.hist ? new Map(c.hist) : null });
				continue;
			}
			same.sum += c.sum;
			same.n += c.n;
			if (c.hist) {
				same.hist ??= new Map();
				for (const [v, k] of c.hist) same.hist.set(v, (same.hist.get(v) ?? 0) + k);
			}
		}
	}
	return into;
}

export type UnitFigures = { level: string | null; figures: Record<string, number> };

/** Cells from individual units' figures (what the SQL does, for tests and small callers). */
export function cellsFromUnits(units: UnitFigures[], categorical: ReadonlySet<string>): PeriodCells {
	const out: PeriodCells = new Map();
	for (const u of units) {
		const one: PeriodCells = new Map();
		const codes = Object.keys(u.figures).sort();
		const reported: Reported = { key: codes.join(','), codes: new Set(codes) };
		for (const [code, value] of Object.entries(u.figures)) {
			const hist = categorical.has(code) ? new Map([[value, 1]]) : null;
			one.set(code, [{ level: u.level, reported, sum: value, n: 1, hist }]);
		}
		mergeCells(out, one);
	}
	return out;
}

/** An indicator over a set of units' figures. */
export function aggregateUnits(ind: IndicatorDefLike, units: UnitFigures[], levelBar?: number | null) {
	const categorical = new Set(formulaElements(ind.formula).categorical);
	return computeIndicator(ind, cellsFromUnits(units, categorical), levelBar);
}
