// "Nhắc nộp" from the completeness board: a reminder now to chosen schools still owing the report,
// at most once per school and period in NUDGE_HOURS, audited, and shown on the board afterwards.
import { sql } from 'drizzle-orm';
import { formatDate } from '$lib/i18n/format';
import { queryRows, type Db } from '../db';
import * as col from '../db/rows';
import { can } from '../auth/access';
import type { AuthUser } from '../auth/user';
import { computeCompletenessFor } from '../calendar/board';
import type { PeriodInfo } from '../calendar/queries';
import { writeAudit } from '../submissions/events';
import type { UnitRow } from '../units/queries';
import { enqueueNotification, listUnitUsers } from './enqueue';
import { periodLabel } from './reminders';
import { periodStatesFor } from '../calendar/state';

export const NUDGE_HOURS = 6;
const OWING = new Set(['missing', 'returned', 'incomplete']);

/**
 * sent: reminded now; skipped: reminded within the window already; closed: the period is closed for the
 * school (no exception), so a reminder would ask for what it cannot do.
 */
export type NudgeOutcome = { sent: string[]; skipped: string[]; closed: string[] };

/** When each school of the period was last reminded by hand (school id → time). */
export async function loadLastNudges(db: Db, periodId: number): Promise<Map<number, Date>> {
	const rows = await queryRows(
		db,
		sql`select unit_id, max(created_at) as at from notifications
		    where kind = 'nudge' and event_key like ${`nudge:${periodId}:%`} group by unit_id`,
		(r) => ({ unitId: col.intOrNull(r.unit_id), at: col.date(r.at) })
	);
	const last = new Map<number, Date>();
	// A school since deleted leaves its nudges with no unit: nobody asks for those.
	for (const r of rows) if (r.unitId !== null) last.set(r.unitId, r.at);
	return last;
}

export async function nudgeSchools(
	db: Db,
	input: { actor: AuthUser; area: UnitRow; period: PeriodInfo; schoolCodes: string[]; now?: Date }
): Promise<NudgeOutcome | 'forbidden'> {
	const { actor, area, period } = input;
	if (!can(actor, 'review_submission', area)) return 'forbidden';
	const now = input.now ?? new Date();
	const board = await computeCompletenessFor(db, area, period);
	const wanted = new Set(input.schoolCodes);
	const chosen = board.schools.filter((s) => wanted.has(s.code) && OWING.has(s.state));
	const [last, states] = await Promise.all([
		loadLastNudges(db, period.id),
		periodStatesFor(
			db,
			period.id,
			chosen.map((s) => s.id)
		)
	]);
	const window = Math.floor(now.getTime() / (NUDGE_HOURS * 3_600_000));
	const out: NudgeOutcome = { sent: [], skipped: [], closed: [] };
	for (const school of chosen) {
		if (!states.get(school.id)?.open) {
			out.closed.push(school.code);
			continue;
		}
		const previous = last.get(school.id);
		if (previous && now.getTime() - previous.getTime() < NUDGE_HOURS * 3_600_000) {
			out.skipped.push(school.code);
			continue;
		}
		const written = await db.transaction(async (tx) => {
			const userIds = await listUnitUsers(tx, school.id, ['school']);
			const n = await enqueueNotification(
				tx,
				{
					kind: 'nudge',
					eventKey: `nudge:${period.id}:${school.id}:${window}`,
					unitId: school.id,
					userIds,
					link: `/schools/${encodeURIComponent(school.code)}`,
					params: {
						sender: area.name,
						unit: school.name,
						period: periodLabel(period),
						deadline: formatDate('vi', period.schoolDeadline)
					}
				},
				now
			);
			if (n > 0)
				await writeAudit(tx, {
					actorId: actor.id,
					action: 'notification.nudge',
					unitId: school.id,
					subject: `period:${period.id}`,
					after: {
						school: school.code,
						period: `${period.yearCode}/${period.key}`,
						recipients: userIds.length,
						messages: n
					}
				});
			return n;
		});
		(written > 0 ? out.sent : out.skipped).push(school.code);
	}
	return out;
}
