// Storing: all or nothing, versions, audit, the original file, idempotency, concurrency.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { type DbHandle } from '../../src/lib/server/db/client';
import type { AuthUser } from '../../src/lib/server/auth/user';
import { createTestDb } from '../helpers/db';
import { expectDbError } from '../helpers/errors';
import { count, demoUser, longCsv, run, storedFigures, submissionOf, type LongRow } from '../helpers/imports';
import { lockPairs, PAIR_LOCK_LIMIT } from '../../src/lib/server/imports/store';
import { copyInto } from '../../src/lib/server/imports/bulk';
import { buildFailedRowsCsv } from '../../src/lib/server/imports/preview';
import { evaluate } from '../../src/lib/server/evaluation/queries';
import { selectRows } from '../helpers/select-rows';
import { findUpload } from '../../src/lib/server/imports/uploads';

const SCHOOL = 'HA-TH-THANHTO';
const PERIOD = '2025-2026/CUOI_NAM';

let h: DbHandle;
let school: AuthUser;
let base: Record<string, number>;

beforeAll(async () => {
	h = await createTestDb({ demo: true });
	school = await demoUser(h, 'school');
	base = await storedFigures(h, SCHOOL, PERIOD);
});
afterAll(async () => h?.close());

/** The school's year-end outcomes moved by `shift` pupils from "completed" to "excellent" (sums kept). */
function outcomes(shift: number, comment?: string): LongRow[] {
	return [
		[SCHOOL, PERIOD, 'TH_HS_HTXS', base.TH_HS_HTXS + shift, comment],
		[SCHOOL, PERIOD, 'TH_HS_HT', base.TH_HS_HT - shift],
		[SCHOOL, PERIOD, 'TH_HS_HTT', base.TH_HS_HTT],
		[SCHOOL, PERIOD, 'GV_VIPHAM', base.GV_VIPHAM]
	];
}

describe('a clean file', () => {
	it('is previewed without storing anything', async () => {
		const before = await submissionOf(h, SCHOOL, PERIOD);
		const out = await run(h, school, longCsv(outcomes(2)), { dryRun: true });
		expect(out.errors).toEqual([]);
		expect(out.status).toBe('preview');
		expect(out.figures).toEqual({ new: 0, changed: 2, unchanged: 2 });
		expect(out.schools).toHaveLength(1);
		const item = out.schools[0].items.find((i) => i.code === 'TH_HS_HTXS')!;
		expect(item).toMatchObject({ change: 'changed', value: base.TH_HS_HTXS + 2, current: base.TH_HS_HTXS });
		expect(await submissionOf(h, SCHOOL, PERIOD)).toEqual(before);
		expect(await storedFigures(h, SCHOOL, PERIOD)).toEqual(base);
	});

	it('is stored: a new version, the figures, one audit row with the changed figures, the original file', async () => {
		const before = (await submissionOf(h, SCHOOL, PERIOD))!;
		const bytes = longCsv(outcomes(2, 'Đã rà soát'));
		const out = await run(h, school, bytes);
		expect(out.errors).toEqual([]);
		expect(out.status).toBe('stored');
		expect(out.uploadId).toMatch(/^[0-9a-f-]{36}$/);

		const after = (await submissionOf(h, SCHOOL, PERIOD))!;
		expect(after).toMatchObject({
			id: before.id,
			status: 'submitted',
			version: before.version + 1,
			submitted_by: 'u-school'
		});
		const now = await storedFigures(h, SCHOOL, PERIOD);
		expect(now).toEqual({ ...base, TH_HS_HTXS: base.TH_HS_HTXS + 2, TH_HS_HT: base.TH_HS_HT - 2 });

		const audit = await selectRows<{
			actor_id: string;
			unit_code: string;
			subject: string;
			before: { period: string; figures: Record<string, number>; comments?: Record<string, string> };
			after: {
				period: string;
				version: number;
				figures: Record<string, number>;
				comments?: Record<string, string>;
			};
		}>(
			h.db,
			sql`select a.actor_id, u.code as unit_code, a.subject, a.before, a.after from audit_log a join units u on u.id = a.unit_id
				where a.upload_id = ${out.uploadId} and a.action = 'figures.change'`
		);
		// One row for the submission's new version, holding exactly the two changed figures.
		expect(audit).toEqual([
			{
				actor_id: 'u-school',
				unit_code: SCHOOL,
				subject: PERIOD,
				before: {
					period: PERIOD,
					figures: { TH_HS_HTXS: base.TH_HS_HTXS, TH_HS_HT: base.TH_HS_HT }
				},
				after: {
					period: PERIOD,
					version: before.version + 1,
					figures: { TH_HS_HTXS: base.TH_HS_HTXS + 2, TH_HS_HT: base.TH_HS_HT - 2 },
					comments: { TH_HS_HTXS: 'Đã rà soát' }
				}
			}
		]);
		const [upload] = await selectRows<{
			sha256: string;
			size: number;
			user_id: string;
			content: Uint8Array;
			status: string;
			summary: { figures: { changed: number }; units: string[] };
		}>(
			h.db,
			sql`select sha256, size, user_id, content, status, summary from uploads where id = ${out.uploadId}`
		);
		expect(upload).toMatchObject({ size: bytes.length, user_id: 'u-school', status: 'stored' });
		expect(upload.sha256).toMatch(/^[0-9a-f]{64}$/);
		expect(Buffer.from(upload.content).equals(Buffer.from(bytes))).toBe(true);
		expect(upload.summary.figures.changed).toBe(2);
		expect(upload.summary.units).toEqual([SCHOOL]);
		expect(
			await count(
				h,
				sql`select count(*)::int as n from audit_log where action = 'upload.store' and upload_id = ${out.uploadId}`
			)
		).toBe(1);
		const [event] = await selectRows<{ from_status: string; to_status: string; version: number }>(
			h.db,
			sql`select from_status, to_status, version from submission_events where submission_id = ${before.id} order by id desc limit 1`
		);
		expect(event).toEqual({
			from_status: before.status,
			to_status: 'submitted',
			version: before.version + 1
		});
		// The comment typed once stays when a later file has no comment column.
		const [row] = await selectRows<{ comment: string; upload_id: string }>(
			h.db,
			sql`select f.comment, f.upload_id from figures f join data_elements d on d.id = f.data_element_id
				where f.submission_id = ${before.id} and d.code = 'TH_HS_HTXS'`
		);
		expect(row).toEqual({ comment: 'Đã rà soát', upload_id: out.uploadId });
	});

	it('uploaded again changes nothing and says so', async () => {
		const bytes = longCsv(outcomes(2, 'Đã rà soát'));
		const sub = await submissionOf(h, SCHOOL, PERIOD);
		const audits = await count(h, sql`select count(*)::int as n from audit_log`);
		const uploads = await count(h, sql`select count(*)::int as n from uploads`);
		const out = await run(h, school, bytes);
		expect(out.status).toBe('unchanged');
		expect(out.figures).toEqual({ new: 0, changed: 0, unchanged: 4 });
		expect(out.uploadId).not.toBeNull();
		expect(await submissionOf(h, SCHOOL, PERIOD)).toEqual(sub);
		expect(await count(h, sql`select count(*)::int as n from audit_log`)).toBe(audits);
		expect(await count(h, sql`select count(*)::int as n from uploads`)).toBe(uploads);
		// Without the comment column the stored comments stay, so this is unchanged too.
		expect((await run(h, school, longCsv(outcomes(2)))).status).toBe('unchanged');
	});
});

