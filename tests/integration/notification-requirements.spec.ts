// The channels a district requires of its schools, set through the domain function behind
// /reporting/notifications: enforced when messages are written, shown on /account, audited, and
// refused to the leader of another district.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq, sql } from 'drizzle-orm';
import * as table from '../../src/lib/server/db/schema';
import { type DbHandle } from '../../src/lib/server/db/client';
import { enqueueNotification } from '../../src/lib/server/notifications/enqueue';
import { loadPreferences } from '../../src/lib/server/notifications/inbox';
import { loadRequirements, saveRequirements } from '../../src/lib/server/notifications/requirements';
import { findUnitByCode, type UnitRow } from '../../src/lib/server/units/queries';
import { createTestDb } from '../helpers/db';
import { buildReportingFixture, type Fixture } from './reporting-fixture';
import { selectRows } from '../helpers/select-rows';

let h: DbHandle;
let fx: Fixture;
let d1: UnitRow;
let p: UnitRow;
const NOW = new Date('2024-12-02T03:00:00Z');

const channelsOf = async (eventKey: string) =>
	(
		await selectRows<{ channel: string }>(
			h.db,
			sql`select channel from notifications where event_key = ${eventKey} and user_id = 'u-school' order by channel`
		)
	).map((r) => r.channel);

const remind = (eventKey: string) =>
	enqueueNotification(
		h.db,
		{
			kind: 'deadline_soon',
			eventKey,
			unitId: fx.unit.get('TH2')!,
			userIds: ['u-school'],
			link: null,
			params: { unit: 'TH2', period: 'HK1', deadline: '05/12/2024', days: 3 }
		},
		NOW
	);

beforeAll(async () => {
	h = await createTestDb();
	fx = await buildReportingFixture(h.db);
	await h.db
		.update(table.users)
		.set({ email: 'hieutruong@th2.edu.vn' })
		.where(eq(table.users.id, 'u-school'));
	// The school's reporter turned deadline e-mails off.
	await h.db
		.insert(table.notificationPreferences)
		.values({ userId: 'u-school', kind: 'deadline', channel: 'email', enabled: false });
	d1 = (await findUnitByCode(h.db, 'D1'))!;
	p = (await findUnitByCode(h.db, 'P'))!;
});
afterAll(async () => h?.close());

describe('required channels of a district', () => {
	it('a required e-mail reaches the school reporter who turned it off; the choice is shown as required', async () => {
		await remind('req-test:before');
		expect(await channelsOf('req-test:before')).toEqual(['in_app']);

		const result = await saveRequirements(h.db, {
			unit: d1,
			on: ['deadline:email', 'deadline:in_app', 'digest:sms', 'bogus:email', 'deadline:email'],
			actor: fx.users.district
		});
		expect(result).toEqual({ ok: true, changed: true });
		const stored = await h.db
			.select({ kind: table.notificationRequirements.kind, channel: table.notificationRequirements.channel })
			.from(table.notificationRequirements);
		expect(stored).toEqual([{ kind: 'deadline', channel: 'email' }]);

		await remind('req-test:after');
		expect(await channelsOf('req-test:after')).toEqual(['email', 'in_app']);
		const prefs = await loadPreferences(h.db, 'u-school');
		const email = prefs.find((r) => r.kind === 'deadline')!.channels.find((c) => c.channel === 'email')!;
		expect(email).toEqual({ channel: 'email', enabled: true, required: true });
	});

	it('saving replaces the rows and is audited; saving the same again changes nothing', async () => {
		expect(
			await saveRequirements(h.db, { unit: d1, on: ['decision:zalo'], actor: fx.users.district })
		).toEqual({ ok: true, changed: true });
		expect(
			await saveRequirements(h.db, { unit: d1, on: ['decision:zalo'], actor: fx.users.district })
		).toEqual({ ok: true, changed: false });
		const rows = await h.db.select().from(table.notificationRequirements);
		expect(rows.map((r) => [r.unitId, r.kind, r.channel])).toEqual([[d1.id, 'decision', 'zalo']]);
		const audit = await h.db
			.select()
			.from(table.auditLog)
			.where(eq(table.auditLog.action, 'notification.requirements'));
		expect(audit.map((a) => [a.actorId, a.unitId, a.before, a.after])).toEqual([
			['u-district', d1.id, { required: [] }, { required: ['deadline:email'] }],
			['u-district', d1.id, { required: ['deadline:email'] }, { required: ['decision:zalo'] }]
		]);
		// Dropped: the reporter's own choice counts again.
		await remind('req-test:dropped');
		expect(await channelsOf('req-test:dropped')).toEqual(['in_app']);
	});

	it('the grid shows the province’s requirement on the district as required above', async () => {
		expect(await saveRequirements(h.db, { unit: p, on: ['finding:sms'], actor: fx.users.province })).toEqual({
			ok: true,
			changed: true
		});
		const grid = await loadRequirements(h.db, d1);
		const cell = (kind: string, channel: string) =>
			grid.find((r) => r.kind === kind)!.channels.find((c) => c.channel === channel)!;
		expect(cell('finding', 'sms')).toEqual({ channel: 'sms', required: false, requiredAbove: 'P' });
		expect(cell('decision', 'zalo')).toEqual({ channel: 'zalo', required: true, requiredAbove: null });
		expect(grid.map((r) => r.kind)).toEqual(['deadline', 'decision', 'finding']);
	});

	it('another district’s leader, a school and an inspector are refused; a school is no area', async () => {
		for (const actor of [fx.users.other, fx.users.school, fx.users.inspector]) {
			expect(await saveRequirements(h.db, { unit: d1, on: [], actor })).toEqual({
				ok: false,
				reason: 'forbidden'
			});
		}
		const th2 = (await findUnitByCode(h.db, 'TH2'))!;
		expect(
			await saveRequirements(h.db, { unit: th2, on: ['deadline:sms'], actor: fx.users.district })
		).toEqual({ ok: false, reason: 'not_area' });
		const rows = await h.db.select().from(table.notificationRequirements);
		expect(rows.map((r) => [r.unitId, r.kind, r.channel]).sort()).toEqual(
			[
				[d1.id, 'decision', 'zalo'],
				[p.id, 'finding', 'sms']
			].sort()
		);
	});
});
