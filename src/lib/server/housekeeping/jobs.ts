// What housekeeping does, once per cluster on each round: each job deletes what has outlived its use.
import { sql } from 'drizzle-orm';
import type { Db } from '../db';
import { deleteExpiredSessions } from '../auth/session';
import { deleteExpiredPreviews } from '../previews/store';

/** Sign-in attempts are kept this long (the throttling window is minutes; the rest is for people). */
export const LOGIN_ATTEMPTS_KEEP_DAYS = 30;

export type HousekeepingJob = { name: string; run(db: Db, now: Date): Promise<unknown> };

/** Old sign-in attempts, except each account's latest success (the users page shows it). */
export async function deleteOldLoginAttempts(db: Db, now = new Date()): Promise<void> {
	const before = new Date(now.getTime() - LOGIN_ATTEMPTS_KEEP_DAYS * 86_400_000);
	await db.execute(sql`
		delete from login_attempts a where a.at < ${before.toISOString()}::timestamptz and (not a.success or exists (
			select 1 from login_attempts b where b.username = a.username and b.success and b.at > a.at))`);
}

const jobs: HousekeepingJob[] = [
	{ name: 'sessions', run: (db, now) => deleteExpiredSessions(db, now) },
	{ name: 'previews', run: (db) => deleteExpiredPreviews(db) },
	{ name: 'login_attempts', run: (db, now) => deleteOldLoginAttempts(db, now) }
];

/** Another domain's periodic work (reminders) joins the same round. */
export function registerHousekeepingJob(job: HousekeepingJob): void {
	if (!jobs.some((j) => j.name === job.name)) jobs.push(job);
}

/** One round: every job, each on its own (one failing does not stop the others). */
export async function runHousekeeping(
	db: Db,
	now = new Date()
): Promise<{ ran: string[]; failed: string[] }> {
	const ran: string[] = [];
	const failed: string[] = [];
	for (const job of jobs) {
		try {
			await job.run(db, now);
			ran.push(job.name);
		} catch (e) {
			failed.push(job.name);
			console.error(`housekeeping: ${job.name} failed`, e);
		}
	}
	return { ran, failed };
}
