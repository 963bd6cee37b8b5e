import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq, sql } from 'drizzle-orm';
import * as table from '../../src/lib/server/db/schema';
import { type DbHandle } from '../../src/lib/server/db/client';
import { computeCompleteness } from '../../src/lib/server/calendar/board';
import {
	grantException,
	periodStateFor,
	revokeException,
	setPeriodOpen
} from '../../src/lib/server/calendar/state';
import { findUnitByCode } from '../../src/lib/server/units/queries';
import { createTestDb } from '../helpers/db';
import { buildReportingFixture, type Fixture } from './reporting-fixture';
import { selectRows } from '../helpers/select-rows';

let h: DbHandle;
let fx: Fixture;

beforeAll(async () => {
	h = await createTestDb();
	fx = await buildReportingFixture(h.db);
});
afterAll(async () => h?.close());

const board = (unitCode: string, periodKey: string, extra: object = {}) =>
	computeCompleteness(h.db, { unitCode, yearCode: '2024-2025', periodKey, today: '2024-12-10', ...extra });

describe('completeness against hand-computed counts', () => {
	it('district D1, semester I: 6 expected (MN3 closed 30 Nov is not), 2 on time, 2 late, 1 returned, 1 missing', async () => {
		const b = (await board('D1', 'HK1'))!;
		expect(b.counts).toEqual({
			expected: 6,
			received: 4,
			onTime: 2,
			late: 2,
			missing: 2,
			returned: 1,
			incomplete: 0,
			completeness: (4 / 6) * 100,
			timeliness: (2 / 6) * 100
		});
		const state = Object.fromEntries(b.schools.map((s) => [s.code, [s.state, s.daysLate, s.daysLeft]]));
		expect(state).toEqual({
			MN1: ['on_time', 0, null],
			MN2: ['late', 1, null],
			MN4: ['late', 4, null],
			TH1: ['returned', null, -5],
			TH2: ['missing', null, -5],
			THCS1: ['on_time', 0, null]
		});
		expect(b.schools.find((s) => s.code === 'MN2')).toMatchObject({
			submittedBy: 'Người school',
			contactName: 'Hiệu trưởng MN2'
		});
	});

	it('the school opened on 1 Oct owes no start-of-year report; the one closed on 30 Nov still did', async () => {
		const b = (await board('D1', 'DAU_NAM'))!;
		expect(b.schools.map((s) => s.code).sort()).toEqual(['MN1', 'MN3', 'MN4', 'TH1', 'TH2', 'THCS1']);
		expect(b.counts).toMatchObject({ expected: 6, received: 0, missing: 6, completeness: 0, timeliness: 0 });
	});

	it('a preschool-only form expects preschools only', async () => {
		const b = (await board('D1', 'CAN_DO_2'))!;
		expect(b.schools.map((s) => s.code).sort()).toEqual(['MN1', 'MN2', 'MN4']);
	});

	it('the province sums its districts and drills down to them (a commune with no schools is left out)', async () => {
		const b = (await board('P', 'HK1'))!;
		expect(b.counts).toMatchObject({ expected: 7, received: 5, onTime: 3, late: 2 });
		expect(b.children.map((c) => [c.code, c.counts.expected, c.counts.received])).toEqual([
			['D1', 6, 4],
			['D2', 1, 1]
		]);
		const d1 = (await board('D1', 'HK1'))!;
		expect(d1.children).toEqual([]);
	});

	it('filters by level', async () => {
		const b = (await board('D1', 'HK1', { filters: { levels: ['MN'] } }))!;
		expect(b.counts).toMatchObject({ expected: 3, received: 3, onTime: 1, late: 2 });
	});

	it('timeliness is judged on the first receipt: a later re-upload or resubmission does not make it late', async () => {
		const id = fx.sub.get('THCS1')!;
		await h.db.insert(table.submissionEvents).values({
			submissionId: id,
			at: new Date('2024-12-01T02:00:00Z'),
			fromStatus: 'draft',
			toStatus: 'submitted',
			version: 1
		});
		await h.db
			.update(table.submissions)
			.set({ submittedAt: new Date('2024-12-20T02:00:00Z'), version: 2 })
			.where(eq(table.submissions.id, id));
		const b = (await board('D1', 'HK1'))!;
		const thcs = b.schools.find((s) => s.code === 'THCS1')!;
		expect(thcs).toMatchObject({ state: 'on_time', daysLate: 0 });
		expect(thcs.submittedAt!.toISOString()).toBe('2024-12-01T02:00:00.000Z');
		await h.db.delete(table.submissionEvents).where(eq(table.submissionEvents.submissionId, id));
		await h.db
			.update(table.submissions)
			.set({ submittedAt: new Date('2024-12-01T02:00:00Z'), version: 1 })
			.where(eq(table.submissions.id, id));
	});

	it('unknown unit or period: null', async () => {
		expect(await board('NOPE', 'HK1')).toBeNull();
		expect(await board('D1', 'NOPE')).toBeNull();
	});
});

