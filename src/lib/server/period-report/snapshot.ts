// The figures of a period report as they are now: the area's own evaluation rows (those with a target),
// grouped like the plan, the sub-units off track, and completeness of the period's reports. Stored with
// the report as JSON, so a later download prints the same figures.
import { listExplanationsByCode } from '../explanations/queries';
import type { Db } from '../db';
import type { UnitRow } from '../units/queries';
import type { PeriodInfo } from '../calendar/queries';
import { evaluate } from '../evaluation/queries';
import { computeCompletenessFor } from '../calendar/board';
import { loadIndicatorMeta, type IndicatorMeta } from '../dashboards/catalogue';
import { targetText } from '../dashboards/scorecard';
import { INDICATOR_GROUPS } from '$lib/domain/types';
import type { EvaluationRow } from '../../domain/evaluation';
import type { FiguresSnapshot, ReportExplanation, SnapshotGroup, UnitMiss } from './model';
import type { BoardSchool } from '../calendar/board';

/** Pure: evaluation rows (the area's own first, then its sub-units') → the report's tables. */
export function arrangeFigures(args: {
	area: { code: string; type: string };
	indicators: IndicatorMeta[];
	rows: EvaluationRow[];
}): Pick<FiguresSnapshot, 'groups' | 'underTarget' | 'subUnits'> {
	const subUnits = args.area.type === 'province' ? 'units' : 'schools';
	const self = new Map(args.rows.filter((r) => r.unit === args.area.code).map((r) => [r.indicator, r]));
	const kids = args.rows.filter(
		(r) => r.unit !== args.area.code && (subUnits === 'schools') === (r.unitType === 'school')
	);
	const meta = new Map(args.indicators.map((i) => [i.code, i]));
	const nameOf = (code: string) => meta.get(code)?.nameVi ?? code;
	const ordered = [...args.indicators].sort((a, b) => a.sortOrder - b.sortOrder);
	const groups: SnapshotGroup[] = [];
	for (const key of INDICATOR_GROUPS) {
		const rows = ordered
			.filter((m) => m.group === key && self.get(m.code)?.target)
			.map((m) => {
				const r = self.get(m.code)!;
				const own = kids.filter((k) => k.indicator === m.code && k.target && k.status !== 'no_data');
				return {
					code: m.code,
					name: m.nameVi,
					unit: r.indicatorUnit,
					actual: r.actual,
					numerator: r.numerator,
					denominator: r.denominator,
					targetText: targetText(r)?.vi ?? null,
					status: r.status,
					judged: own.length,
					offTrack: own.filter((k) => k.status === 'off_track').length
				};
			});
		if (rows.length) groups.push({ key, rows });
	}
	const misses = new Map<string, UnitMiss>();
	const order = new Map(ordered.map((m, i) => [m.code, i]));
	for (const k of kids) {
		if (k.status !== 'off_track') continue;
		let entry = misses.get(k.unit);
		if (!entry) misses.set(k.unit, (entry = { code: k.unit, name: k.unitName, misses: [] }));
		entry.misses.push({
			code: k.indicator,
			name: nameOf(k.indicator),
			unit: k.indicatorUnit,
			actual: k.actual,
			targetText: targetText(k)?.vi ?? null
		});
	}
	for (const m of misses.values())
		m.misses.sort((a, b) => (order.get(a.code) ?? 0) - (order.get(b.code) ?? 0));
	const underTarget = [...misses.values()].sort(
		(a, b) => b.misses.length - a.misses.length || a.name.localeCompare(b.name, 'vi')
	);
	return { groups, underTarget, subUnits };
}

export function summariseCompleteness(
	counts: FiguresSnapshot['completeness'] extends infer C ? Omit<C, 'notReceived' | 'lateSchools'> : never,
	schools: Pick<BoardSchool, 'name' | 'state'>[]
): FiguresSnapshot['completeness'] {
	return {
		expected: counts.expected,
		received: counts.received,
		onTime: counts.onTime,
		late: counts.late,
		missing: counts.missing,
		completeness: counts.completeness,
		timeliness: counts.timeliness,
		notReceived: schools
			.filter((s) => s.state === 'missing' || s.state === 'returned' || s.state === 'incomplete')
			.map((s) => s.name),
		lateSchools: schools.filter((s) => s.state === 'late').map((s) => s.name)
	};
}

/** The schools' explanations (giải trình) of the period under the area, as the report prints them. */
async function loadReportExplanations(
	db: Db,
	area: UnitRow,
	period: PeriodInfo
): Promise<ReportExplanation[]> {
	const list = await listExplanationsByCode(db, {
		unitCode: area.code,
		yearCode: period.yearCode,
		periodKey: period.key
	});
	return (list ?? []).map((e) => ({
		schoolCode: e.unitCode,
		schoolName: e.unitName,
		indicatorCode: e.indicatorCode,
		indicatorName: e.indicatorNameVi,
		periodCode: e.periodKey,
		cause: e.cause,
		measures: e.measures,
		expectedDate: e.expectedDate
	}));
}

/** The figures now, with the schools' explanations of the period. */
export async function loadFigures(db: Db, area: UnitRow, period: PeriodInfo): Promise<FiguresSnapshot> {
	const [indicators, rows, board, explanations] = await Promise.all([
		loadIndicatorMeta(db),
		evaluate(db, {
			unitCode: area.code,
			yearCode: period.yearCode,
			periodKey: period.key,
			children: true,
			withSelf: true
		}),
		computeCompletenessFor(db, area, period),
		loadReportExplanations(db, area, period)
	]);
	const expectedSchools = board.schools;
	return {
		version: 1,
		unit: { code: area.code, name: area.name, type: area.type },
		period: {
			yearCode: period.yearCode,
			key: period.key,
			labelVi: period.labelVi,
			labelEn: period.labelEn,
			formNameVi: period.form.nameVi
		},
		...arrangeFigures({ area, indicators, rows }),
		completeness: summariseCompleteness(board.counts, expectedSchools),
		explanations,
		takenAt: new Date().toISOString()
	};
}
