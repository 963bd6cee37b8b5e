// An open finding comes back at the next period: the worklist shows it with its indicators' values
// then (the period that was due when the inspector visited) and now (the worklist's period).
import type { Db } from '../db';
import { listPeriods, listYears, type PeriodInfo } from '../calendar/queries';
import { tryEvaluate } from '../evaluation/queries';
import type { EvaluationRow, EvaluationStatus } from '../../domain/evaluation';
import type { Finding, FindingChange, FindingFollowUp } from '../../domain/inspection';
import { levelParts, type SchoolLevel } from '../../domain/types';

type PeriodRef = Pick<PeriodInfo, 'key' | 'yearCode' | 'labelVi' | 'labelEn' | 'schoolDeadline'> & {
	form?: { levels: string[] };
};
type IndicatorRef = { code: string; nameVi: string; nameEn: string; unit: 'percent' | 'count' | 'level' };
type Value = { actual: number | null; status: EvaluationStatus };

const MONTH = /^\d{4}-\d{2}$/;

/**
 * The period a finding was about: the latest (non-monthly) one of the school's levels whose school
 * deadline had passed at the visit (a primary school's HK I, not the preschools' growth round due the same day).
 */
export function findingBaseline<T extends PeriodRef>(
	periods: T[],
	visitDate: string,
	schoolLevel?: string | null
): T | null {
	const parts = new Set<string>(levelParts((schoolLevel ?? null) as SchoolLevel | null));
	const ofSchool = (p: T) => !p.form || p.form.levels.length === 0 || p.form.levels.some((l) => parts.has(l));
	const due = periods
		.filter((p) => !MONTH.test(p.key) && p.schoolDeadline <= visitDate && ofSchool(p))
		.sort((a, b) => a.schoolDeadline.localeCompare(b.schoolDeadline));
	return due.at(-1) ?? null;
}

/** Is `current` a later period than `baseline` (by their school deadlines)? */
export function isLaterPeriod(baseline: PeriodRef, current: PeriodRef): boolean {
	return current.schoolDeadline > baseline.schoolDeadline;
}

/** One row per indicator the finding named, in the finding's order; unknown codes left out. */
export function describeChanges(
	codes: string[],
	indicators: Map<string, IndicatorRef>,
	then: Map<string, Value>,
	now: Map<string, Value>
): FindingChange[] {
	return codes.flatMap((code) => {
		const ind = indicators.get(code);
		if (!ind) return [];
		const a = then.get(code);
		const b = now.get(code);
		return [
			{
				indicator: code,
				name: { vi: ind.nameVi, en: ind.nameEn },
				unit: ind.unit,
				then: a?.actual ?? null,
				now: b?.actual ?? null,
				statusThen: a?.status ?? null,
				statusNow: b?.status ?? null
			}
		];
	});
}

const byIndicator = (rows: EvaluationRow[]) =>
	new Map(rows.map((r) => [r.indicator, { actual: r.actual, status: r.status }]));

/**
 * For each open finding recorded before `current`: its follow-up (values then → now). `now` holds the
 * worklist's own evaluation by school code; indicators it lacks (filtered out) are evaluated here.
 */
export async function loadFollowUps(
	db: Db,
	input: {
		findings: Finding[];
		current: PeriodInfo;
		now: Map<string, EvaluationRow[]>;
		indicators: IndicatorRef[];
		/** Each school's level, by code (which periods are its own). */
		levels: Map<string, string | null>;
	}
): Promise<Map<number, FindingFollowUp>> {
	const out = new Map<number, FindingFollowUp>();
	const open = input.findings.filter((f) => f.status === 'open');
	if (open.length === 0) return out;
	const years = await listYears(db);
	const periods = (await Promise.all(years.map((y) => listPeriods(db, y.code)))).flat();
	const indicators = new Map(input.indicators.map((i) => [i.code, i]));
	const evaluate = async (school: string, yearCode: string, periodKey: string, codes: string[]) => {
		const res = await tryEvaluate(db, { unitCode: school, yearCode, periodKey, indicatorCodes: codes });
		return res.ok ? res.rows.filter((r) => r.unit === school) : [];
	};
	for (const f of open) {
		const baseline = findingBaseline(periods, f.visitDate, input.levels.get(f.unitCode));
		if (!baseline || !isLaterPeriod(baseline, input.current)) continue;
		const codes = f.indicatorCodes.filter((c) => indicators.has(c));
		const nowRows = (input.now.get(f.unitCode) ?? []).filter((r) => codes.includes(r.indicator));
		const missing = codes.filter((c) => !nowRows.some((r) => r.indicator === c));
		const [thenRows, extraNow] = await Promise.all([
			codes.length ? evaluate(f.unitCode, baseline.yearCode, baseline.key, codes) : Promise.resolve([]),
			missing.length
				? evaluate(f.unitCode, input.current.yearCode, input.current.key, missing)
				: Promise.resolve([])
		]);
		out.set(f.id, {
			since: {
				yearCode: baseline.yearCode,
				key: baseline.key,
				label: { vi: baseline.labelVi, en: baseline.labelEn }
			},
			changes: describeChanges(
				codes,
				indicators,
				byIndicator(thenRows),
				byIndicator([...nowRows, ...extraNow])
			)
		});
	}
	return out;
}
