// A year of each school's reports, up to a period: what was late, what is missing, and the history
// the worklist shows when a row is opened.
import { and, inArray, sql } from 'drizzle-orm';
import type { Db } from '../db';
import * as table from '../db/schema';
import { classifyReport, isExpected } from '../calendar/completeness';
import type { PeriodInfo } from '../calendar/queries';
import { loadMissingFigures } from '../submissions/missing-figures';
import type { HistoryItem } from '../../domain/inspection';
export type { HistoryItem } from '../../domain/inspection';

/** First received: the earliest submission on the timeline, else the row's submission time. */
const firstReceived =
	sql<Date | null>`coalesce(least(${table.submissions.submittedAt}, (select min(e.at) from submission_events e
	where e.submission_id = ${table.submissions.id} and e.to_status = 'submitted')), ${table.submissions.submittedAt})`.mapWith(
		(v: Date | string | null) => (v === null ? null : new Date(v))
	);

export type HistorySchool = {
	id: number;
	schoolLevel: string | null;
	activeFrom: string | null;
	activeTo: string | null;
};

/** Per school: its reports for the periods due by `until` (deadline on or before it), oldest first. */
export async function loadReportHistory(
	db: Db,
	input: { schools: HistorySchool[]; periods: PeriodInfo[]; until: string; today: string }
): Promise<Map<number, HistoryItem[]>> {
	const out = new Map<number, HistoryItem[]>(input.schools.map((s) => [s.id, []]));
	const due = input.periods.filter((p) => p.schoolDeadline <= input.until && p.schoolDeadline <= input.today);
	if (due.length === 0 || input.schools.length === 0) return out;
	const subs = await db
		.select({
			id: table.submissions.id,
			unitId: table.submissions.unitId,
			periodId: table.submissions.periodId,
			status: table.submissions.status,
			version: table.submissions.version,
			submittedAt: firstReceived
		})
		.from(table.submissions)
		.where(
			and(
				inArray(
					table.submissions.periodId,
					due.map((p) => p.id)
				),
				inArray(
					table.submissions.unitId,
					input.schools.map((s) => s.id)
				)
			)
		);
	const byPair = new Map(subs.map((s) => [`${s.unitId}:${s.periodId}`, s]));
	// The same classification as the completeness board: a report sent without every required figure is incomplete.
	const missingBySubmission = await loadMissingFigures(
		db,
		subs.filter((s) => s.status === 'submitted' || s.status === 'approved').map((s) => s.id)
	);
	for (const school of input.schools) {
		const list = out.get(school.id)!;
		for (const p of due) {
			const window = { formLevels: p.form.levels, endDate: p.endDate, schoolDeadline: p.schoolDeadline };
			if (
				!isExpected(
					{
						schoolLevel: school.schoolLevel as 'TH',
						activeFrom: school.activeFrom,
						activeTo: school.activeTo
					},
					window
				)
			)
				continue;
			const sub = byPair.get(`${school.id}:${p.id}`) ?? null;
			const missingFigures = sub ? (missingBySubmission.get(sub.id) ?? []) : [];
			const c = classifyReport(sub, p.schoolDeadline, input.today, missingFigures.length);
			list.push({
				periodKey: p.key,
				label: { vi: p.labelVi, en: p.labelEn },
				schoolDeadline: p.schoolDeadline,
				state: c.state,
				daysLate: c.daysLate,
				daysLeft: c.daysLeft,
				submissionId: sub?.id ?? null,
				status: sub?.status ?? null,
				version: sub?.version ?? null,
				submittedAt: sub?.submittedAt ?? null,
				missingFigures: c.state === 'incomplete' ? missingFigures : []
			});
		}
	}
	return out;
}

/** Late and missing reports for the severity score: as on the board, an incomplete report is not received. */
export function countReports(items: HistoryItem[]): { late: number; missing: number } {
	return {
		late: items.filter((i) => i.state === 'late').length,
		missing: items.filter((i) => i.state === 'missing' || i.state === 'returned' || i.state === 'incomplete')
			.length
	};
}
