// The completeness board: for an area and a period, every expected school's report state,
// counts and rates, and the same counts per child area for drill-down.
import { sql } from 'drizzle-orm';
import { queryRows, type Db } from '../db';
import * as col from '../db/rows';
import { OWNERSHIPS, SCHOOL_LEVELS, type Ownership, type SchoolLevel } from '../../domain/types';
import { SUBMISSION_STATUSES } from '../submissions/workflow';
import { findUnitByCode, type UnitRow } from '../units/queries';
import {
	classifyReport,
	isExpected,
	summarise,
	type CompletenessCounts,
	type ReportState
} from './completeness';
import { todayVn } from './dates';
import { loadMissingFigures } from '../submissions/missing-figures';
import { findPeriod, type PeriodInfo } from './queries';
import { placementOf, placementYearOfPeriod, unitsOfYear } from '../units/placement';

export type SchoolFilters = { levels?: string[]; ownership?: 'public' | 'non_public'; groupCode?: string };

export type BoardSchool = {
	id: number;
	code: string;
	name: string;
	path: string;
	level: string;
	ownership: string;
	contactName: string | null;
	contactPhone: string | null;
	state: ReportState;
	daysLate: number | null;
	daysLeft: number | null;
	submissionId: number | null;
	status: 'draft' | 'submitted' | 'returned' | 'approved' | null;
	version: number | null;
	/** When the report was first received (what timeliness is judged on). */
	submittedAt: Date | null;
	submittedBy: string | null;
	comment: string | null;
	/** Required figures of the form the received report lacks ([] when complete or not received). */
	missingFigures: string[];
};

export type ChildCounts = { code: string; name: string; type: string; counts: CompletenessCounts };

export type Completeness = {
	unit: { id: number; code: string; name: string; type: string; path: string };
	period: PeriodInfo;
	today: string;
	counts: CompletenessCounts;
	schools: BoardSchool[];
	children: ChildCounts[];
};

type Row = {
	id: number;
	code: string;
	name: string;
	path: string;
	parent_id: number | null;
	school_level: SchoolLevel;
	ownership: Ownership;
	contact_name: string | null;
	contact_phone: string | null;
	active_from: string | null;
	active_to: string | null;
	submission_id: number | null;
	status: BoardSchool['status'];
	version: number | null;
	submitted_at: Date | null;
	submitted_by: string | null;
	comment: string | null;
};

const readLevel = col.oneOf(SCHOOL_LEVELS);
const readOwnership = col.oneOf(OWNERSHIPS);
const readStatus = col.orNull(col.oneOf(SUBMISSION_STATUSES));

function filterSql(filters: SchoolFilters | undefined) {
	const parts = [sql``];
	if (filters?.levels?.length) {
		const levels = filters.levels.map((l) => sql`${l}`);
		parts.push(sql` and chitieu_level_parts(u.school_level) && array[${sql.join(levels, sql`, `)}]::text[]`);
	}
	if (filters?.ownership) parts.push(sql` and u.ownership = ${filters.ownership}`);
	if (filters?.groupCode) {
		parts.push(
			sql` and exists (select 1 from unit_group_members m join unit_groups g on g.id = m.group_id
			     where m.unit_id = u.id and g.code = ${filters.groupCode})`
		);
	}
	return sql.join(parts, sql``);
}

/** Every school under `area` with its report for `periodId` (no expectation applied yet). */
async function loadSchools(
	db: Db,
	area: { path: string },
	periodId: number,
	yearId: number | null,
	filters?: SchoolFilters
): Promise<Row[]> {
	return queryRows(
		db,
		sql`select u.id, u.code, u.name, u.path, u.parent_id, u.school_level, u.ownership, u.contact_name, u.contact_phone,
		       u.active_from::text as active_from, u.active_to::text as active_to,
		       s.id as submission_id, s.status, s.version, su.display_name as submitted_by, s.comment,
		       coalesce(least(s.submitted_at, (select min(e.at) from submission_events e
		         where e.submission_id = s.id and e.to_status = 'submitted')), s.submitted_at) as submitted_at
		from ${unitsOfYear(yearId)} u
		left join submissions s on s.unit_id = u.id and s.period_id = ${periodId}
		left join users su on su.id = s.submitted_by
		where u.type = 'school' and u.path like ${area.path + '%'}${filterSql(filters)}
		order by u.name`,
		(r): Row => ({
			id: col.int(r.id),
			code: col.text(r.code),
			name: col.text(r.name),
			path: col.text(r.path),
			parent_id: col.intOrNull(r.parent_id),
			school_level: readLevel(r.school_level),
			ownership: readOwnership(r.ownership),
			contact_name: col.textOrNull(r.contact_name),
			contact_phone: col.textOrNull(r.contact_phone),
			active_from: col.textOrNull(r.active_from),
			active_to: col.textOrNull(r.active_to),
			submission_id: col.intOrNull(r.submission_id),
			status: readStatus(r.status),
			version: col.intOrNull(r.version),
			submitted_at: col.dateOrNull(r.submitted_at),
			submitted_by: col.textOrNull(r.submitted_by),
			comment: col.textOrNull(r.comment)
		})
	);
}