describe('dashboards after a store', () => {
	it('show the stored figures in the next evaluation (a cached one is not served), and not a preview', async () => {
		const req = {
			unitCode: SCHOOL,
			yearCode: '2025-2026',
			periodKey: 'CUOI_NAM',
			indicatorCodes: ['TH_TL_HTXS']
		};
		const excellent = async () => (await evaluate(h.db, req))[0].numerator;
		const first = await evaluate(h.db, req);
		expect(await evaluate(h.db, req)).toBe(first);
		const current = (await storedFigures(h, SCHOOL, PERIOD)).TH_HS_HTXS;
		expect(await excellent()).toBe(current);
		const out = await run(h, school, longCsv(outcomes(4)), { dryRun: true });
		expect(out.status).toBe('preview');
		expect(await evaluate(h.db, req)).toBe(first);
		expect((await run(h, school, longCsv(outcomes(4)))).status).toBe('stored');
		expect(await excellent()).toBe(base.TH_HS_HTXS + 4);
		expect(await excellent()).not.toBe(current);
	});
});

describe('all or nothing', () => {
	it('stores nothing when the database refuses a row mid-transaction', async () => {
		// The audit insert runs after the figures are written: make it fail for one changed figure.
		await h.db.execute(
			sql.raw(`create or replace function test_refuse_audit() returns trigger language plpgsql as $$
			begin
			  if new.action = 'figures.change' and new.after->'figures' ? 'TH_HS_HT' then raise exception 'refused by test'; end if;
			  return new;
			end $$`)
		);
		await h.db.execute(
			sql.raw(
				`create trigger test_refuse_audit before insert on audit_log for each row execute function test_refuse_audit()`
			)
		);
		try {
			const sub = await submissionOf(h, SCHOOL, PERIOD);
			const figures = await storedFigures(h, SCHOOL, PERIOD);
			const uploads = await count(h, sql`select count(*)::int as n from uploads`);
			const events = await count(h, sql`select count(*)::int as n from submission_events`);
			// PGlite reports the trigger's own message; on PostgreSQL the COPY reports a refusal.
			await expectDbError(
				run(h, school, longCsv(outcomes(5))),
				/refused by test|refused the COPY into audit_log/
			);
			expect(await submissionOf(h, SCHOOL, PERIOD)).toEqual(sub);
			expect(await storedFigures(h, SCHOOL, PERIOD)).toEqual(figures);
			expect(await count(h, sql`select count(*)::int as n from uploads`)).toBe(uploads);
			expect(await count(h, sql`select count(*)::int as n from submission_events`)).toBe(events);
		} finally {
			await h.db.execute(sql.raw('drop trigger test_refuse_audit on audit_log'));
			await h.db.execute(sql.raw('drop function test_refuse_audit()'));
		}
	});

	it('stores nothing from a file with one bad row among good ones', async () => {
		const figures = await storedFigures(h, SCHOOL, PERIOD);
		const rows = [...outcomes(7), [SCHOOL, PERIOD, 'TH_HS_CHT', 'abc'] as LongRow];
		const out = await run(h, school, longCsv(rows), { confirmWarnings: true });
		expect(out.status).toBe('rejected');
		expect(out.errors.map((e) => [e.row, e.code])).toEqual([[6, 'value_not_number']]);
		expect(await storedFigures(h, SCHOOL, PERIOD)).toEqual(figures);
	});
});

