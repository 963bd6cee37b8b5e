// Review with context and explanations on the demo: threads on figures (who reads, who writes, what a
// return lists), required explanations blocking approval, and listExplanations for the reports.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq, sql } from 'drizzle-orm';
import * as table from '../../src/lib/server/db/schema';
import { type DbHandle } from '../../src/lib/server/db/client';
import { loadAuthUser, type AuthUser } from '../../src/lib/server/auth/user';
import { evaluate } from '../../src/lib/server/evaluation/queries';
import { loadSubmission } from '../../src/lib/server/submissions/detail';
import { loadReviewContext } from '../../src/lib/server/submissions/review-context';
import { transitionSubmission } from '../../src/lib/server/submissions/service';
import { addFigureComment, listFigureComments } from '../../src/lib/server/submissions/figure-comments';
import {
	listExplainable,
	saveExplanation,
	setRequiredExplanations
} from '../../src/lib/server/explanations/service';
import { listExplanations, listRequirements } from '../../src/lib/server/explanations/queries';
import { findUnitByCode } from '../../src/lib/server/units/queries';
import { createTestDb } from '../helpers/db';
import { selectRows } from '../helpers/select-rows';

let h: DbHandle;
const users = {} as Record<'district' | 'school' | 'inspector' | 'anlao' | 'province', AuthUser>;
const SCHOOL = 'HA-TH-THANHTO';

async function submissionOf(code: string, year: string, period: string) {
	const [r] = await selectRows<{ id: number }>(
		h.db,
		sql`select s.id from submissions s join units u on u.id = s.unit_id join periods p on p.id = s.period_id
		    join school_years y on y.id = p.school_year_id where u.code = ${code} and y.code = ${year} and p.key = ${period}`
	);
	return Number(r.id);
}
const setStatus = (id: number, status: 'submitted' | 'approved') =>
	h.db.update(table.submissions).set({ status }).where(eq(table.submissions.id, id));

beforeAll(async () => {
	h = await createTestDb({ demo: true });
	for (const name of ['district', 'school', 'inspector', 'anlao', 'province'] as const) {
		const [u] = await h.db.select().from(table.users).where(eq(table.users.username, name));
		users[name] = (await loadAuthUser(h.db, u.id))!;
	}
});
afterAll(async () => h?.close());

describe('figures in context', () => {
	it('puts last period’s and last year’s stored figures beside the report’s', async () => {
		const id = await submissionOf(SCHOOL, '2024-2025', 'CUOI_NAM');
		const d = (await loadSubmission(h.db, id))!;
		const ctx = await loadReviewContext(h.db, {
			unitId: d.unit.id,
			periodId: d.period.id,
			figures: d.figures,
			missing: d.missing
		});
		expect(ctx.lastYearPeriod).toMatchObject({ yearCode: '2023-2024', key: 'CUOI_NAM' });
		// A once-a-year form: the previous report is last year's.
		expect(ctx.previousPeriod?.id).toBe(ctx.lastYearPeriod?.id);
		const pupils = ctx.rows.find((r) => r.code === 'TH_TS_HS')!;
		const [ly] = await selectRows<{ value: number }>(
			h.db,
			sql`select f.value from figures f join data_elements d on d.id = f.data_element_id
			    where d.code = 'TH_TS_HS' and f.submission_id = ${await submissionOf(SCHOOL, '2023-2024', 'CUOI_NAM')}`
		);
		expect(pupils.lastYear).toBe(Number(ly.value));
		expect(pupils.changeYear?.delta).toBeCloseTo(pupils.value! - Number(ly.value));
	});

	it('flags the demo’s incomplete report’s missing figures', async () => {
		const id = await submissionOf('AL-TH-THITRAN', '2026-2027', 'DAU_NAM');
		const d = (await loadSubmission(h.db, id))!;
		const ctx = await loadReviewContext(h.db, {
			unitId: d.unit.id,
			periodId: d.period.id,
			figures: d.figures,
			missing: d.missing
		});
		expect(
			ctx.rows
				.filter((r) => r.flags.includes('missing'))
				.map((r) => r.code)
				.sort()
		).toEqual(['CO_THUVIENSO', 'TH_HS_BANTRU']);
	});
});

describe('threads on figures', () => {
	it('the district asks, the school answers on the same thread, a return lists the figure', async () => {
		const id = await submissionOf(SCHOOL, '2024-2025', 'HK1');
		await setStatus(id, 'submitted');
		const ask = await addFigureComment(h.db, {
			submissionId: id,
			code: 'TH_TS_LOP',
			body: 'Số lớp giảm so với kỳ trước?',
			actor: users.district
		});
		expect(ask).toMatchObject({ ok: true, side: 'reviewer' });
		const answer = await addFigureComment(h.db, {
			submissionId: id,
			code: 'TH_TS_LOP',
			body: 'Đã ghép hai lớp 5.',
			actor: users.school
		});
		expect(answer).toMatchObject({ ok: true, side: 'school' });
		const thread = await listFigureComments(h.db, id);
		expect(thread.map((c) => [c.code, c.side, c.body])).toEqual([
			['TH_TS_LOP', 'reviewer', 'Số lớp giảm so với kỳ trước?'],
			['TH_TS_LOP', 'school', 'Đã ghép hai lớp 5.']
		]);

		const ret = await transitionSubmission(h.db, {
			submissionId: id,
			action: 'return',
			comment: 'Xem lại số lớp',
			actor: users.district
		});
		expect(ret).toMatchObject({ ok: true, to: 'returned', commented: ['TH_TS_LOP'] });
		const [audit] = await h.db
			.select()
			.from(table.auditLog)
			.where(
				and(eq(table.auditLog.action, 'submission.return'), eq(table.auditLog.subject, `submission:${id}`))
			);
		expect(audit.after).toMatchObject({ commentedFigures: ['TH_TS_LOP'] });
	});

	it('only reviewers and the school’s reporters write; outsiders do not learn the report exists', async () => {
		const id = await submissionOf(SCHOOL, '2024-2025', 'HK1');
		const body = 'Một câu hỏi';
		expect(
			await addFigureComment(h.db, { submissionId: id, code: 'TH_TS_HS', body, actor: users.inspector })
		).toEqual({
			ok: false,
			reason: 'forbidden'
		});
		expect(
			await addFigureComment(h.db, { submissionId: id, code: 'TH_TS_HS', body, actor: users.anlao })
		).toEqual({
			ok: false,
			reason: 'not_found'
		});
		const other = await submissionOf('HA-TH-CATBI', '2024-2025', 'HK1');
		expect(
			await addFigureComment(h.db, { submissionId: other, code: 'TH_TS_HS', body, actor: users.school })
		).toEqual({
			ok: false,
			reason: 'not_found'
		});
		expect(
			await addFigureComment(h.db, { submissionId: id, code: 'TH_TS_HS', body: '   ', actor: users.district })
		).toEqual({
			ok: false,
			reason: 'empty'
		});
		expect(
			await addFigureComment(h.db, { submissionId: id, code: 'TH_TS_HS', body, actor: users.province })
		).toMatchObject({
			ok: true,
			side: 'reviewer'
		});
	});
});