/** Completeness of the schools under an area for a period; rows sorted by name. */
export async function computeCompletenessFor(
	db: Db,
	area: UnitRow,
	period: PeriodInfo,
	options: { filters?: SchoolFilters; today?: string } = {}
): Promise<Completeness> {
	const today = options.today ?? todayVn();
	// The tree of the period's school year: an area keeps the schools it had then (placement.ts).
	const yearId = await placementYearOfPeriod(db, period.id);
	if (yearId !== null) area = { ...area, ...(await placementOf(db, area, yearId)) };
	const rows = await loadSchools(db, area, period.id, yearId, options.filters);
	const window = {
		formLevels: period.form.levels,
		endDate: period.endDate,
		schoolDeadline: period.schoolDeadline
	};
	const sent = rows.flatMap((r) =>
		r.submission_id !== null && (r.status === 'submitted' || r.status === 'approved') ? [r.submission_id] : []
	);
	const missingBySubmission = await loadMissingFigures(db, sent);
	const schools: BoardSchool[] = [];
	for (const r of rows) {
		if (
			!isExpected({ schoolLevel: r.school_level, activeFrom: r.active_from, activeTo: r.active_to }, window)
		)
			continue;
		const submittedAt = r.submitted_at;
		const missingFigures = r.submission_id === null ? [] : (missingBySubmission.get(r.submission_id) ?? []);
		const c = classifyReport(
			r.status ? { status: r.status, submittedAt } : null,
			period.schoolDeadline,
			today,
			missingFigures.length
		);
		schools.push({
			id: r.id,
			code: r.code,
			name: r.name,
			path: r.path,
			level: r.school_level,
			ownership: r.ownership,
			contactName: r.contact_name,
			contactPhone: r.contact_phone,
			state: c.state,
			daysLate: c.daysLate,
			daysLeft: c.daysLeft,
			submissionId: r.submission_id,
			status: r.status,
			version: r.version,
			submittedAt,
			submittedBy: r.submitted_by,
			comment: r.comment,
			missingFigures: c.state === 'incomplete' ? missingFigures : []
		});
	}
	const children = await childCounts(db, area, yearId, schools);
	return {
		unit: { id: area.id, code: area.code, name: area.name, type: area.type, path: area.path },
		period,
		today,
		counts: summarise(schools.map((s) => s.state)),
		schools,
		children
	};
}

async function childCounts(
	db: Db,
	area: UnitRow,
	yearId: number | null,
	schools: BoardSchool[]
): Promise<ChildCounts[]> {
	const kids = await queryRows(
		db,
		sql`select code, name, type, path from ${unitsOfYear(yearId)} u
		    where parent_id = ${area.id} and type <> 'school' order by name`,
		(r) => ({
			code: col.text(r.code),
			name: col.text(r.name),
			type: col.text(r.type),
			path: col.text(r.path)
		})
	);
	return kids
		.map((k) => ({
			code: k.code,
			name: k.name,
			type: k.type,
			counts: summarise(schools.filter((s) => s.path.startsWith(k.path)).map((s) => s.state))
		}))
		.filter((k) => k.counts.expected > 0);
}

/**
 * Completeness and timeliness of an area for a period (for the scorecard and GET /api/completeness):
 * counts.completeness = received / expected × 100, counts.timeliness = on time / expected × 100.
 * Null when the unit or the period does not exist.
 */
export async function computeCompleteness(
	db: Db,
	input: { unitCode: string; yearCode: string; periodKey: string; filters?: SchoolFilters; today?: string }
): Promise<Completeness | null> {
	const [area, period] = await Promise.all([
		findUnitByCode(db, input.unitCode),
		findPeriod(db, input.yearCode, input.periodKey)
	]);
	if (!area || !period) return null;
	return computeCompletenessFor(db, area, period, { filters: input.filters, today: input.today });
}
