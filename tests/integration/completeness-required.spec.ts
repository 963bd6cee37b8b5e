// Incomplete reports: a report without every figure its form requires for the school's level is
// flagged on upload, needs confirming to submit or approve, and is not counted as received.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq, sql } from 'drizzle-orm';
import * as table from '../../src/lib/server/db/schema';
import { type DbHandle } from '../../src/lib/server/db/client';
import { computeCompleteness } from '../../src/lib/server/calendar/board';
import { toCompletenessJson } from '../../src/lib/server/calendar/board-json';
import { transitionSubmission } from '../../src/lib/server/submissions/service';
import { loadSubmission } from '../../src/lib/server/submissions/detail';
import { toApiBody } from '../../src/lib/server/imports/api-body';
import { createTestDb } from '../helpers/db';
import { longCsv, run } from '../helpers/imports';
import { buildReportingFixture, type Fixture } from './reporting-fixture';
import { selectRows } from '../helpers/select-rows';

let h: DbHandle;
let fx: Fixture;

beforeAll(async () => {
	h = await createTestDb();
	fx = await buildReportingFixture(h.db);
});
afterAll(async () => h?.close());

const board = () =>
	computeCompleteness(h.db, { unitCode: 'D1', yearCode: '2024-2025', periodKey: 'HK1', today: '2024-12-10' });
const statusOf = async (id: number) =>
	(await h.db.select().from(table.submissions).where(eq(table.submissions.id, id)))[0].status;

describe('an incomplete report', () => {
	it('is incomplete on the board: neither received nor on time nor late, with its missing codes', async () => {
		// MN4 sent its semester report late; it loses its one required figure.
		await h.db.delete(table.figures).where(eq(table.figures.submissionId, fx.sub.get('MN4')!));
		const b = (await board())!;
		expect(b.counts).toEqual({
			expected: 6,
			received: 3,
			onTime: 2,
			late: 1,
			missing: 3,
			returned: 1,
			incomplete: 1,
			completeness: (3 / 6) * 100,
			timeliness: (2 / 6) * 100
		});
		expect(b.schools.find((s) => s.code === 'MN4')).toMatchObject({
			state: 'incomplete',
			daysLate: 4,
			missingFigures: ['MN_TS_TRE']
		});
		expect(b.schools.find((s) => s.code === 'MN1')).toMatchObject({ state: 'on_time', missingFigures: [] });
		const json = toCompletenessJson(b);
		// The public contract keeps every field it had, and gains the new ones.
		for (const key of ['expected', 'received', 'onTime', 'late', 'missing', 'completeness', 'timeliness'])
			expect(json).toHaveProperty(key);
		expect(json.incomplete).toBe(1);
		expect(json.schools.find((s) => s.school === 'MN4')).toMatchObject({
			state: 'incomplete',
			missingFigures: ['MN_TS_TRE'],
			daysLate: 4,
			status: 'submitted'
		});
		expect(json.children).toEqual([]);
	});

	it('is approved only with an explicit confirmation, and the page lists what it lacks', async () => {
		const id = fx.sub.get('MN4')!;
		expect((await loadSubmission(h.db, id))!.missing.map((m) => m.code)).toEqual(['MN_TS_TRE']);
		expect(
			await transitionSubmission(h.db, { submissionId: id, action: 'approve', actor: fx.users.district })
		).toEqual({ ok: false, submissionId: id, reason: 'incomplete', missing: ['MN_TS_TRE'] });
		expect(await statusOf(id)).toBe('submitted');
		expect(
			await transitionSubmission(h.db, {
				submissionId: id,
				action: 'approve',
				actor: fx.users.district,
				confirmIncomplete: true
			})
		).toMatchObject({ ok: true, to: 'approved' });
		const [audit] = await selectRows<{ after: { missingFigures?: string[] } }>(
			h.db,
			sql`select after from audit_log where subject = ${`submission:${id}`} and action = 'submission.approve'`
		);
		expect(audit.after.missingFigures).toEqual(['MN_TS_TRE']);
		// Still incomplete on the board once approved.
		expect((await board())!.schools.find((s) => s.code === 'MN4')!.state).toBe('incomplete');
	});

	it('is submitted only with an explicit confirmation; a complete one needs none', async () => {
		await h.db.insert(table.dataElements).values({
			code: 'TH_HS_BOHOC',
			nameVi: 'Bỏ học',
			nameEn: 'Dropouts',
			valueType: 'count',
			levels: ['TH'],
			forms: ['HK1'],
			sortOrder: 5
		});
		const id = fx.sub.get('TH1')!; // returned, holds TH_TS_HS only
		const refused = await transitionSubmission(h.db, {
			submissionId: id,
			action: 'submit',
			actor: fx.users.district
		});
		expect(refused).toMatchObject({ ok: false, reason: 'incomplete', missing: ['TH_HS_BOHOC'] });
		expect(await statusOf(id)).toBe('returned');
		const [el] = await h.db
			.select()
			.from(table.dataElements)
			.where(eq(table.dataElements.code, 'TH_HS_BOHOC'));
		await h.db.insert(table.figures).values({ submissionId: id, dataElementId: el.id, value: 0 });
		expect(
			await transitionSubmission(h.db, { submissionId: id, action: 'submit', actor: fx.users.district })
		).toMatchObject({ ok: true, to: 'submitted' });
	});

	it('is flagged on upload, per school and period, after merging the file over what is stored', async () => {
		const period = '2024-2025/HK1';
		// TH2's draft holds TH_TS_HS; the file changes it and still leaves TH_HS_BOHOC out.
		const file = longCsv([['TH2', period, 'TH_TS_HS', 430]]);
		const preview = await run(h, fx.users.district, file, { dryRun: true });
		expect(preview.errors).toEqual([]);
		expect(preview.warnings.map((w) => [w.row, w.code])).toEqual([[0, 'report_incomplete']]);
		expect(preview.warnings[0].message.vi).toContain('TH_HS_BOHOC');
		expect(preview.schools.map((s) => [s.schoolCode, s.period, s.missing])).toEqual([
			['TH2', period, ['TH_HS_BOHOC']]
		]);
		expect(toApiBody(preview, 'en').schools).toEqual([
			{ school: 'TH2', period, new: 0, changed: 1, unchanged: 0, missing: ['TH_HS_BOHOC'] }
		]);
		const refused = await run(h, fx.users.district, file);
		expect(refused).toMatchObject({ status: 'rejected', needsConfirmation: true });

		const whole = longCsv([
			['TH2', period, 'TH_TS_HS', 430],
			['TH2', period, 'TH_HS_BOHOC', 0]
		]);
		const stored = await run(h, fx.users.district, whole);
		expect(stored.warnings).toEqual([]);
		expect(stored.status).toBe('stored');
		expect(stored.schools[0].missing).toEqual([]);
	});
});