describe('closing periods and lock exceptions', () => {
	it('a district closes a period for its own schools only; an exception reopens it for one school, audited', async () => {
		const hk1 = fx.period.get('HK1')!;
		const d1 = (await findUnitByCode(h.db, 'D1'))!;
		const th2 = (await findUnitByCode(h.db, 'TH2'))!;
		expect(
			await setPeriodOpen(h.db, { periodId: hk1, area: d1, open: false, actorId: 'u-district' })
		).toEqual({ ok: true, changed: true });
		expect(
			await setPeriodOpen(h.db, { periodId: hk1, area: d1, open: false, actorId: 'u-district' })
		).toEqual({ ok: true, changed: false });
		expect(await periodStateFor(h.db, hk1, th2.id)).toEqual({
			open: false,
			reason: 'closed_for_area',
			closedBy: 'D1'
		});
		expect((await periodStateFor(h.db, hk1, fx.unit.get('THTHCS1')!)).open).toBe(true);

		expect(
			await grantException(h.db, {
				periodId: hk1,
				school: th2,
				reason: 'x',
				until: null,
				actorId: 'u-district',
				grantedAtUnitId: d1.id
			})
		).toEqual({
			ok: false,
			reason: 'reason_required'
		});
		const granted = await grantException(h.db, {
			periodId: hk1,
			school: th2,
			reason: 'Trường mất điện, nộp bổ sung',
			until: '2099-12-31',
			actorId: 'u-district',
			grantedAtUnitId: d1.id
		});
		expect(granted).toEqual({ ok: true });
		expect(await periodStateFor(h.db, hk1, th2.id)).toMatchObject({ open: true, reason: 'exception' });
		expect((await periodStateFor(h.db, hk1, fx.unit.get('TH1')!)).open).toBe(false);

		const audit = await selectRows<{ action: string }>(
			h.db,
			sql`select action from audit_log where subject = ${`period:${hk1}`} order by id`
		);
		expect(audit.map((a) => a.action)).toEqual(['period.close', 'period.exception.grant']);

		expect(await revokeException(h.db, { periodId: hk1, school: th2, actorId: 'u-district' })).toBe(true);
		expect((await periodStateFor(h.db, hk1, th2.id)).open).toBe(false);
		expect(await setPeriodOpen(h.db, { periodId: hk1, area: d1, open: true, actorId: 'u-district' })).toEqual(
			{ ok: true, changed: true }
		);
		expect((await periodStateFor(h.db, hk1, th2.id)).open).toBe(true);
	});

	it('an exception for a period that is open is refused; an expired exception no longer opens', async () => {
		const hk1 = fx.period.get('HK1')!;
		const th2 = (await findUnitByCode(h.db, 'TH2'))!;
		expect(
			await grantException(h.db, {
				periodId: hk1,
				school: th2,
				reason: 'Không cần thiết',
				until: null,
				actorId: 'u-district',
				grantedAtUnitId: th2.parentId
			})
		).toEqual({
			ok: false,
			reason: 'not_closed'
		});
		const p = (await findUnitByCode(h.db, 'P'))!;
		await setPeriodOpen(h.db, { periodId: hk1, area: p, open: false, actorId: 'u-province' });
		await h.db
			.insert(table.periodExceptions)
			.values({ periodId: hk1, unitId: th2.id, reason: 'Hết hạn', until: '2020-01-01' });
		expect((await periodStateFor(h.db, hk1, th2.id)).open).toBe(false);
		await h.db.delete(table.periodExceptions).where(eq(table.periodExceptions.unitId, th2.id));
	});

	it('the top of the tree closes system-wide; a district cannot reopen what the province closed', async () => {
		const hk1 = fx.period.get('HK1')!;
		const [period] = await h.db.select().from(table.periods).where(eq(table.periods.id, hk1));
		expect(period.status).toBe('closed');
		const d2 = (await findUnitByCode(h.db, 'D2'))!;
		expect((await periodStateFor(h.db, hk1, fx.unit.get('THTHCS1')!)).reason).toBe('closed');
		expect(await setPeriodOpen(h.db, { periodId: hk1, area: d2, open: true, actorId: 'u-other' })).toEqual({
			ok: false,
			reason: 'closed_above'
		});
		const p = (await findUnitByCode(h.db, 'P'))!;
		await setPeriodOpen(h.db, { periodId: hk1, area: p, open: true, actorId: 'u-province' });
		expect((await periodStateFor(h.db, hk1, fx.unit.get('THTHCS1')!)).open).toBe(true);
	});
});