describe('the failed-rows CSV', () => {
	it('names each failed row and its reason, and comes back in without a warning for its reasons column', async () => {
		const rows: LongRow[] = [...outcomes(3), [SCHOOL, PERIOD, 'TH_HS_CHT', 'abc']];
		const out = await run(h, school, longCsv(rows), { dryRun: true });
		const csv = buildFailedRowsCsv(out.layout, out.records, out.errors);
		const lines = csv
			.replace(/^\uFEFF/, '')
			.trimEnd()
			.split('\r\n');
		expect(lines).toEqual([
			'ma_truong,ky_bao_cao,ma_chi_so,gia_tri,ghi_chu,Lỗi / Error',
			`${SCHOOL},${PERIOD},TH_HS_CHT,abc,,Dòng 6 – gia_tri: “abc” không phải là số.`
		]);
		const fixed = csv.replace(',abc,', `,${base.TH_HS_CHT},`);
		const again = await run(h, school, new TextEncoder().encode(fixed), { dryRun: true });
		expect(again.errors).toEqual([]);
		expect(again.warnings).toEqual([]);
		expect(again.figures.unchanged).toBe(1);
	});
});

describe('text and failures of the bulk path', () => {
	it('stores a comment with quotes, tabs, line breaks, backslashes and a formula as plain text', async () => {
		const comment = '=HYPERLINK("http://x.example", "bấm")\tcột\\2\n"dòng 2"';
		const out = await run(h, school, longCsv([[SCHOOL, PERIOD, 'GV_VIPHAM', base.GV_VIPHAM + 1, comment]]));
		expect(out.status).toBe('stored');
		const [row] = await selectRows<{ comment: string }>(
			h.db,
			sql`select f.comment from figures f join data_elements d on d.id = f.data_element_id
				join submissions s on s.id = f.submission_id join units u on u.id = s.unit_id
				where u.code = ${SCHOOL} and d.code = 'GV_VIPHAM' and f.upload_id = ${out.uploadId}`
		);
		expect(row.comment).toBe(comment);
	});

	it('reports a COPY the database refuses instead of waiting for it forever', async () => {
		const attempt = h.db.transaction(async (tx) => {
			await tx.execute(sql`create temp table copy_probe (n int) on commit drop`);
			await copyInto(tx, h.kind, 'copy_probe', ['n'], 'not a number\n');
		});
		await expect(attempt).rejects.toThrow();
		expect(await count(h, sql`select 1 as n`)).toBe(1);
	});
});

