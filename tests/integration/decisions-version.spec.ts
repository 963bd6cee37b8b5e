import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import * as table from '../../src/lib/server/db/schema';
import type { DbHandle } from '../../src/lib/server/db/client';
import { transitionSubmission } from '../../src/lib/server/submissions/service';
import { loadSubmission } from '../../src/lib/server/submissions/detail';
import { transitionSchema } from '../../src/lib/schemas/reporting';
import { createTestDb } from '../helpers/db';
import { buildReportingFixture, type Fixture } from './reporting-fixture';

let h: DbHandle;
let fx: Fixture;

beforeAll(async () => {
	h = await createTestDb();
	fx = await buildReportingFixture(h.db);
});
afterAll(async () => h?.close());

const row = async (id: number) =>
	(await h.db.select().from(table.submissions).where(eq(table.submissions.id, id)))[0];

/** What a second upload does to a report under review: new figures, the next version. */
async function schoolSendsNewVersion(id: number, value: number) {
	await h.db.update(table.figures).set({ value }).where(eq(table.figures.submissionId, id));
	const { version } = await row(id);
	await h.db
		.update(table.submissions)
		.set({ version: version + 1, submittedAt: new Date() })
		.where(eq(table.submissions.id, id));
}

describe('a decision is tied to the version the reviewer saw', () => {
	it('approving or returning version 1 after the school sent version 2 is refused, and nothing changes', async () => {
		const id = fx.sub.get('MN2')!;
		const { district } = fx.users;
		const shown = (await loadSubmission(h.db, id))!.version;
		expect(shown).toBe(1);
		await schoolSendsNewVersion(id, 99_999);

		const approve = await transitionSubmission(h.db, {
			submissionId: id,
			action: 'approve',
			actor: district,
			version: shown
		});
		expect(approve).toEqual({ ok: false, submissionId: id, reason: 'version_changed', version: 2 });
		const ret = await transitionSubmission(h.db, {
			submissionId: id,
			action: 'return',
			actor: district,
			comment: 'Số trẻ chưa khớp',
			version: shown
		});
		expect(ret).toMatchObject({ ok: false, reason: 'version_changed', version: 2 });
		expect(await row(id)).toMatchObject({ status: 'submitted', version: 2, decidedBy: null });

		// Having looked at version 2, the reviewer decides.
		expect(
			await transitionSubmission(h.db, { submissionId: id, action: 'approve', actor: district, version: 2 })
		).toMatchObject({ ok: true, to: 'approved' });
	});

	it('an API call without a version decides on the current one (the field is optional)', async () => {
		const id = fx.sub.get('MN4')!;
		await schoolSendsNewVersion(id, 61);
		expect(
			await transitionSubmission(h.db, { submissionId: id, action: 'approve', actor: fx.users.district })
		).toMatchObject({ ok: true, to: 'approved' });
	});

	it('reads the version from a form field or a JSON number', () => {
		expect(transitionSchema.parse({ action: 'approve', version: '3' }).version).toBe(3);
		expect(transitionSchema.parse({ action: 'approve', version: 3 }).version).toBe(3);
		expect(transitionSchema.parse({ action: 'approve', version: '' }).version).toBeUndefined();
		expect(transitionSchema.parse({ action: 'approve' }).version).toBeUndefined();
		expect(transitionSchema.safeParse({ action: 'approve', version: 'x' }).success).toBe(false);
	});
});

describe('the approval comment', () => {
	it('is kept on the event and on the report, and the school reads it', async () => {
		const id = fx.sub.get('THCS1')!;
		const comment = 'Đã duyệt; đề nghị cập nhật số lớp 6 ở kỳ sau.';
		expect(
			await transitionSubmission(h.db, {
				submissionId: id,
				action: 'approve',
				actor: fx.users.district,
				comment,
				version: 1
			})
		).toMatchObject({ ok: true, to: 'approved' });
		const detail = (await loadSubmission(h.db, id))!;
		expect(detail.comment).toBe(comment);
		expect(detail.events.at(-1)).toMatchObject({ to: 'approved', comment });
	});
});
