// Indicator values from pooled figures: pure. The query layer sums figures in SQL into cells
// (one per unit level × element, for one group of units and one period); this applies the formulas.
import { levelParts, type IndicatorFormula, type SchoolLevel } from '../../domain/types';

/** Pooled figures of one element over the units of one school level (null: commune units). */
export type Cell = {
	level: string | null;
	/** Σ value. */
	sum: number;
	/** Units that reported the element. */
	n: number;
	/** value → units, kept for the elements of shares and levels only. */
	hist: Map<number, number> | null;
};

/** Element code → its cells, for one group of units and one period. */
export type PeriodCells = Map<string, Cell[]>;

export type IndicatorDefLike = { formula: IndicatorFormula; levels: readonly string[] };

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
	return levelParts(unitLevel as SchoolLevel).some((p) => indicatorLevels.includes(p));
}

const accepted = new WeakMap<readonly string[], Map<string | null, boolean>>();

/** `countsFor`, remembered per levels list (it runs for every cell of every row). */
function counts(indicatorLevels: readonly string[], unitLevel: string | null): boolean {
	let known = accepted.get(indicatorLevels);
	if (!known) accepted.set(indicatorLevels, (known = new Map()));
	let answer = known.get(unitLevel);
	if (answer === undefined) known.set(unitLevel, (answer = countsFor(indicatorLevels, unitLevel)));
	return answer;
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

/** Σ of the elements over the units of the levels; n = the most units that reported any one of them. */
function pool(cells: PeriodCells, codes: readonly string[], levels: readonly string[]) {
	let sum = 0;
	let n = 0;
	for (const code of codes) {
		let k = 0;
		for (const c of cells.get(code) ?? []) {
			if (!counts(levels, c.level)) continue;
			sum += c.sum;
			k += c.n;
		}
		n = Math.max(n, k);
	}
	return { sum, n };
}

function histogram(cells: PeriodCells, code: string, levels: readonly string[]): Map<number, number> {
	const out = new Map<number, number>();
	for (const c of cells.get(code) ?? []) {
		if (!counts(levels, c.level) || !c.hist) continue;
		for (const [v, k] of c.hist) out.set(v, (out.get(v) ?? 0) + k);
	}
	return out;
}

/**
 * One indicator over pooled cells:
 * rate = Σ numerators / Σ denominators × 100 (never a mean of the units' rates);
 * sum = Σ; share of schools = reporting schools with element ≥ atLeast / reporting schools × 100;
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
			const num = pool(cells, f.numerator, ind.levels);
			const den = pool(cells, f.denominator, ind.levels);
			if (den.n === 0) return EMPTY;
			return {
				actual: den.sum === 0 ? null : (num.sum / den.sum) * 100,
				numerator: num.sum,
				denominator: den.sum,
				reporters: den.n
			};
		}
		case 'sum': {
			const total = pool(cells, f.of, ind.levels);
			if (total.n === 0) return EMPTY;
			return { actual: total.sum, numerator: null, denominator: null, reporters: total.n };
		}
		case 'share_of_schools': {
			const hist = histogram(cells, f.element, ind.levels);
			let meeting = 0;
			let all = 0;
			for (const [v, k] of hist) {
				all += k;
				if (v >= f.atLeast) meeting += k;
			}
			if (all === 0) return EMPTY;
			return { actual: (meeting / all) * 100, numerator: meeting, denominator: all, reporters: all };
		}
		case 'level': {
			const hist = histogram(cells, f.element, ind.levels);
			let all = 0;
			let lowest = Infinity;
			let atBar = 0;
			for (const [v, k] of hist) {
				if (k <= 0) continue;
				all += k;
				lowest = Math.min(lowest, v);
				if (levelBar !== undefined && levelBar !== null && v >= levelBar) atBar += k;
			}
			if (all === 0) return EMPTY;
			return {
				actual: lowest,
				numerator: levelBar === undefined || levelBar === null ? null : atBar,
				denominator: all,
				reporters: all
			};
		}
	}
}

/** Adds `from`'s cells into `into` (an area's cells are the sum of its parts'). */
export function mergeCells(into: PeriodCells, from: PeriodCells): PeriodCells {
	for (const [code, cells] of from) {
		let list = into.get(code);
		if (!list) into.set(code, (list = []));
		for (const c of cells) {
			const same = list.find((x) => x.level === c.level);
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
		for (const [code, value] of Object.entries(u.figures)) {
			const hist = categorical.has(code) ? new Map([[value, 1]]) : null;
			one.set(code, [{ level: u.level, sum: value, n: 1, hist }]);
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