describe('concurrent uploads for the same school and period', () => {
	it('never interleave: the final state is one file whole, and both are versions', async () => {
		const sub = (await submissionOf(h, SCHOOL, PERIOD))!;
		const a = longCsv(outcomes(10).map(([s, p, c, v]): LongRow => [s, p, c, v, 'A']));
		const b = longCsv(outcomes(11).map(([s, p, c, v]): LongRow => [s, p, c, v, 'B']));
		const [ra, rb] = await Promise.all([run(h, school, a), run(h, school, b)]);
		expect([ra.status, rb.status]).toEqual(['stored', 'stored']);
		expect((await submissionOf(h, SCHOOL, PERIOD))!.version).toBe(sub.version + 2);
		const comments = await selectRows<{ comment: string; upload_id: string }>(
			h.db,
			sql`select distinct f.comment, f.upload_id from figures f join data_elements d on d.id = f.data_element_id
				where f.submission_id = ${sub.id} and d.code in ('TH_HS_HTXS', 'TH_HS_HT', 'TH_HS_HTT', 'GV_VIPHAM')`
		);
		expect(comments).toHaveLength(1);
		const winner = comments[0].comment === 'A' ? 10 : 11;
		expect(comments[0].upload_id).toBe(winner === 10 ? ra.uploadId : rb.uploadId);
		const now = await storedFigures(h, SCHOOL, PERIOD);
		expect(now.TH_HS_HTXS).toBe(base.TH_HS_HTXS + winner);
		expect(now.TH_HS_HT).toBe(base.TH_HS_HT - winner);
	});

	it('takes pair locks for small uploads and period locks for large ones, on this driver too', async () => {
		const small: [number, number][] = [
			[3, 1],
			[1, 2],
			[2, 1]
		];
		const large: [number, number][] = Array.from({ length: PAIR_LOCK_LIMIT + 1 }, (_, i) => [
			i + 1,
			1 + (i % 3)
		]);
		for (const pairs of [small, large]) {
			const held = await h.db.transaction(async (tx) => {
				await lockPairs(tx, pairs);
				return selectRows<{ n: number; mode: string }>(
					tx,
					sql`select count(*)::int as n, string_agg(distinct mode, ',' order by mode) as mode from pg_locks where locktype = 'advisory' and pid = pg_backend_pid()`
				);
			});
			const expected = pairs === small ? 3 + 2 : 3;
			expect(held[0].n).toBe(expected);
		}
	});
});

describe('the comment column of a wide file', () => {
	it('goes to the row’s new or changed figures only, and shows in the preview', async () => {
		const now = await storedFigures(h, SCHOOL, PERIOD);
		const header = 'ma_truong,ky_bao_cao,TH_HS_HTXS,TH_HS_HT,GV_VIPHAM,Ghi chú';
		const row = [SCHOOL, PERIOD, now.TH_HS_HTXS + 1, now.TH_HS_HT - 1, now.GV_VIPHAM, 'Đã sửa theo sổ'];
		const file = new TextEncoder().encode(`\uFEFF${header}\r\n${row.join(',')}\r\n`);
		const commentOf = async (code: string) =>
			(
				await selectRows<{ comment: string | null }>(
					h.db,
					sql`select f.comment from figures f join data_elements d on d.id = f.data_element_id
						join submissions s on s.id = f.submission_id join units u on u.id = s.unit_id
						join periods p on p.id = s.period_id join school_years y on y.id = p.school_year_id
						where u.code = ${SCHOOL} and d.code = ${code} and y.code = '2025-2026' and p.key = 'CUOI_NAM'`
				)
			)[0]?.comment ?? null;
		const kept = await commentOf('GV_VIPHAM');

		const preview = await run(h, school, file, { dryRun: true });
		expect(preview.errors).toEqual([]);
		expect(preview.figures).toEqual({ new: 0, changed: 2, unchanged: 1 });
		const items = new Map(preview.schools[0].items.map((i) => [i.code, i]));
		expect(items.get('TH_HS_HTXS')).toMatchObject({ change: 'changed', comment: 'Đã sửa theo sổ' });
		expect(items.get('GV_VIPHAM')).toMatchObject({
			change: 'unchanged',
			comment: kept,
			currentComment: kept
		});

		const stored = await run(h, school, file);
		expect(stored.status).toBe('stored');
		expect(await commentOf('TH_HS_HT')).toBe('Đã sửa theo sổ');
		expect(await commentOf('GV_VIPHAM')).toBe(kept);
		expect((await run(h, school, file)).status).toBe('unchanged');
	});
});

describe('the original file', () => {
	it('is kept gzipped when large and given back byte for byte', async () => {
		const now = await storedFigures(h, SCHOOL, PERIOD);
		// A long comment makes the file well past the size below which files are kept as sent.
		const comment = 'Số liệu đã được rà soát theo sổ điểm của từng lớp. '.repeat(200);
		const bytes = longCsv([
			[SCHOOL, PERIOD, 'TH_HS_HTXS', now.TH_HS_HTXS + 1, comment],
			[SCHOOL, PERIOD, 'TH_HS_HT', now.TH_HS_HT - 1]
		]);
		const out = await run(h, school, bytes);
		expect(out.status).toBe('stored');
		const [row] = await selectRows<{ encoding: string | null; kept: number; size: number }>(
			h.db,
			sql`select content_encoding as encoding, octet_length(content) as kept, size from uploads where id = ${out.uploadId}`
		);
		expect(row).toMatchObject({ encoding: 'gzip', size: bytes.length });
		expect(row.kept).toBeLessThan(bytes.length / 4);
		const upload = await findUpload(h.db, out.uploadId!);
		expect(Buffer.from(upload!.content!).equals(Buffer.from(bytes))).toBe(true);
	});
});
