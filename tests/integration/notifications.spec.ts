// The outbox end to end on a real database: rows written with the event (or not at all), delivered by
// the real adapters to fakes on the loopback, retried, given up, held for quiet hours, and reminders
// from the calendar sent once even by two workers at the same time.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { eq, sql } from 'drizzle-orm';
import * as table from '../../src/lib/server/db/schema';
import { type DbHandle } from '../../src/lib/server/db/client';
import { transitionSubmission } from '../../src/lib/server/submissions/service';
import { deliverDue } from '../../src/lib/server/notifications/worker';
import { runReminders, readReminderSettings } from '../../src/lib/server/notifications/reminders';
import { enqueueNotification } from '../../src/lib/server/notifications/enqueue';
import { ADAPTERS } from '../../src/lib/server/notifications/adapters';
import { MAX_ATTEMPTS } from '../../src/lib/server/notifications/kinds';
import { createTestDb } from '../helpers/db';
import { decodeMail, startFakeHttp, startFakeSmtp } from '../helpers/fake-channels';
import { buildReportingFixture, type Fixture } from './reporting-fixture';
import { selectRows } from '../helpers/select-rows';

let h: DbHandle;
let fx: Fixture;
const DAY = new Date('2024-12-02T03:00:00Z'); // 10:00 in Vietnam, deadline of HK1 in 3 days
const NIGHT = new Date('2024-12-02T15:30:00Z'); // 22:30 in Vietnam
const saved = { ...process.env };
const quiet = () => {};

const rowsOf = async (where = sql`true`) =>
	selectRows<{
		id: number;
		kind: string;
		event_key: string;
		user_id: string;
		channel: string;
		status: string;
		attempts: number;
		last_error: string | null;
		address: string | null;
	}>(
		h.db,
		sql`select id, kind, event_key, user_id, channel, status, attempts, last_error, address from notifications where ${where} order by id`
	);

/** The school's report approved: one message per channel the school's user takes. */
const approveForSchool = (eventKey: string, at: Date) =>
	enqueueNotification(
		h.db,
		{
			kind: 'submission_approved',
			eventKey,
			unitId: fx.unit.get('TH2')!,
			userIds: ['u-school'],
			link: null,
			params: { unit: 'TH2', period: 'HK1', comment: '' }
		},
		at
	);

beforeAll(async () => {
	h = await createTestDb();
	fx = await buildReportingFixture(h.db);
	await h.db
		.update(table.users)
		.set({ email: 'hieutruong@th2.edu.vn', phone: '0912 345 678' })
		.where(eq(table.users.id, 'u-school'));
	await h.db.insert(table.notificationPreferences).values([
		{ userId: 'u-school', kind: 'decision', channel: 'zalo', enabled: true },
		{ userId: 'u-school', kind: 'decision', channel: 'sms', enabled: true }
	]);
});
afterAll(async () => h?.close());
afterEach(() => {
	for (const k of Object.keys(process.env)) if (!(k in saved)) delete process.env[k];
	Object.assign(process.env, saved);
});

describe('rows written with the event', () => {
	it('a returned report writes one row per channel for the school; a refused step writes none', async () => {
		const id = fx.sub.get('TH2')!;
		const { school, district } = fx.users;
		await transitionSubmission(h.db, { submissionId: id, action: 'submit', actor: school });
		expect(await rowsOf()).toEqual([]); // a submission notifies nobody
		const refused = await transitionSubmission(h.db, {
			submissionId: id,
			action: 'return',
			actor: district,
			comment: 'x'
		});
		expect(refused).toMatchObject({ ok: false });
		expect(await rowsOf()).toEqual([]);
		const comment = 'Số học sinh lớp 5 chưa khớp với đầu năm';
		expect(
			await transitionSubmission(h.db, { submissionId: id, action: 'return', actor: district, comment })
		).toMatchObject({ ok: true });
		const rows = await rowsOf();
		expect(rows.map((r) => [r.kind, r.user_id, r.channel, r.status])).toEqual([
			['submission_returned', 'u-school', 'in_app', 'queued'],
			['submission_returned', 'u-school', 'email', 'queued'],
			['submission_returned', 'u-school', 'zalo', 'queued'],
			['submission_returned', 'u-school', 'sms', 'queued']
		]);
		expect(new Set(rows.map((r) => r.event_key)).size).toBe(1);
	});

	it('a rolled-back transaction leaves no message behind', async () => {
		await expect(
			h.db.transaction(async (tx) => {
				await enqueueNotification(tx, {
					kind: 'nudge',
					eventKey: 'rollback-test',
					unitId: fx.unit.get('TH2')!,
					userIds: ['u-school'],
					link: null,
					params: {}
				});
				throw new Error('the event failed');
			})
		).rejects.toThrow('the event failed');
		expect(await rowsOf(sql`event_key = 'rollback-test'`)).toEqual([]);
	});
});

