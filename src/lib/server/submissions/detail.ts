// One submission as its page shows it: the report and its unit and period, its figures (a school's
// stored ones, or a district's live roll-up), its timeline, the uploads that made its versions.
import { asc, eq, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { queryRows, type Db } from '../db';
import * as col from '../db/rows';
import * as table from '../db/schema';
import { computeCompletenessFor } from '../calendar/board';
import type { CompletenessCounts } from '../calendar/completeness';
import { daysLate, isOnTime } from '../calendar/dates';
import { findPeriodById, type PeriodInfo } from '../calendar/queries';
import { buildUpwardReport, type UpwardReport } from '../reports/queries';
import type { UnitRow } from '../units/queries';
import { loadMissingElements } from './missing-figures';
import { SUBMISSION_STATUSES, subjectKind, type SubjectKind, type SubmissionStatus } from './workflow';

export type TimelineEvent = {
	at: Date;
	actor: string | null;
	from: string | null;
	to: string;
	version: number | null;
	comment: string | null;
};

export type UploadRef = { id: string; fileName: string; at: Date; user: string | null; size: number };

export type SubmissionDetail = {
	id: number;
	kind: SubjectKind;
	status: SubmissionStatus;
	version: number;
	/** The latest submission (each upload or resubmission moves it). */
	submittedAt: Date | null;
	submittedBy: string | null;
	/** The first time it was received: what timeliness is judged on. */
	firstSubmittedAt: Date | null;
	decidedAt: Date | null;
	decidedBy: string | null;
	comment: string | null;
	unit: UnitRow;
	period: PeriodInfo;
	/** Against the school deadline (a district's roll-up: the district deadline). */
	deadline: string;
	lateBy: number | null;
	figures: {
		code: string;
		nameVi: string;
		nameEn: string;
		valueType: string;
		value: number;
		comment: string | null;
		updatedAt: Date;
		swingPercent: number | null;
	}[];
	rollup: (UpwardReport & { counts: CompletenessCounts }) | null;
	events: TimelineEvent[];
	uploads: UploadRef[];
	/** For a school: the district roll-up its report belongs to. */
	parentRollup: { id: number; status: string; unitName: string } | null;
	/** For a school: the figures its form requires for the school's level that have no data. */
	missing: { code: string; nameVi: string; nameEn: string; valueType: string }[];
};

const readStatus = col.oneOf(SUBMISSION_STATUSES);

export async function loadSubmission(db: Db, id: number): Promise<SubmissionDetail | null> {
	const submitter = alias(table.users, 'submitter');
	const decider = alias(table.users, 'decider');
	const [row] = await db
		.select({
			s: table.submissions,
			unit: table.units,
			submittedBy: submitter.displayName,
			decidedBy: decider.displayName
		})
		.from(table.submissions)
		.innerJoin(table.units, eq(table.units.id, table.submissions.unitId))
		.leftJoin(submitter, eq(submitter.id, table.submissions.submittedBy))
		.leftJoin(decider, eq(decider.id, table.submissions.decidedBy))
		.where(eq(table.submissions.id, id));
	const kind = row ? subjectKind(row.unit.type) : null;
	const period = row ? await findPeriodById(db, row.s.periodId) : null;
	if (!row || !kind || !period) return null;
	const deadline = kind === 'school' ? period.schoolDeadline : period.districtDeadline;

	const [figures, events, uploads, parent, missing] = await Promise.all([
		db
			.select({
				code: table.dataElements.code,
				nameVi: table.dataElements.nameVi,
				nameEn: table.dataElements.nameEn,
				valueType: table.dataElements.valueType,
				value: table.figures.value,
				comment: table.figures.comment,
				updatedAt: table.figures.updatedAt,
				swingPercent: table.dataElements.swingPercent
			})
			.from(table.figures)
			.innerJoin(table.dataElements, eq(table.dataElements.id, table.figures.dataElementId))
			.where(eq(table.figures.submissionId, id))
			.orderBy(asc(table.dataElements.sortOrder)),
		db
			.select({
				at: table.submissionEvents.at,
				actor: table.users.displayName,
				from: table.submissionEvents.fromStatus,
				to: table.submissionEvents.toStatus,
				version: table.submissionEvents.version,
				comment: table.submissionEvents.comment
			})
			.from(table.submissionEvents)
			.leftJoin(table.users, eq(table.users.id, table.submissionEvents.actorId))
			.where(eq(table.submissionEvents.submissionId, id))
			.orderBy(asc(table.submissionEvents.at), asc(table.submissionEvents.id)),
		queryRows(
			db,
			sql`select u.id, u.file_name, u.created_at, usr.display_name as user_name, u.size
			    from uploads u left join users usr on usr.id = u.user_id
			    where u.id in (
			      select upload_id from figures where submission_id = ${id} and upload_id is not null
			      union
			      select upload_id from audit_log where unit_id = ${row.unit.id} and action = 'figures.change'
			        and upload_id is not null and subject = ${`${period.yearCode}/${period.key}`})
			    order by u.created_at`,
			(r): UploadRef => ({
				id: col.text(r.id),
				fileName: col.text(r.file_name),
				at: col.date(r.created_at),
				user: col.textOrNull(r.user_name),
				size: col.int(r.size)
			})
		),
		kind === 'school'
			? queryRows(
					db,
					sql`select s.id, s.status, d.name from submissions s join units d on d.id = s.unit_id
					    where s.period_id = ${period.id} and d.type = 'district' and ${row.unit.path} like d.path || '%' limit 1`,
					(r) => ({ id: col.int(r.id), status: readStatus(r.status), unitName: col.text(r.name) })
				)
			: Promise.resolve([]),
		kind === 'school' ? loadMissingElements(db, [id]).then((m) => m.get(id) ?? []) : Promise.resolve([])
	]);

	const timeline = events.length ? events : eventsFromRow(row.s, row.submittedBy, row.decidedBy);
	const firstSubmittedAt =
		[row.s.submittedAt, ...timeline.filter((e) => e.to === 'submitted').map((e) => e.at)]
			.filter((x): x is Date => x !== null)
			.sort((a, b) => a.getTime() - b.getTime())[0] ?? null;
	let rollup: SubmissionDetail['rollup'] = null;
	if (kind === 'rollup') {
		const [report, board] = await Promise.all([
			buildUpwardReport(db, { area: row.unit, period }),
			computeCompletenessFor(db, row.unit, period)
		]);
		rollup = { ...report, counts: board.counts };
	}
	return {
		id,
		kind,
		status: row.s.status,
		version: row.s.version,
		submittedAt: row.s.submittedAt,
		submittedBy: row.submittedBy,
		firstSubmittedAt,
		decidedAt: row.s.decidedAt,
		decidedBy: row.decidedBy,
		comment: row.s.comment,
		unit: row.unit,
		period,
		deadline,
		lateBy:
			firstSubmittedAt && !isOnTime(firstSubmittedAt, deadline) ? daysLate(firstSubmittedAt, deadline) : null,
		figures,
		rollup,
		events: timeline,
		uploads,
		parentRollup: parent[0] ?? null,
		missing: missing.map((e) => ({
			code: e.code,
			nameVi: e.nameVi,
			nameEn: e.nameEn,
			valueType: e.valueType
		}))
	};
}

/**
 * Reports loaded in bulk (the demo, older data) have no events: their timeline is what the row
 * itself records, the submission and the last decision.
 */
function eventsFromRow(
	s: typeof table.submissions.$inferSelect,
	submittedBy: string | null,
	decidedBy: string | null
): TimelineEvent[] {
	const out: TimelineEvent[] = [];
	if (s.submittedAt) {
		out.push({
			at: s.submittedAt,
			actor: submittedBy,
			from: 'draft',
			to: 'submitted',
			version: s.version,
			comment: null
		});
	}
	if (s.decidedAt && (s.status === 'approved' || s.status === 'returned')) {
		out.push({
			at: s.decidedAt,
			actor: decidedBy,
			from: 'submitted',
			to: s.status,
			version: s.version,
			comment: s.comment
		});
	}
	return out;
}
