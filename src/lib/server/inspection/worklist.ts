// The inspector's worklist: the schools of an area ranked by severity for a year and period,
// each with its evidence (targets missed, implausibly high results, trend, reports, findings).
import { sql } from 'drizzle-orm';
import { queryRows, type Db } from '../db';
import * as col from '../db/rows';
import { listIndicators } from '../catalogue/queries';
import { todayVn } from '../calendar/dates';
import { findPeriod, listPeriods, listYears, type PeriodInfo } from '../calendar/queries';
import type { EvaluationRow } from '../../domain/evaluation';
import type { UnitRow } from '../units/queries';
import { evaluateAllSchools } from './evaluate-schools';
import { listFindingsUnder } from './findings';
import { loadFollowUps } from './follow-up';
import { countReports, loadReportHistory } from './report-history';
import { computeSeverity, rankBySeverity, type IndicatorEvidence } from './severity';
import type { EvidenceRow, WorklistRow } from '../../domain/inspection';
export type { EvidenceRow, WorklistRow } from '../../domain/inspection';

export type WorklistFilters = {
	levels?: string[];
	ownership?: 'public' | 'non_public';
	groupCode?: string;
	indicatorGroup?: string;
};

export type Worklist = {
	period: PeriodInfo;
	previousYear: string | null;
	today: string;
	rows: WorklistRow[];
};

type SchoolRow = {
	id: number;
	code: string;
	name: string;
	school_level: string;
	ownership: string;
	active_from: string | null;
	active_to: string | null;
};

async function loadSchools(
	db: Db,
	area: UnitRow,
	year: { startDate: string; endDate: string },
	f: WorklistFilters
): Promise<SchoolRow[]> {
	const parts = [sql`u.type = 'school' and u.path like ${area.path + '%'}`];
	parts.push(sql`(u.active_from is null or u.active_from <= ${year.endDate}::date)`);
	parts.push(sql`(u.active_to is null or u.active_to >= ${year.startDate}::date)`);
	if (f.levels?.length) {
		parts.push(
			sql`chitieu_level_parts(u.school_level) && array[${sql.join(
				f.levels.map((l) => sql`${l}`),
				sql`, `
			)}]::text[]`
		);
	}
	if (f.ownership) parts.push(sql`u.ownership = ${f.ownership}`);
	if (f.groupCode) {
		parts.push(
			sql`u.id in (select m.unit_id from unit_group_members m join unit_groups g on g.id = m.group_id where g.code = ${f.groupCode})`
		);
	}
	return queryRows<SchoolRow>(
		db,
		sql`select u.id, u.code, u.name, u.school_level, u.ownership, u.active_from::text as active_from, u.active_to::text as active_to
		    from units u where ${sql.join(parts, sql` and `)} order by u.name`,
		(r) => ({
			id: col.int(r.id),
			code: col.text(r.code),
			name: col.text(r.name),
			school_level: col.text(r.school_level),
			ownership: col.text(r.ownership),
			active_from: col.textOrNull(r.active_from),
			active_to: col.textOrNull(r.active_to)
		})
	);
}

/** Weights set on targets (they override the indicator's importance), by plan unit · indicator · scope. */
async function loadTargetWeights(db: Db, yearCode: string): Promise<Map<string, number>> {
	const rows = await queryRows(
		db,
		sql`select pu.code as plan_unit, i.code as indicator, t.scope_kind, su.code as scope_unit, t.weight
		    from targets t join plans p on p.id = t.plan_id join units pu on pu.id = p.unit_id
		    join school_years y on y.id = p.school_year_id join indicators i on i.id = t.indicator_id
		    left join units su on su.id = t.scope_unit_id
		    where y.code = ${yearCode} and t.weight is not null`,
		(r) => ({
			plan_unit: col.text(r.plan_unit),
			indicator: col.text(r.indicator),
			scope_kind: col.text(r.scope_kind),
			scope_unit: col.textOrNull(r.scope_unit),
			weight: col.num(r.weight)
		})
	);
	const out = new Map<string, number>();
	for (const r of rows) {
		const key = `${r.plan_unit}|${r.indicator}|${r.scope_kind}|${r.scope_kind === 'school' ? r.scope_unit : ''}`;
		out.set(key, Math.max(out.get(key) ?? 0, r.weight));
	}
	return out;
}

/** The same period a year earlier: same key, or the same month a year back. */
export function previousKey(periodKey: string): string {
	const m = /^(\d{4})-(\d{2})$/.exec(periodKey);
	return m ? `${Number(m[1]) - 1}-${m[2]}` : periodKey;
}