describe('delivery through the real adapters', () => {
	it('sends the mail over SMTP, the Zalo template and the SMS to the fakes, and marks each sent', async () => {
		const smtp = await startFakeSmtp();
		const zalo = await startFakeHttp();
		const sms = await startFakeHttp(() => ({ status: 200, body: { status: 'accepted' } }));
		try {
			Object.assign(process.env, smtp.env, {
				ZALO_API_URL: zalo.url,
				ZALO_ACCESS_TOKEN: 'zalo-token',
				ZALO_TEMPLATE_SUBMISSION_RETURNED: '321456',
				SMS_GATEWAY_URL: sms.url,
				SMS_API_KEY: 'sms-key',
				ORIGIN: 'https://chitieu.example.vn'
			});
			// Written at the real time of the test run; delivered as if at 10:00 in Vietnam.
			await h.db.execute(sql`update notifications set next_attempt_at = ${DAY.toISOString()}::timestamptz`);
			const counts = await deliverDue(h.db, { now: DAY, log: quiet });
			expect(counts).toMatchObject({ sent: 4, failed: 0 });
			expect(smtp.mails).toHaveLength(1);
			const mail = decodeMail(smtp.mails[0].raw);
			expect(smtp.mails[0].to).toEqual(['hieutruong@th2.edu.vn']);
			expect(mail).toContain('Số học sinh lớp 5 chưa khớp với đầu năm');
			expect(mail).toContain('text/html');
			expect(mail).toMatch(/https:\/\/chitieu\.example\.vn\/submissions\/\d+/);
			expect(zalo.received).toHaveLength(1);
			const z = zalo.received[0];
			expect(z.headers.access_token).toBe('zalo-token');
			expect(z.body).toMatchObject({ phone: '84912345678', template_id: '321456' });
			const params = (z.body as { template_data: Record<string, string> }).template_data;
			expect(Object.values(params).every((v) => v.length <= 30)).toBe(true);
			expect(params.comment).toBe('Số học sinh lớp 5 chưa khớp v…');
			expect(sms.received).toHaveLength(1);
			expect(sms.received[0].headers.authorization).toBe('Bearer sms-key');
			const text = (sms.received[0].body as { to: string; text: string }).text;
			expect(text).toContain('So hoc sinh lop 5');
			expect(text.length).toBeLessThanOrEqual(160);
			expect((await rowsOf()).every((r) => r.status === 'sent')).toBe(true);
			expect(await deliverDue(h.db, { now: DAY, log: quiet })).toMatchObject({ sent: 0 });
		} finally {
			await Promise.all([smtp.close(), zalo.close(), sms.close()]);
		}
	});

	it('retries a failing gateway with backoff, records the reason, gives up after the last attempt', async () => {
		const sms = await startFakeHttp(() => ({ status: 503, body: { message: 'busy' } }));
		try {
			process.env.SMS_GATEWAY_URL = sms.url;
			await approveForSchool('retry-test', DAY);
			await h.db.execute(
				sql`update notifications set status = 'sent' where event_key = 'retry-test' and channel <> 'sms'`
			);
			let now = DAY;
			for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
				const counts = await deliverDue(h.db, { now, log: quiet });
				const [row] = await rowsOf(sql`event_key = 'retry-test' and channel = 'sms'`);
				expect(row.attempts).toBe(attempt);
				expect(row.last_error).toContain('HTTP 503');
				if (attempt < MAX_ATTEMPTS) {
					expect(counts.failed).toBe(1);
					expect(row.status).toBe('failed');
					// Not due again at once: the backoff holds it.
					expect(await deliverDue(h.db, { now, log: quiet })).toMatchObject({ failed: 0 });
					now = new Date(now.getTime() + 3_600_000);
				} else expect(row.status).toBe('gave_up');
			}
			expect(sms.received).toHaveLength(MAX_ATTEMPTS);
		} finally {
			await sms.close();
		}
	});

	it('holds Zalo and SMS for the morning but sends the e-mail at night', async () => {
		await approveForSchool('night-test', NIGHT);
		const lines: string[] = [];
		const counts = await deliverDue(h.db, { now: NIGHT, log: (l) => lines.push(l) });
		const rows = await rowsOf(sql`event_key = 'night-test'`);
		expect(rows.map((r) => [r.channel, r.status])).toEqual([
			['in_app', 'sent'],
			['email', 'sent'],
			['zalo', 'queued'],
			['sms', 'queued']
		]);
		// SMTP is not configured here: what would have gone is in the log.
		expect(counts.logged).toBe(1);
		expect(lines[0]).toContain('hieutruong@th2.edu.vn');
		const morning = new Date('2024-12-03T00:00:00Z');
		expect(await deliverDue(h.db, { now: morning, log: quiet })).toMatchObject({ logged: 2 });
	});

	it('gives up a row of a kind this version does not know, and still delivers the rest of the claim', async () => {
		await approveForSchool('renamed-kind', DAY);
		await h.db.execute(
			sql`update notifications set kind = 'renamed_since' where event_key = 'renamed-kind' and channel = 'in_app'`
		);
		await deliverDue(h.db, { now: DAY, log: quiet });
		const rows = await rowsOf(sql`event_key = 'renamed-kind'`);
		expect(rows.find((r) => r.channel === 'in_app')).toMatchObject({
			status: 'gave_up',
			last_error: 'unknown kind or channel: renamed_since/in_app'
		});
		expect(rows.find((r) => r.channel === 'email')?.status).toBe('sent');
	});
});

