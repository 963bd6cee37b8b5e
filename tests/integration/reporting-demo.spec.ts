// The reporting features on the real demo database: completeness, the upward report's round trip
// through the import's own reader, and the inspector's worklist.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import * as table from '../../src/lib/server/db/schema';
import type { DbHandle } from '../../src/lib/server/db/client';
import { computeCompleteness } from '../../src/lib/server/calendar/board';
import { findPeriod } from '../../src/lib/server/calendar/queries';
import { loadOpenPeriods } from '../../src/lib/server/calendar/reminders';
import { demoQuirks } from '../../src/lib/server/demo/seed-demo';
import { readFigureFile } from '../../src/lib/server/imports/read-file';
import { buildWorklist } from '../../src/lib/server/inspection/worklist';
import { buildUpwardReport, upwardCsv } from '../../src/lib/server/reports/queries';
import { formatUpwardValue } from '../../src/lib/server/reports/upward';
import { ensureRollup } from '../../src/lib/server/submissions/service';
import { evaluate, evaluateSchools } from '../../src/lib/server/evaluation/queries';
import type { EvaluationRow } from '../../src/lib/domain/evaluation';
import { evaluateAllSchools } from '../../src/lib/server/inspection/evaluate-schools';
import { findUnitByCode } from '../../src/lib/server/units/queries';
import { createTestDb } from '../helpers/db';

let h: DbHandle;
const quirks = demoQuirks();
const haian = (codes: string[]) => codes.filter((c) => c.startsWith('HA-'));

beforeAll(async () => {
	h = await createTestDb({ demo: true });
});
afterAll(async () => h?.close());

describe('completeness of Hải An', () => {
	it('year-end 2024-2025: 38 of 40 schools expected (one closed in Dec, one opened in 2025), the late and missing ones found', async () => {
		const b = (await computeCompleteness(h.db, {
			unitCode: 'HAIAN',
			yearCode: '2024-2025',
			periodKey: 'CUOI_NAM',
			today: '2025-06-01'
		}))!;
		const codes = b.schools.map((s) => s.code);
		expect(b.counts.expected).toBe(38);
		expect(codes).not.toContain('HA-MN-THIENTHAN');
		expect(codes).not.toContain('HA-THTHCS-DONGHAI2');
		expect(codes).toContain('HA-MN-CAUVONG');
		const late = b.schools.filter((s) => s.state === 'late').map((s) => s.code);
		const missing = b.schools.filter((s) => s.state === 'missing').map((s) => s.code);
		expect(late.sort()).toEqual(haian(quirks.late).sort());
		expect(missing).toEqual(haian(quirks.missing));
		expect(b.counts).toMatchObject({ received: 37, late: 4, onTime: 33, missing: 1 });
		expect(b.schools.filter((s) => s.state === 'late').every((s) => (s.daysLate ?? 0) >= 1)).toBe(true);
	});

	it('start of 2024-2025: the preschool opened on 1 Oct 2024 is not expected; the one closing in December is', async () => {
		const b = (await computeCompleteness(h.db, {
			unitCode: 'HAIAN',
			yearCode: '2024-2025',
			periodKey: 'DAU_NAM'
		}))!;
		const codes = b.schools.map((s) => s.code);
		expect(codes).not.toContain('HA-MN-CAUVONG');
		expect(codes).toContain('HA-MN-THIENTHAN');
		expect(b.counts.expected).toBe(38);
	});

	it('the province drills down to its two districts', async () => {
		const b = (await computeCompleteness(h.db, {
			unitCode: 'HP',
			yearCode: '2024-2025',
			periodKey: 'CUOI_NAM'
		}))!;
		expect(b.children.map((c) => c.code).sort()).toEqual(['ANLAO', 'HAIAN']);
		expect(b.counts.expected).toBe(b.children.reduce((s, c) => s + c.counts.expected, 0));
	});

	it('a school with nothing to do now sees no open period; a returned report shows with its comment', async () => {
		const school = (await findUnitByCode(h.db, 'HA-TH-THANHTO'))!;
		const period = (await findPeriod(h.db, '2025-2026', 'CUOI_NAM'))!;
		expect(await loadOpenPeriods(h.db, { schoolCode: school.code, today: '2026-06-20' })).toEqual([]);
		await h.db
			.update(table.submissions)
			.set({ status: 'returned', comment: 'Bổ sung số liệu giáo viên' })
			.where(eq(table.submissions.unitId, school.id));
		const items = await loadOpenPeriods(h.db, { schoolCode: school.code, today: '2026-05-01' });
		const cuoiNam = items.find((i) => i.periodId === period.id)!;
		expect(cuoiNam).toMatchObject({ status: 'returned', comment: 'Bổ sung số liệu giáo viên', daysLeft: 9 });
		// Of other years, only the reports sent back (here: every one) are listed.
		const others = items.filter((i) => i.yearCode !== '2025-2026');
		expect(others.map((i) => i.yearCode)).toContain('2024-2025');
		expect(others.every((i) => i.status === 'returned' && i.submissionId !== null)).toBe(true);
		expect(items.filter((i) => i.yearCode === '2025-2026').length).toBeGreaterThan(0);
		await h.db
			.update(table.submissions)
			.set({ status: 'approved', comment: null })
			.where(eq(table.submissions.unitId, school.id));
	});
});