describe('explanations', () => {
	it('a required explanation blocks approval until the school writes it', async () => {
		const id = await submissionOf(SCHOOL, '2024-2025', 'CUOI_NAM');
		await setStatus(id, 'submitted');
		const rows = await evaluate(h.db, { unitCode: SCHOOL, yearCode: '2024-2025', periodKey: 'CUOI_NAM' });
		const code =
			rows.find((r) => r.status === 'off_track' || r.status === 'at_risk')?.indicator ?? rows[0].indicator;

		expect(
			await setRequiredExplanations(h.db, {
				submissionId: id,
				indicatorCodes: [code],
				actor: users.inspector
			})
		).toEqual({
			ok: false,
			reason: 'forbidden'
		});
		expect(
			await setRequiredExplanations(h.db, { submissionId: id, indicatorCodes: [code], actor: users.district })
		).toEqual({
			ok: true,
			codes: [code]
		});
		const refused = await transitionSubmission(h.db, {
			submissionId: id,
			action: 'approve',
			actor: users.district
		});
		expect(refused).toMatchObject({
			ok: false,
			reason: 'explanation_required',
			unexplained: [{ indicatorCode: code }]
		});
		expect((await h.db.select().from(table.submissions).where(eq(table.submissions.id, id)))[0].status).toBe(
			'submitted'
		);

		const school = (await findUnitByCode(h.db, SCHOOL))!;
		const explainable = await listExplainable(h.db, { school, yearCode: '2024-2025', periodKey: 'CUOI_NAM' });
		expect(explainable.find((e) => e.indicatorCode === code)).toMatchObject({ required: true });

		const input = {
			schoolCode: SCHOOL,
			yearCode: '2024-2025',
			periodKey: 'CUOI_NAM',
			indicatorCode: code,
			cause: 'Thiếu giáo viên',
			measures: 'Tuyển thêm hai giáo viên',
			expectedDate: '2025-12-31'
		};
		expect(await saveExplanation(h.db, { ...input, actor: users.inspector })).toEqual({
			ok: false,
			reason: 'forbidden'
		});
		expect(await saveExplanation(h.db, { ...input, actor: users.anlao })).toEqual({
			ok: false,
			reason: 'not_found'
		});
		expect(await saveExplanation(h.db, { ...input, actor: users.school })).toMatchObject({ ok: true });
		expect((await listRequirements(h.db, id))[0]).toMatchObject({ indicatorCode: code, written: true });

		expect(
			await transitionSubmission(h.db, { submissionId: id, action: 'approve', actor: users.district })
		).toMatchObject({
			ok: true,
			to: 'approved'
		});

		const district = (await findUnitByCode(h.db, 'HAIAN'))!;
		const [year] = await h.db.select().from(table.schoolYears).where(eq(table.schoolYears.code, '2024-2025'));
		const listed = await listExplanations(h.db, {
			unitId: district.id,
			schoolYearId: year.id,
			periodCode: 'CUOI_NAM'
		});
		expect(listed).toEqual([
			expect.objectContaining({
				unitCode: SCHOOL,
				indicatorCode: code,
				cause: 'Thiếu giáo viên',
				measures: 'Tuyển thêm hai giáo viên',
				expectedDate: '2025-12-31'
			})
		]);
		expect(
			await listExplanations(h.db, { unitId: district.id, schoolYearId: year.id, periodCode: 'HK1' })
		).toEqual([]);
		const anlao = (await findUnitByCode(h.db, 'ANLAO'))!;
		expect(await listExplanations(h.db, { unitId: anlao.id, schoolYearId: year.id })).toEqual([]);
	});

	it('refuses an explanation of an indicator that is neither off track nor required', async () => {
		const rows = await evaluate(h.db, { unitCode: SCHOOL, yearCode: '2024-2025', periodKey: 'CUOI_NAM' });
		const met = rows.find((r) => r.status === 'met');
		expect(met).toBeDefined();
		const out = await saveExplanation(h.db, {
			schoolCode: SCHOOL,
			yearCode: '2024-2025',
			periodKey: 'CUOI_NAM',
			indicatorCode: met!.indicator,
			cause: 'x x x',
			measures: 'y y y',
			expectedDate: null,
			actor: users.school
		});
		expect(out).toEqual({ ok: false, reason: 'not_explainable' });
	});
});