describe('reminders from the calendar', () => {
	const deadlineRows = () => rowsOf(sql`kind in ('deadline_soon', 'deadline_overdue')`);

	it('sends the 3-day reminder once however often it runs, and two workers deliver it exactly once', async () => {
		await h.db
			.update(table.submissions)
			.set({ status: 'draft' })
			.where(eq(table.submissions.id, fx.sub.get('TH2')!));
		await runReminders(h.db, DAY);
		await runReminders(h.db, new Date(DAY.getTime() + 3_600_000));
		const rows = await deadlineRows();
		expect(rows.filter((r) => r.user_id === 'u-school').map((r) => [r.event_key, r.channel])).toEqual([
			[`deadline:${fx.period.get('HK1')}:${fx.unit.get('TH2')}:d-3`, 'in_app'],
			[`deadline:${fx.period.get('HK1')}:${fx.unit.get('TH2')}:d-3`, 'email']
		]);
		const digest = await rowsOf(sql`kind = 'missing_digest'`);
		expect(digest.map((r) => [r.user_id, r.channel])).toEqual([['u-district', 'in_app']]);

		let sends = 0;
		const counting = {
			...ADAPTERS,
			email: {
				...ADAPTERS.email,
				configured: () => true,
				send: async () => {
					sends++;
					await new Promise((r) => setTimeout(r, 20));
					return { ok: true as const };
				}
			}
		};
		const all = await Promise.all([
			deliverDue(h.db, { now: DAY, adapters: counting, log: quiet, limit: 1 }),
			deliverDue(h.db, { now: DAY, adapters: counting, log: quiet, limit: 1 }),
			deliverDue(h.db, { now: DAY, adapters: counting, log: quiet }),
			deliverDue(h.db, { now: DAY, adapters: counting, log: quiet })
		]);
		expect(all.reduce((n, c) => n + c.sent, 0)).toBe((await deadlineRows()).length + 1);
		expect(sends).toBe(1);
		expect((await deadlineRows()).every((r) => r.status === 'sent' && r.attempts === 1)).toBe(true);
	});

	it('after downtime sends the latest reminder only: d-1, then one overdue a working day, up to the cap', async () => {
		const hk1 = fx.period.get('HK1')!;
		const th2 = fx.unit.get('TH2')!;
		await runReminders(h.db, new Date('2024-12-05T03:00:00Z')); // deadline day: the 1-day lead
		await runReminders(h.db, new Date('2024-12-14T03:00:00Z')); // Saturday: no overdue reminder
		await runReminders(h.db, new Date('2024-12-16T03:00:00Z')); // Monday after a long gap: one
		await runReminders(h.db, new Date('2024-12-16T09:00:00Z'));
		const keys = [
			...new Set((await deadlineRows()).filter((r) => r.user_id === 'u-school').map((r) => r.event_key))
		];
		expect(keys).toEqual([
			`deadline:${hk1}:${th2}:d-3`,
			`deadline:${hk1}:${th2}:d-1`,
			`overdue:${hk1}:${th2}:2024-12-16`
		]);
		const cap = readReminderSettings({ NOTIFY_OVERDUE_CAP: '2' });
		for (const day of ['17', '18', '19']) await runReminders(h.db, new Date(`2024-12-${day}T03:00:00Z`), cap);
		const overdue = new Set(
			(await rowsOf(sql`kind = 'deadline_overdue' and unit_id = ${th2}`)).map((r) => r.event_key)
		);
		expect(overdue.size).toBe(2);
	});

	it('stops once the report is received', async () => {
		const th2 = fx.unit.get('TH2')!;
		await h.db
			.update(table.submissions)
			.set({ status: 'submitted', submittedAt: new Date('2024-12-19T05:00:00Z') })
			.where(eq(table.submissions.id, fx.sub.get('TH2')!));
		const before = (await rowsOf(sql`unit_id = ${th2}`)).length;
		await runReminders(
			h.db,
			new Date('2024-12-20T03:00:00Z'),
			readReminderSettings({ NOTIFY_OVERDUE_CAP: '9' })
		);
		expect((await rowsOf(sql`unit_id = ${th2}`)).length).toBe(before);
	});
});