export async function buildWorklist(
	db: Db,
	input: { area: UnitRow; yearCode: string; periodKey: string; filters?: WorklistFilters; today?: string }
): Promise<Worklist | null> {
	const today = input.today ?? todayVn();
	const f = input.filters ?? {};
	const years = await listYears(db);
	const yearIndex = years.findIndex((y) => y.code === input.yearCode);
	const period = await findPeriod(db, input.yearCode, input.periodKey);
	if (yearIndex < 0 || !period) return null;
	const previousYear = years[yearIndex - 1]?.code ?? null;
	const [schools, allIndicators, periods, weights, findings] = await Promise.all([
		loadSchools(db, input.area, years[yearIndex], f),
		listIndicators(db),
		listPeriods(db, input.yearCode),
		loadTargetWeights(db, input.yearCode),
		listFindingsUnder(db, { area: input.area, status: 'open' })
	]);
	const indicators = allIndicators.filter(
		(i) => i.levels.length > 0 && (!f.indicatorGroup || i.groupKey === f.indicatorGroup)
	);
	const evalFilters = { levels: f.levels, ownership: f.ownership, groupCode: f.groupCode };
	const indicatorCodes = indicators.map((i) => i.code);
	const [current, previous] = await Promise.all([
		evaluateAllSchools(db, {
			area: input.area,
			yearCode: input.yearCode,
			periodKey: input.periodKey,
			indicatorCodes,
			filters: evalFilters
		}),
		previousYear
			? evaluateAllSchools(db, {
					area: input.area,
					yearCode: previousYear,
					periodKey: previousKey(input.periodKey),
					indicatorCodes,
					filters: evalFilters
				})
			: Promise.resolve([])
	]);
	const prevValue = new Map<string, number | null>();
	previous.forEach((r) => prevValue.set(`${r.unit}|${r.indicator}`, r.actual));
	const indicatorByCode = new Map(indicators.map((i) => [i.code, i]));
	const bySchool = new Map<string, EvaluationRow[]>();
	for (const r of current) bySchool.set(r.unit, [...(bySchool.get(r.unit) ?? []), r]);

	const followUps = await loadFollowUps(db, {
		findings,
		current: period,
		now: bySchool,
		indicators: allIndicators.map((i) => ({
			code: i.code,
			nameVi: i.nameVi,
			nameEn: i.nameEn,
			unit: i.unit
		})),
		levels: new Map(schools.map((s) => [s.code, s.school_level]))
	});

	const history = await loadReportHistory(db, {
		schools: schools.map((s) => ({
			id: s.id,
			schoolLevel: s.school_level,
			activeFrom: s.active_from,
			activeTo: s.active_to
		})),
		periods,
		until: period.schoolDeadline,
		today
	});

	const rows = schools.map((s) => {
		const evals = bySchool.get(s.code) ?? [];
		const evidence: (IndicatorEvidence & { row: EvaluationRow })[] = evals.map((r) => {
			const ind = indicatorByCode.get(r.indicator)!;
			const t = r.target;
			const targetWeight = t
				? weights.get(`${t.planUnit}|${r.indicator}|${t.scope}|${t.scope === 'school' ? s.code : ''}`)
				: undefined;
			return {
				row: r,
				indicator: r.indicator,
				weight: targetWeight ?? ind.weight,
				unit: ind.unit,
				direction: ind.direction,
				status: r.status,
				actual: r.actual,
				gap: r.gap,
				reference: t ? (t.value ?? t.min ?? t.max) : null,
				previous: prevValue.get(`${s.code}|${r.indicator}`) ?? null
			};
		});
		const reports = history.get(s.id) ?? [];
		const severity = computeSeverity(evidence, countReports(reports));
		const pointsOf = (code: string) =>
			severity.terms.reduce(
				(sum, term) => sum + ('indicator' in term && term.indicator === code ? term.points : 0),
				0
			);
		const scored: EvidenceRow[] = evidence
			.map((e) => {
				const ind = indicatorByCode.get(e.indicator)!;
				return {
					indicator: e.indicator,
					name: { vi: ind.nameVi, en: ind.nameEn },
					group: ind.groupKey,
					unit: e.unit,
					direction: e.direction,
					status: e.status,
					actual: e.actual,
					target: e.row.target,
					baselineLabel: e.row.baseline?.label ?? null,
					gap: e.gap,
					previous: e.previous,
					weight: e.weight,
					points: Math.round(pointsOf(e.indicator) * 1000) / 1000,
					projection: e.row.projection?.explanation ?? null
				};
			})
			.filter((e) => e.points > 0)
			.sort((a, b) => b.points - a.points);
		return {
			name: s.name,
			school: { id: s.id, code: s.code, name: s.name, level: s.school_level, ownership: s.ownership },
			severity,
			evidence: scored,
			judged: evidence.filter((e) => e.row.target && e.status !== 'no_data').length,
			reports,
			openFindings: findings
				.filter((x) => x.unitCode === s.code)
				.map((x) => ({ ...x, followUp: followUps.get(x.id) ?? null }))
		};
	});
	return {
		period,
		previousYear,
		today,
		rows: rankBySeverity(rows).map(({ name: _name, ...row }) => row)
	};
}
