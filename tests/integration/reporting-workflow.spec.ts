import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq, sql } from 'drizzle-orm';
import * as table from '../../src/lib/server/db/schema';
import { type DbHandle } from '../../src/lib/server/db/client';
import {
	approveSubmissions,
	ensureRollup,
	transitionSubmission
} from '../../src/lib/server/submissions/service';
import { snapshotRollup } from '../../src/lib/server/reports/queries';
import { createTestDb } from '../helpers/db';
import { expectDbError } from '../helpers/errors';
import { buildReportingFixture, type Fixture } from './reporting-fixture';
import { selectRows } from '../helpers/select-rows';

let h: DbHandle;
let fx: Fixture;

beforeAll(async () => {
	h = await createTestDb();
	fx = await buildReportingFixture(h.db);
});
afterAll(async () => h?.close());

const status = async (id: number) =>
	(await h.db.select().from(table.submissions).where(eq(table.submissions.id, id)))[0];

describe('a school report through the workflow', () => {
	it('submit → return with a comment → resubmit → approve, each step on the timeline and in the audit log', async () => {
		const id = fx.sub.get('TH2')!;
		const { school, district, inspector, other } = fx.users;
		expect(
			await transitionSubmission(h.db, { submissionId: id, action: 'submit', actor: school })
		).toMatchObject({ ok: true, from: 'draft', to: 'submitted' });
		expect(
			await transitionSubmission(h.db, { submissionId: id, action: 'submit', actor: school })
		).toMatchObject({ ok: false, reason: 'wrong_status' });
		expect(
			await transitionSubmission(h.db, { submissionId: id, action: 'approve', actor: inspector })
		).toMatchObject({ ok: false, reason: 'forbidden' });
		// Another district's report is not even said to exist (README: 404, not 403).
		expect(
			await transitionSubmission(h.db, { submissionId: id, action: 'approve', actor: other })
		).toMatchObject({ ok: false, reason: 'not_found' });
		expect(
			await transitionSubmission(h.db, { submissionId: id, action: 'return', actor: district, comment: ' ' })
		).toMatchObject({
			ok: false,
			reason: 'comment_required'
		});
		const comment = 'Số học sinh lớp 5 chưa khớp với đầu năm';
		expect(
			await transitionSubmission(h.db, { submissionId: id, action: 'return', actor: district, comment })
		).toMatchObject({ ok: true, to: 'returned' });
		expect(await status(id)).toMatchObject({ status: 'returned', comment, decidedBy: 'u-district' });

		const before = (await status(id)).submittedAt!;
		expect(
			await transitionSubmission(h.db, { submissionId: id, action: 'submit', actor: school })
		).toMatchObject({ ok: true, to: 'submitted' });
		const resubmitted = await status(id);
		expect(resubmitted.comment).toBeNull();
		expect(resubmitted.submittedAt!.getTime()).toBeGreaterThan(before.getTime());
		expect(
			await transitionSubmission(h.db, { submissionId: id, action: 'approve', actor: district })
		).toMatchObject({ ok: true, to: 'approved' });

		const events = await h.db
			.select()
			.from(table.submissionEvents)
			.where(eq(table.submissionEvents.submissionId, id))
			.orderBy(table.submissionEvents.id);
		expect(events.map((e) => [e.fromStatus, e.toStatus, e.actorId, e.comment])).toEqual([
			['draft', 'submitted', 'u-school', null],
			['submitted', 'returned', 'u-district', comment],
			['returned', 'submitted', 'u-school', null],
			['submitted', 'approved', 'u-district', null]
		]);
		const audit = await selectRows<{ action: string }>(
			h.db,
			sql`select action from audit_log where subject = ${`submission:${id}`} order by id`
		);
		expect(audit.map((a) => a.action)).toEqual([
			'submission.submit',
			'submission.return',
			'submission.submit',
			'submission.approve'
		]);
	});

	it('an empty draft cannot be submitted', async () => {
		const [row] = await h.db
			.insert(table.submissions)
			.values({ unitId: fx.unit.get('TH1')!, periodId: fx.period.get('DAU_NAM')! })
			.returning();
		expect(
			await transitionSubmission(h.db, { submissionId: row.id, action: 'submit', actor: fx.users.district })
		).toMatchObject({
			ok: false,
			reason: 'no_figures'
		});
		expect(
			await transitionSubmission(h.db, { submissionId: 999999, action: 'submit', actor: fx.users.district })
		).toMatchObject({
			ok: false,
			reason: 'not_found'
		});
	});

	it('batch approval approves what is waiting and reports the rest', async () => {
		const ids = ['MN2', 'MN4', 'TH1', 'MN1'].map((c) => fx.sub.get(c)!);
		const results = await approveSubmissions(h.db, {
			submissions: [...ids, ids[0]].map((id) => ({ id })),
			actor: fx.users.district
		});
		expect(results.map((r) => (r.ok ? 'ok' : r.reason))).toEqual([
			'ok',
			'ok',
			'wrong_status',
			'wrong_status'
		]);
		expect((await status(ids[0])).status).toBe('approved');
		// MN2 was loaded without a timeline: its original submission is recorded before the approval.
		const events = await h.db
			.select()
			.from(table.submissionEvents)
			.where(eq(table.submissionEvents.submissionId, ids[0]))
			.orderBy(table.submissionEvents.id);
		expect(events.map((e) => [e.fromStatus, e.toStatus, e.at.toISOString(), e.actorId])).toEqual([
			['draft', 'submitted', '2024-12-05T17:01:00.000Z', 'u-school'],
			['submitted', 'approved', events[1].at.toISOString(), 'u-district']
		]);
	});
});