describe('reminders only to schools that can submit', () => {
	it('skips a school the period is closed for until an exception reopens it, and schools not expected', async () => {
		const hk1 = fx.period.get('HK1')!;
		const [th1, th2, d1] = ['TH1', 'TH2', 'D1'].map((c) => fx.unit.get(c)!);
		const settings = readReminderSettings({ NOTIFY_OVERDUE_CAP: '9' });
		await h.db
			.update(table.submissions)
			.set({ status: 'draft', submittedAt: null })
			.where(eq(table.submissions.id, fx.sub.get('TH2')!));
		for (const code of ['MN1', 'MN3', 'THCS1']) {
			const id = `u-${code.toLowerCase()}`;
			await h.db.insert(table.users).values({ id, username: id, displayName: code, passwordHash: 'x' });
			await h.db
				.insert(table.roleAssignments)
				.values({ userId: id, role: 'school', unitId: fx.unit.get(code)! });
		}
		const [closure] = await h.db
			.insert(table.periodClosures)
			.values({ periodId: hk1, unitId: d1, closedBy: 'u-district' })
			.returning();
		const overdueOf = async (unitId: number) => [
			...new Set(
				(await rowsOf(sql`kind = 'deadline_overdue' and unit_id = ${unitId}`)).map((r) => r.event_key)
			)
		];
		const [th1Before, th2Before] = [await overdueOf(th1), await overdueOf(th2)];

		await runReminders(h.db, new Date('2024-12-23T03:00:00Z'), settings); // Monday, HK1 closed for D1
		expect(await overdueOf(th2)).toEqual(th2Before);
		expect(await overdueOf(th1)).toEqual(th1Before);
		const [digest] = await rowsOf(sql`kind = 'missing_digest' and event_key = ${`digest:${d1}:2024-12-23`}`);
		const [body] = await selectRows<{ body: string }>(
			h.db,
			sql`select body from notifications where id = ${digest.id}`
		);
		expect(body.body).not.toContain('HK1 2024-2025');

		await h.db
			.insert(table.periodExceptions)
			.values({ periodId: hk1, unitId: th2, reason: 'Sửa số liệu', grantedAtUnitId: d1 });
		await runReminders(h.db, new Date('2024-12-24T03:00:00Z'), settings);
		expect(await overdueOf(th2)).toEqual([...th2Before, `overdue:${hk1}:${th2}:2024-12-24`]);
		expect(await overdueOf(th1)).toEqual(th1Before);

		// Never expected: MN3 closed on 30 Nov; THCS1 is not of the growth form's level (MN); MN1 is.
		const growth = fx.period.get('CAN_DO_2')!;
		const byUser = async (userId: string) =>
			new Set((await rowsOf(sql`user_id = ${userId} and kind like 'deadline_%'`)).map((r) => r.event_key));
		expect(await byUser('u-mn3')).toEqual(new Set());
		expect([...(await byUser('u-thcs1'))].filter((k) => k.includes(`:${growth}:`))).toEqual([]);
		expect(await byUser('u-mn1')).toEqual(
			new Set([
				`overdue:${growth}:${fx.unit.get('MN1')}:2024-12-23`,
				`overdue:${growth}:${fx.unit.get('MN1')}:2024-12-24`
			])
		);
		expect(body.body).toContain('MN1 – MN1 (CAN_DO_2 2024-2025)');
		expect(body.body).not.toMatch(/MN3 – |THCS1 – /);

		await h.db.delete(table.periodExceptions).where(eq(table.periodExceptions.periodId, hk1));
		await h.db.delete(table.periodClosures).where(eq(table.periodClosures.id, closure.id));
	});
});

