// Where should the inspector go first? A school's severity (pure):
//   Σ over missed targets   weight × normalised shortfall   (× ½ when only at risk)
// + Σ over worsening ones   weight × ½ × normalised worsening vs the same period last year
//                           (judged indicators only, and only beyond noise: ≥ 1 pp, ≥ 10% of a count)
// + Σ over above-band ones  weight × max(½, normalised excess)   (implausibly high results)
// + ¼ per late report and ½ per missing one this year.
// Weight = the target's weight if the plan sets one, else the indicator's importance (1 = normal).
// Normalised: percentage points / 10, counts relative to the target (at least 1), levels as is;
// capped at 3 so that one absurd figure cannot bury every other school.
import type { EvaluationStatus } from '../../domain/evaluation';
import type { SeverityTerm, Severity } from '../../domain/inspection';
export type { SeverityTerm, Severity } from '../../domain/inspection';

export type MeasureUnit = 'percent' | 'count' | 'level';

export type IndicatorEvidence = {
	indicator: string;
	weight: number;
	unit: MeasureUnit;
	direction: 'higher' | 'lower' | 'band';
	status: EvaluationStatus;
	actual: number | null;
	/** actual − the target's nearest bound; positive = better (EvaluationRow.gap). */
	gap: number | null;
	/** The target's value (or a bound) the count shortfall is measured against. */
	reference: number | null;
	/** The same indicator, same period, last school year. */
	previous: number | null;
};

export type ReportEvidence = { late: number; missing: number };

export const SEVERITY = {
	percentScale: 10,
	cap: 3,
	atRiskFactor: 0.5,
	minShortfall: 0.1,
	trendFactor: 0.5,
	trendMin: 0.1,
	aboveBandFloor: 0.5,
	perLate: 0.25,
	perMissing: 0.5
} as const;

export function normalise(amount: number, unit: MeasureUnit, reference: number | null): number {
	const a = Math.abs(amount);
	const n =
		unit === 'percent'
			? a / SEVERITY.percentScale
			: unit === 'count'
				? a / Math.max(Math.abs(reference ?? 0), 1)
				: a;
	return Math.min(n, SEVERITY.cap);
}

/** Normalised worsening since last year (counts relative to last year's value), 0 below the noise floor. */
function worsening(e: IndicatorEvidence): number {
	if (e.actual === null || e.previous === null || e.status === 'no_data') return 0;
	const w = normalise(rawWorsening(e.direction, e.actual, e.previous), e.unit, e.previous);
	return w >= SEVERITY.trendMin ? w : 0;
}

function rawWorsening(direction: IndicatorEvidence['direction'], actual: number, previous: number): number {
	if (direction === 'higher') return Math.max(0, previous - actual);
	if (direction === 'lower') return Math.max(0, actual - previous);
	return 0;
}

const round = (x: number) => Math.round(x * 1000) / 1000;

export function computeSeverity(indicators: readonly IndicatorEvidence[], reports: ReportEvidence): Severity {
	const terms: SeverityTerm[] = [];
	let missed = 0;
	let aboveBand = 0;
	let worse = 0;
	for (const e of indicators) {
		if (e.status === 'off_track' || e.status === 'at_risk') {
			missed++;
			const size = e.gap !== null && e.gap < 0 ? normalise(e.gap, e.unit, e.reference) : 0;
			const factor = e.status === 'at_risk' ? SEVERITY.atRiskFactor : 1;
			terms.push({
				kind: 'shortfall',
				indicator: e.indicator,
				points: round(e.weight * factor * Math.max(size, SEVERITY.minShortfall))
			});
		} else if (e.status === 'above_band') {
			aboveBand++;
			const size = e.gap === null ? 0 : normalise(e.gap, e.unit, e.reference);
			terms.push({
				kind: 'above_band',
				indicator: e.indicator,
				points: round(e.weight * Math.max(SEVERITY.aboveBandFloor, size))
			});
		}
		const w = worsening(e);
		if (w > 0) {
			worse++;
			terms.push({
				kind: 'trend',
				indicator: e.indicator,
				points: round(e.weight * SEVERITY.trendFactor * w)
			});
		}
	}
	if (reports.late > 0)
		terms.push({ kind: 'late', count: reports.late, points: reports.late * SEVERITY.perLate });
	if (reports.missing > 0) {
		terms.push({ kind: 'missing', count: reports.missing, points: reports.missing * SEVERITY.perMissing });
	}
	const score = round(terms.reduce((s, t) => s + t.points, 0));
	return { score, terms, missed, aboveBand, worsening: worse };
}

/** Highest severity first; ties by more missed targets, then by name (Vietnamese order). */
export function rankBySeverity<T extends { name: string; severity: Severity }>(rows: readonly T[]): T[] {
	return [...rows].sort(
		(a, b) =>
			b.severity.score - a.severity.score ||
			b.severity.missed - a.severity.missed ||
			a.name.localeCompare(b.name, 'vi')
	);
}