describe('a report of an earlier year sent back', () => {
	it('is on the school’s list of what to do, with the comment, until it is sent again', async () => {
		const school = (await findUnitByCode(h.db, 'HA-TH-THANHTO'))!;
		const period = (await findPeriod(h.db, '2024-2025', 'HK1'))!;
		const today = '2026-11-20';
		const before = await loadOpenPeriods(h.db, { schoolCode: school.code, today });
		expect(before.some((i) => i.yearCode === '2024-2025')).toBe(false);
		const own = and(eq(table.submissions.unitId, school.id), eq(table.submissions.periodId, period.id));
		await h.db
			.update(table.submissions)
			.set({ status: 'returned', comment: 'Kiểm tra lại sĩ số' })
			.where(own);
		const item = (await loadOpenPeriods(h.db, { schoolCode: school.code, today })).find(
			(i) => i.periodId === period.id
		);
		expect(item).toMatchObject({ yearCode: '2024-2025', status: 'returned', comment: 'Kiểm tra lại sĩ số' });
		expect(item!.daysLeft).toBeLessThan(0);
		await h.db.update(table.submissions).set({ status: 'submitted', comment: null }).where(own);
		const after = await loadOpenPeriods(h.db, { schoolCode: school.code, today });
		expect(after.some((i) => i.periodId === period.id)).toBe(false);
	});
});

describe('the upward report', () => {
	it('is read back by the import’s own reader exactly as written', async () => {
		const area = (await findUnitByCode(h.db, 'HAIAN'))!;
		const period = (await findPeriod(h.db, '2024-2025', 'CUOI_NAM'))!;
		const report = await buildUpwardReport(h.db, { area, period });
		expect(report.schools).toBe(37);
		expect(report.rows.length).toBeGreaterThan(30);
		const pupils = report.rows.find((r) => r.code === 'TH_TS_HS')!;
		expect(pupils.comment).toMatch(/^Tổng của \d+ trường$/);
		const bytes = new TextEncoder().encode(upwardCsv(report));
		expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);

		const read = await readFigureFile(bytes, 'bao-cao-tong-hop_HAIAN.csv');
		expect(read.problems).toEqual([]);
		expect(read).toMatchObject({ layout: 'long', encoding: 'utf-8-bom', rowCount: report.rows.length });
		expect(read.records.map((r) => [r.schoolCode, r.period, r.code, r.raw, r.comment])).toEqual(
			report.rows.map((r) => ['HAIAN', '2024-2025/CUOI_NAM', r.code, formatUpwardValue(r.value), r.comment])
		);
	});

	it('stored on the district unit (as the province would import it), it changes no school-based result above', async () => {
		const area = (await findUnitByCode(h.db, 'HAIAN'))!;
		const period = (await findPeriod(h.db, '2024-2025', 'CUOI_NAM'))!;
		const request = { unitCode: 'HP', yearCode: '2024-2025', periodKey: 'CUOI_NAM' };
		const before = await evaluate(h.db, request);
		const report = await buildUpwardReport(h.db, { area, period });
		const elements = new Map((await h.db.select().from(table.dataElements)).map((d) => [d.code, d]));
		const rollup = (await ensureRollup(h.db, {
			districtCode: 'HAIAN',
			yearCode: '2024-2025',
			periodKey: 'CUOI_NAM'
		}))!;
		await h.db.insert(table.figures).values(
			report.rows
				.filter((r) => elements.get(r.code)!.unitScope === 'school')
				.map((r) => ({
					submissionId: rollup,
					dataElementId: elements.get(r.code)!.id,
					value: r.value,
					comment: r.comment
				}))
		);
		const after = await evaluate(h.db, request);
		expect(after.filter((r) => r.indicatorUnit !== 'level')).toEqual(
			before.filter((r) => r.indicatorUnit !== 'level')
		);
		await h.db.delete(table.figures).where(eq(table.figures.submissionId, rollup));
	});
});