describe('"Nhắc nộp" from the board', () => {
	it('reminds a school still owing once per window, audited; a received or unknown school is not reminded', async () => {
		const { nudgeSchools, loadLastNudges } = await import('../../src/lib/server/notifications/nudge');
		const { findPeriodById } = await import('../../src/lib/server/calendar/queries');
		const { findUnitByCode } = await import('../../src/lib/server/units/queries');
		await h.db
			.update(table.submissions)
			.set({ status: 'draft' })
			.where(eq(table.submissions.id, fx.sub.get('TH2')!));
		const period = (await findPeriodById(h.db, fx.period.get('HK1')!))!;
		const area = (await findUnitByCode(h.db, 'D1'))!;
		const now = new Date('2024-12-06T03:00:00Z');
		const input = { actor: fx.users.district, area, period, schoolCodes: ['TH2', 'THCS1', 'NOPE'], now };
		expect(await nudgeSchools(h.db, input)).toEqual({ sent: ['TH2'], skipped: [], closed: [] });
		expect(await nudgeSchools(h.db, { ...input, now: new Date(now.getTime() + 3_600_000) })).toEqual({
			sent: [],
			skipped: ['TH2'],
			closed: []
		});
		expect(await nudgeSchools(h.db, { ...input, actor: fx.users.school })).toBe('forbidden');
		expect(await nudgeSchools(h.db, { ...input, actor: fx.users.other })).toBe('forbidden');
		const rows = await rowsOf(sql`kind = 'nudge'`);
		expect(rows.map((r) => [r.user_id, r.channel])).toEqual([
			['u-school', 'in_app'],
			['u-school', 'email']
		]);
		const audit = await selectRows<{ action: string; actor_id: string }>(
			h.db,
			sql`select action, actor_id from audit_log where action = 'notification.nudge'`
		);
		expect(audit).toEqual([{ action: 'notification.nudge', actor_id: 'u-district' }]);
		expect([...(await loadLastNudges(h.db, period.id)).keys()]).toEqual([fx.unit.get('TH2')]);
		// Six hours later it may go again, unless the period is closed for the school: it could not submit.
		const later = { ...input, now: new Date(now.getTime() + 7 * 3_600_000) };
		const [closure] = await h.db
			.insert(table.periodClosures)
			.values({ periodId: period.id, unitId: area.id, closedBy: 'u-district' })
			.returning();
		expect(await nudgeSchools(h.db, later)).toEqual({ sent: [], skipped: [], closed: ['TH2'] });
		await h.db.delete(table.periodClosures).where(eq(table.periodClosures.id, closure.id));
		expect(await nudgeSchools(h.db, later)).toEqual({ sent: ['TH2'], skipped: [], closed: [] });
	});
});
