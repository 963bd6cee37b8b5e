// Scheduled reminders computed from the calendar, run by housekeeping (once per cluster). Every
// reminder has an event key naming its day or lead, so running twice, or on several processes,
// sends nothing twice; after downtime only today's reminder goes out, never the missed days'.
import { and, countDistinct, eq, isNull, like, lte, or, gte } from 'drizzle-orm';
import { formatDate } from '$lib/i18n/format';
import type { Db } from '../db';
import * as table from '../db/schema';
import { computeCompletenessFor } from '../calendar/board';
import { addDays, daysBetween, todayVn } from '../calendar/dates';
import { listPeriods, listYears, pickYear, type PeriodInfo } from '../calendar/queries';
import { periodStatesFor } from '../calendar/state';
import { registerHousekeepingJob } from '../housekeeping/jobs';
import type { UnitRow } from '../units/queries';
import { enqueueNotification, listUnitUsers } from './enqueue';
import { notifyFinding } from './events';
import { isWorkingDay, leadFor } from './kinds';
import { env } from '../db/env';

export type ReminderSettings = {
	/** Days before the school deadline a reminder goes out (NOTIFY_DEADLINE_DAYS, "3,1"). */
	leads: number[];
	/** At most this many overdue reminders per school and period (NOTIFY_OVERDUE_CAP, 5). */
	overdueCap: number;
	/** Overdue periods older than this are left alone. */
	overdueWindowDays: number;
	/** A finding's follow-up is "approaching" this many days ahead. */
	findingLeadDays: number;
};

/** NOTIFY_DEADLINE_DAYS and NOTIFY_OVERDUE_CAP (read by db/env.ts), with the fixed windows. */
export function readReminderSettings(source?: NodeJS.ProcessEnv): ReminderSettings {
	return { ...env(source).reminders, overdueWindowDays: 60, findingLeadDays: 3 };
}

const MISSING_STATES = new Set(['missing', 'returned', 'incomplete']);

export const periodLabel = (p: PeriodInfo) => `${p.labelVi} ${p.yearCode}`;

async function countOverdueSent(db: Db, periodId: number, unitId: number): Promise<number> {
	const [row] = await db
		.select({ n: countDistinct(table.notifications.eventKey) })
		.from(table.notifications)
		.where(
			and(
				eq(table.notifications.kind, 'deadline_overdue'),
				eq(table.notifications.unitId, unitId),
				like(table.notifications.eventKey, `overdue:${periodId}:${unitId}:%`)
			)
		);
	return row?.n ?? 0;
}

async function remindSchools(
	db: Db,
	district: UnitRow,
	period: PeriodInfo,
	now: Date,
	settings: ReminderSettings
): Promise<string[]> {
	const today = todayVn(now);
	// The board lists only expected schools (open, of the form's levels); of those, remind only the
	// ones the period is still open for (an area's closure without a lock exception stops them).
	const board = await computeCompletenessFor(db, district, period, { today });
	const owing = board.schools.filter((s) => MISSING_STATES.has(s.state));
	const states = await periodStatesFor(
		db,
		period.id,
		owing.map((s) => s.id),
		today
	);
	const missing = owing.filter((s) => states.get(s.id)?.open);
	const daysLeft = daysBetween(today, period.schoolDeadline);
	const lead = leadFor(daysLeft, settings.leads);
	for (const school of missing) {
		const base = {
			unitId: school.id,
			link: `/schools/${encodeURIComponent(school.code)}`,
			params: {
				unit: school.name,
				period: periodLabel(period),
				deadline: formatDate('vi', period.schoolDeadline),
				days: Math.abs(daysLeft)
			}
		};
		if (lead !== null) {
			const userIds = await listUnitUsers(db, school.id, ['school']);
			await enqueueNotification(
				db,
				{
					...base,
					kind: 'deadline_soon',
					eventKey: `deadline:${period.id}:${school.id}:d-${lead}`,
					userIds
				},
				now
			);
		} else if (daysLeft < 0 && isWorkingDay(today)) {
			if ((await countOverdueSent(db, period.id, school.id)) >= settings.overdueCap) continue;
			const userIds = await listUnitUsers(db, school.id, ['school']);
			await enqueueNotification(
				db,
				{
					...base,
					kind: 'deadline_overdue',
					eventKey: `overdue:${period.id}:${school.id}:${today}`,
					userIds
				},
				now
			);
		}
	}
	return missing.map((s) => `${s.code} – ${s.name} (${periodLabel(period)})`);
}

async function remindFindings(db: Db, now: Date, settings: ReminderSettings): Promise<void> {
	const today = todayVn(now);
	const rows = await db
		.select()
		.from(table.findings)
		.where(
			and(
				eq(table.findings.status, 'open'),
				lte(table.findings.followUpDue, addDays(today, settings.findingLeadDays)),
				gte(table.findings.followUpDue, addDays(today, -settings.overdueWindowDays))
			)
		);
	for (const f of rows) {
		if (!f.followUpDue) continue;
		await notifyFinding(
			db,
			{ ...f, followUpDue: f.followUpDue },
			{ kind: 'finding_follow_up', stage: f.followUpDue < today ? 'passed' : 'soon' },
			now
		);
	}
}

/** One run: deadline and overdue reminders, the districts' daily digests, findings' follow-ups. */
export async function runReminders(
	db: Db,
	now = new Date(),
	settings = readReminderSettings()
): Promise<void> {
	const today = todayVn(now);
	const year = pickYear(await listYears(db), today);
	if (year) {
		const ahead = Math.max(0, ...settings.leads);
		const periods = (await listPeriods(db, year.code)).filter(
			(p) =>
				p.schoolDeadline <= addDays(today, ahead) &&
				p.schoolDeadline >= addDays(today, -settings.overdueWindowDays)
		);
		const districts = periods.length
			? await db
					.select()
					.from(table.units)
					.where(
						and(
							eq(table.units.type, 'district'),
							or(isNull(table.units.activeTo), gte(table.units.activeTo, today))
						)
					)
			: [];
		for (const district of districts) {
			const lines: string[] = [];
			for (const period of periods) lines.push(...(await remindSchools(db, district, period, now, settings)));
			if (lines.length === 0) continue;
			await enqueueNotification(
				db,
				{
					kind: 'missing_digest',
					eventKey: `digest:${district.id}:${today}`,
					unitId: district.id,
					userIds: await listUnitUsers(db, district.id, ['district']),
					link: `/reporting`,
					params: { unit: district.name, count: lines.length, list: lines.map((l) => `- ${l}`).join('\n') }
				},
				now
			);
		}
	}
	await remindFindings(db, now, settings);
}

export function registerReminders(): void {
	registerHousekeepingJob({ name: 'reminders', run: (db, now) => runReminders(db, now) });
}