describe('the inspector’s worklist', () => {
	it('ranks Hải An’s schools, the under-target and implausibly high ones near the top, with evidence', async () => {
		const area = (await findUnitByCode(h.db, 'HAIAN'))!;
		const started = performance.now();
		const list = (await buildWorklist(h.db, {
			area,
			yearCode: '2024-2025',
			periodKey: 'CUOI_NAM',
			today: '2025-06-01'
		}))!;
		const ms = performance.now() - started;
		console.log(`worklist for HAIAN (${list.rows.length} schools): ${ms.toFixed(0)} ms`);
		expect(list.rows).toHaveLength(39); // active at some time in the year: all but the one opened in 2025
		const scores = list.rows.map((r) => r.severity.score);
		expect(scores).toEqual([...scores].sort((a, b) => b - a));
		const rank = (code: string) => list.rows.findIndex((r) => r.school.code === code);
		const high = haian(quirks.implausiblyHigh)[0];
		expect(list.rows[rank(high)].severity.aboveBand).toBeGreaterThan(0);
		expect(list.rows[rank(high)].evidence.some((e) => e.status === 'above_band')).toBe(true);
		for (const code of haian(quirks.underTarget)) expect(rank(code)).toBeLessThan(12);
		const late = list.rows[rank(haian(quirks.late)[0])];
		expect(late.reports.filter((r) => r.state === 'late').length).toBeGreaterThan(3);
		expect(late.severity.terms.some((t) => t.kind === 'late')).toBe(true);
	});

	it('evaluates every school in one pass with the same results as evaluateSchools, indicator by indicator', async () => {
		const area = (await findUnitByCode(h.db, 'HAIAN'))!;
		const all = await evaluateAllSchools(h.db, { area, yearCode: '2024-2025', periodKey: 'CUOI_NAM' });
		const indicators = [...new Set(all.map((r) => r.indicator))];
		expect(indicators.length).toBeGreaterThan(20);
		for (const indicatorCode of indicators) {
			const one = await evaluateSchools(h.db, {
				unitCode: 'HAIAN',
				yearCode: '2024-2025',
				periodKey: 'CUOI_NAM',
				indicatorCode
			});
			const mine = all.filter((r) => r.indicator === indicatorCode);
			const key = (r: EvaluationRow) =>
				[r.unit, r.actual, r.status, r.gap, r.target?.scope ?? null].join('|');
			expect(mine.map(key).sort(), indicatorCode).toEqual(one.map(key).sort());
		}
	});

	it('filters by level and indicator group', async () => {
		const area = (await findUnitByCode(h.db, 'HAIAN'))!;
		const list = (await buildWorklist(h.db, {
			area,
			yearCode: '2024-2025',
			periodKey: 'CUOI_NAM',
			filters: { levels: ['MN'], indicatorGroup: 'quality' }
		}))!;
		expect(list.rows.every((r) => r.school.level === 'MN')).toBe(true);
		expect(list.rows.flatMap((r) => r.evidence).every((e) => e.group === 'quality')).toBe(true);
	});
});