describe('batch approval from the board approves only the version the reviewer saw', () => {
	it('a report that received a new version since the board was opened is refused as version_changed', async () => {
		const id = fx.sub.get('THCS1')!;
		const shown = (await status(id)).version;
		// The school uploads a corrected file after the district opened the board.
		await h.db
			.update(table.submissions)
			.set({ version: shown + 1 })
			.where(eq(table.submissions.id, id));
		const [stale] = await approveSubmissions(h.db, {
			submissions: [{ id, version: shown }],
			actor: fx.users.district
		});
		expect(stale).toMatchObject({ ok: false, reason: 'version_changed', version: shown + 1 });
		expect((await status(id)).status).not.toBe('approved');
		const [fresh] = await approveSubmissions(h.db, {
			submissions: [{ id, version: shown + 1 }],
			actor: fx.users.district
		});
		expect(fresh).toMatchObject({ ok: true, to: 'approved' });
	});
});

describe('the district’s roll-up, approved by the province', () => {
	it('cannot be approved while school reports wait; once approved, its schools cannot be reopened until it is', async () => {
		const { district, province, school } = fx.users;
		const rollup = (await ensureRollup(h.db, {
			districtCode: 'D1',
			yearCode: '2024-2025',
			periodKey: 'HK1'
		}))!;
		expect(await ensureRollup(h.db, { districtCode: 'D1', yearCode: '2024-2025', periodKey: 'HK1' })).toBe(
			rollup
		);
		expect(
			await ensureRollup(h.db, { districtCode: 'TH1', yearCode: '2024-2025', periodKey: 'HK1' })
		).toBeNull();
		expect(
			await transitionSubmission(h.db, { submissionId: rollup, action: 'submit', actor: province })
		).toMatchObject({ ok: false, reason: 'forbidden' });
		expect(
			await transitionSubmission(h.db, { submissionId: rollup, action: 'submit', actor: school })
		).toMatchObject({ ok: false, reason: 'not_found' });
		expect(
			await transitionSubmission(h.db, { submissionId: rollup, action: 'submit', actor: district })
		).toMatchObject({ ok: true, to: 'submitted' });
		expect(
			await transitionSubmission(h.db, { submissionId: rollup, action: 'approve', actor: district })
		).toMatchObject({ ok: false, reason: 'forbidden' });
		// THCS1 submitted and TH1 returned still wait for a decision.
		expect(
			await transitionSubmission(h.db, { submissionId: rollup, action: 'approve', actor: province })
		).toMatchObject({
			ok: false,
			reason: 'schools_pending'
		});
		const th1 = fx.sub.get('TH1')!;
		await transitionSubmission(h.db, { submissionId: th1, action: 'submit', actor: district });
		await approveSubmissions(h.db, {
			submissions: [{ id: th1 }, { id: fx.sub.get('THCS1')! }],
			actor: district
		});
		expect(
			await transitionSubmission(h.db, {
				submissionId: rollup,
				action: 'approve',
				actor: province,
				snapshot: snapshotRollup
			})
		).toMatchObject({ ok: true, to: 'approved' });
		const [audit] = await selectRows<{
			after: { rollup: { rows: { code: string; value: number }[]; schools: number } };
		}>(
			h.db,
			sql`select after from audit_log where subject = ${`submission:${rollup}`} and action = 'submission.approve'`
		);
		// The fixture's preschools hold MN_TS_TRE too (their reports are complete); TH_TS_HS is the row checked here.
		expect(audit.after.rollup.rows).toContainEqual({
			code: 'TH_TS_HS',
			value: 930,
			units: 2,
			comment: 'Tổng của 2 trường'
		});

		const th2 = fx.sub.get('TH2')!;
		const reason = 'Phát hiện sai sót khi thanh tra';
		expect(
			await transitionSubmission(h.db, {
				submissionId: th2,
				action: 'reopen',
				actor: district,
				comment: reason
			})
		).toMatchObject({
			ok: false,
			reason: 'rollup_approved'
		});
		expect(
			await transitionSubmission(h.db, {
				submissionId: rollup,
				action: 'reopen',
				actor: province,
				comment: reason
			})
		).toMatchObject({
			ok: true,
			to: 'returned'
		});
		expect(
			await transitionSubmission(h.db, {
				submissionId: th2,
				action: 'reopen',
				actor: district,
				comment: reason
			})
		).toMatchObject({
			ok: true,
			to: 'returned'
		});
		expect((await status(th2)).comment).toBe(reason);
	});

	it('a district unit may hold roll-up figures (an imported upward report); a province may not', async () => {
		const [el] = await h.db.select().from(table.dataElements).where(eq(table.dataElements.code, 'MN_TS_TRE'));
		const rollup = (await ensureRollup(h.db, {
			districtCode: 'D2',
			yearCode: '2024-2025',
			periodKey: 'HK1'
		}))!;
		await h.db.insert(table.figures).values({ submissionId: rollup, dataElementId: el.id, value: 1234 });
		const [prov] = await h.db
			.insert(table.submissions)
			.values({ unitId: fx.unit.get('P')!, periodId: fx.period.get('HK1')! })
			.returning();
		await expectDbError(
			h.db.insert(table.figures).values({ submissionId: prov.id, dataElementId: el.id, value: 1 }),
			/does not apply/
		);
	});
});
