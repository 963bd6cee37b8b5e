// Completeness and timeliness of one reporting period (pure): who was expected to report,
// who did, on time or late. Rates are Σ over schools: received / expected, on time / expected.
import { levelParts, type SchoolLevel } from '../../domain/types';
import { daysBetween, daysLate as lateBy, isOnTime } from './dates';
import type { ReportState } from '../../domain/inspection';
export type { ReportState } from '../../domain/inspection';

export type ExpectedSchool = {
	schoolLevel: SchoolLevel | null;
	activeFrom: string | null;
	activeTo: string | null;
};

export type PeriodWindow = {
	/** Levels the period's form is collected from. */
	formLevels: readonly string[];
	endDate: string;
	schoolDeadline: string;
};

/**
 * A school is expected to report a period when the form applies to one of its levels, it existed
 * during the period (opened on or before the period's last day and the deadline: a school opened
 * on 1 October has no September to report) and it still exists on the deadline (a school closed
 * before the deadline owes nothing; one closed on the deadline day still does).
 */
export function isExpected(school: ExpectedSchool, period: PeriodWindow): boolean {
	if (!levelParts(school.schoolLevel).some((l) => period.formLevels.includes(l))) return false;
	const openedBy = period.endDate < period.schoolDeadline ? period.endDate : period.schoolDeadline;
	if (school.activeFrom && school.activeFrom.slice(0, 10) > openedBy.slice(0, 10)) return false;
	if (school.activeTo && school.activeTo.slice(0, 10) < period.schoolDeadline.slice(0, 10)) return false;
	return true;
}

export type SubmissionFacts = {
	status: 'draft' | 'submitted' | 'returned' | 'approved';
	submittedAt: Date | string | null;
} | null;

export type Classified = {
	state: ReportState;
	/** Days after the deadline the report arrived (received reports). */
	daysLate: number | null;
	/** Days from today to the deadline for reports not received: negative = overdue. */
	daysLeft: number | null;
};

/**
 * Received = submitted or approved, with a submission time, holding every required figure; on time
 * = by the end of the deadline day in Vietnam. A returned report awaits correction: not received.
 * A report sent without some required figures (`missingFigures` > 0) is `incomplete`: sent, not
 * received, neither on time nor late (daysLate still says when it arrived).
 */
export function classifyReport(
	sub: SubmissionFacts,
	deadline: string,
	today: string,
	missingFigures = 0
): Classified {
	if (sub && (sub.status === 'submitted' || sub.status === 'approved') && sub.submittedAt) {
		if (missingFigures > 0) {
			const arrived = isOnTime(sub.submittedAt, deadline) ? 0 : lateBy(sub.submittedAt, deadline);
			return { state: 'incomplete', daysLate: arrived, daysLeft: null };
		}
		return isOnTime(sub.submittedAt, deadline)
			? { state: 'on_time', daysLate: 0, daysLeft: null }
			: { state: 'late', daysLate: lateBy(sub.submittedAt, deadline), daysLeft: null };
	}
	const daysLeft = daysBetween(today, deadline);
	return { state: sub?.status === 'returned' ? 'returned' : 'missing', daysLate: null, daysLeft };
}

export type CompletenessCounts = {
	expected: number;
	received: number;
	onTime: number;
	late: number;
	/** Expected but not received (returned and incomplete ones included). */
	missing: number;
	/** Of the missing: returned for correction. */
	returned: number;
	/** Of the missing: sent without every required figure. */
	incomplete: number;
	/** received / expected × 100; null when nothing is expected. */
	completeness: number | null;
	/** on time / expected × 100; null when nothing is expected. */
	timeliness: number | null;
};

export function summarise(states: readonly ReportState[]): CompletenessCounts {
	const n = (s: ReportState) => states.filter((x) => x === s).length;
	const expected = states.length;
	const onTime = n('on_time');
	const late = n('late');
	const received = onTime + late;
	const pct = (x: number) => (expected === 0 ? null : (x / expected) * 100);
	return {
		expected,
		received,
		onTime,
		late,
		missing: expected - received,
		returned: n('returned'),
		incomplete: n('incomplete'),
		completeness: pct(received),
		timeliness: pct(onTime)
	};
}
