// The events that notify, each called inside the transaction that makes the change.
import { eq, max, sql } from 'drizzle-orm';
import { formatDate } from '$lib/i18n/format';
import { translate } from '$lib/i18n/translate';
import { queryRow, type Db } from '../db';
import * as col from '../db/rows';
import * as table from '../db/schema';
import { enqueueNotification, listUnitUsers } from './enqueue';
import type { EventKind } from './kinds';

type SubjectRow = { name: string; label_vi: string; year_code: string };

async function loadSubject(db: Db, unitId: number, periodId: number): Promise<SubjectRow | null> {
	return queryRow<SubjectRow>(
		db,
		sql`select u.name, p.label_vi, y.code as year_code from units u, periods p join school_years y on y.id = p.school_year_id
		    where u.id = ${unitId} and p.id = ${periodId}`,
		(r) => ({ name: col.text(r.name), label_vi: col.text(r.label_vi), year_code: col.text(r.year_code) })
	);
}

/** A school report or a district roll-up returned, approved or reopened: its unit's people hear of it. */
export async function notifyDecision(
	tx: Db,
	input: {
		submissionId: number;
		unitId: number;
		periodId: number;
		kind: 'school' | 'rollup';
		action: 'return' | 'approve' | 'reopen';
		comment: string | null;
	}
): Promise<number> {
	const past = { return: 'returned', approve: 'approved', reopen: 'reopened' } as const;
	const kind = `${input.kind === 'school' ? 'submission' : 'rollup'}_${past[input.action]}` as EventKind;
	const [subject, [event], userIds] = await Promise.all([
		loadSubject(tx, input.unitId, input.periodId),
		tx
			.select({ id: max(table.submissionEvents.id) })
			.from(table.submissionEvents)
			.where(eq(table.submissionEvents.submissionId, input.submissionId)),
		listUnitUsers(tx, input.unitId, input.kind === 'school' ? ['school'] : ['district'])
	]);
	if (!subject) return 0;
	return enqueueNotification(tx, {
		kind,
		eventKey: `submission-event:${event?.id ?? `${input.submissionId}:${Date.now()}`}`,
		unitId: input.unitId,
		userIds,
		link: `/submissions/${input.submissionId}`,
		params: {
			unit: subject.name,
			period: `${subject.label_vi} ${subject.year_code}`,
			comment: input.comment ?? ''
		}
	});
}

export type FindingFacts = {
	id: number;
	unitId: number;
	authorId: string | null;
	visitDate: string;
	text: string;
	followUpDue: string | null;
};

/** A finding recorded, or its follow-up date near or passed: the school and the inspector. */
export async function notifyFinding(
	tx: Db,
	finding: FindingFacts,
	event: { kind: 'finding_recorded' } | { kind: 'finding_follow_up'; stage: 'soon' | 'passed' },
	now = new Date()
): Promise<number> {
	const [unit] = await tx
		.select({ name: table.units.name, code: table.units.code })
		.from(table.units)
		.where(eq(table.units.id, finding.unitId));
	if (!unit) return 0;
	const school = await listUnitUsers(tx, finding.unitId, ['school']);
	const due = finding.followUpDue ? formatDate('vi', finding.followUpDue) : translate('vi', 'notify.noDue');
	return enqueueNotification(
		tx,
		{
			kind: event.kind,
			eventKey:
				event.kind === 'finding_recorded'
					? `finding:${finding.id}:recorded`
					: `finding:${finding.id}:${finding.followUpDue}:${event.stage}`,
			unitId: finding.unitId,
			userIds: finding.authorId ? [...school, finding.authorId] : school,
			link: `/schools/${encodeURIComponent(unit.code)}`,
			params: {
				unit: unit.name,
				date: formatDate('vi', finding.visitDate),
				text: finding.text.length > 200 ? finding.text.slice(0, 199) + '…' : finding.text,
				due
			}
		},
		now
	);
}
