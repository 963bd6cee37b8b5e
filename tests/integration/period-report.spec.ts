// The period report on the demo database: its tables equal GET /api/evaluations for the same unit and
// period (the handler returns tryEvaluate's rows as JSON), LibreOffice opens it (converted to PDF and read
// back with pdftotext), and a stored report downloads unchanged after the figures change.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import JSZip from 'jszip';
import { type DbHandle } from '../../src/lib/server/db/client';
import { findPeriod } from '../../src/lib/server/calendar/queries';
import { findUnitByCode, type UnitRow } from '../../src/lib/server/units/queries';
import { tryEvaluate } from '../../src/lib/server/evaluation/queries';
import { loadIndicatorMeta } from '../../src/lib/server/dashboards/catalogue';
import { targetText } from '../../src/lib/server/dashboards/scorecard';
import { loadFigures } from '../../src/lib/server/period-report/snapshot';
import { findReport, reportDocx, storeReport } from '../../src/lib/server/period-report/store';
import { actualText, statusLabel } from '../../src/lib/server/period-report/compose';
import { convertToPdf } from '../../src/lib/server/period-report/convert-pdf';
import { generateReport } from '../../src/lib/server/period-report/page';
import { defaultText } from '../../src/lib/server/period-report/page';
import type { EvaluationRow } from '../../src/lib/domain/evaluation';
import type { AuthUser } from '../../src/lib/server/auth/user';
import { createTestDb } from '../helpers/db';
import { selectRows } from '../helpers/select-rows';

let h: DbHandle;
let haian: UnitRow;
const YEAR = '2024-2025';
const PERIOD = 'CUOI_NAM';

/** GET /api/evaluations?unit=HAIAN&year=…&period=… as its handler answers it (rows through JSON). */
async function apiEvaluations(unit: string): Promise<EvaluationRow[]> {
	const outcome = await tryEvaluate(h.db, { unitCode: unit, yearCode: YEAR, periodKey: PERIOD, filters: {} });
	if (!outcome.ok) throw new Error('evaluation failed');
	return JSON.parse(JSON.stringify(outcome.rows));
}

async function documentXml(docx: Buffer): Promise<string> {
	return (await JSZip.loadAsync(docx)).file('word/document.xml')!.async('string');
}

const unescape = (s: string) =>
	s
		.replace(/&lt;/g, '<')
		.replace(/&gt;/g, '>')
		.replace(/&quot;/g, '"')
		.replace(/&apos;/g, "'")
		.replace(/&amp;/g, '&');

/** Every table of the document as rows of cell texts (paragraphs of a cell joined by a newline). */
function tablesOf(xml: string): string[][][] {
	return [...xml.matchAll(/<w:tbl>([\s\S]*?)<\/w:tbl>/g)].map(([, tbl]) =>
		[...tbl.matchAll(/<w:tr[ >][\s\S]*?<\/w:tr>/g)].map(([tr]) =>
			[...tr.matchAll(/<w:tc>([\s\S]*?)<\/w:tc>/g)].map(([, tc]) =>
				[...tc.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)]
					.map(([p]) => [...p.matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((m) => unescape(m[1])).join(''))
					.join('\n')
			)
		)
	);
}

const district: () => AuthUser = () => ({
	id: 'u-district',
	username: 'district',
	displayName: 'Phòng GD&ĐT Hải An',
	mustChangePassword: false,
	disabled: false,
	assignments: [
		{
			role: 'district',
			unitId: haian.id,
			unitCode: 'HAIAN',
			unitName: haian.name,
			unitPath: haian.path,
			unitType: 'district'
		}
	]
});

let reportId: number;
let firstDocx: Buffer;

beforeAll(async () => {
	h = await createTestDb({ demo: true });
	haian = (await findUnitByCode(h.db, 'HAIAN'))!;
	const period = (await findPeriod(h.db, YEAR, PERIOD))!;
	const text = {
		...defaultText('vi', haian, period, '2025-05-20'),
		docNumber: '215/BC-PGDĐT',
		intro: 'Năm học 2024-2025 toàn quận có 38 trường.',
		signerName: 'Nguyễn Văn An'
	};
	const outcome = await generateReport(h.db, district(), {
		unit: 'HAIAN',
		year: YEAR,
		period: PERIOD,
		...text
	});
	if (!outcome.ok) throw new Error(outcome.reason);
	reportId = outcome.id;
	firstDocx = await reportDocx((await findReport(h.db, reportId))!);
}, 120_000);
afterAll(async () => h?.close());

describe('the report’s tables', () => {
	it('equal /api/evaluations for Hải An at the end of 2024-2025: every indicator with a target, its value and status', async () => {
		const api = (await apiEvaluations('HAIAN')).filter((r) => r.target);
		const names = new Map((await loadIndicatorMeta(h.db)).map((m) => [m.code, m.nameVi]));
		const tables = tablesOf(await documentXml(firstDocx));
		const results = tables
			.filter((t) => t[0]?.[0] === 'TT' && t[0]?.[2] === 'Kế hoạch')
			.flatMap((t) => t.slice(1));
		expect(api.length).toBeGreaterThan(10);
		expect(results).toHaveLength(api.length);
		const byName = new Map(results.map((r) => [r[1], r]));
		for (const row of api) {
			const printed = byName.get(names.get(row.indicator)!);
			expect(printed, row.indicator).toBeDefined();
			expect(printed![2], row.indicator).toBe(targetText(row)!.vi);
			expect(printed![3], row.indicator).toBe(actualText('vi', { ...row, unit: row.indicatorUnit }));
			expect(printed![5], row.indicator).toBe(statusLabel('vi', row.status));
		}
		expect(api.some((r) => r.status === 'off_track')).toBe(true);
	});

	it('list the schools under target as the per-school evaluation finds them', async () => {
		const schools = new Set<string>();
		const stored = (await findReport(h.db, reportId))!;
		const outcome = await tryEvaluate(h.db, {
			unitCode: 'HAIAN',
			yearCode: YEAR,
			periodKey: PERIOD,
			children: true
		});
		if (!outcome.ok) throw new Error('evaluation failed');
		for (const r of outcome.rows)
			if (r.unitType === 'school' && r.status === 'off_track') schools.add(r.unitName);
		expect(schools.size).toBeGreaterThan(0);
		expect(new Set(stored.figures.underTarget.map((u) => u.name))).toEqual(schools);
		const tables = tablesOf(await documentXml(firstDocx));
		const under = tables.find((t) => t[0]?.[1] === 'Trường' && t[0]?.[2]?.startsWith('Chỉ tiêu chưa đạt'))!;
		expect(new Set(under.slice(1).map((r) => r[1]))).toEqual(schools);
	});

	it('say how complete and timely the schools’ reports were (38 expected)', async () => {
		const stored = (await findReport(h.db, reportId))!;
		expect(stored.figures.completeness.expected).toBe(38);
		const xml = await documentXml(firstDocx);
		expect(xml).toContain('số báo cáo phải nộp 38');
	});
});

describe('LibreOffice', () => {
	it('opens the .docx: converted to PDF, the text has Quốc hiệu, the title and a table value', async () => {
		const outcome = await convertToPdf(firstDocx);
		expect(outcome.ok).toBe(true);
		if (!outcome.ok) return;
		const dir = mkdtempSync(join(tmpdir(), 'report-pdf-'));
		try {
			writeFileSync(join(dir, 'r.pdf'), outcome.pdf);
			const text = execFileSync('pdftotext', ['-layout', join(dir, 'r.pdf'), '-'], { encoding: 'utf8' });
			const flat = text.replace(/\s+/g, ' ');
			expect(flat).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
			expect(flat).toContain('Độc lập - Tự do - Hạnh phúc');
			expect(flat).toContain('BÁO CÁO');
			expect(flat).toContain('Kết quả thực hiện chỉ tiêu kế hoạch cuối năm học 2024-2025');
			const stored = (await findReport(h.db, reportId))!;
			const counted = stored.figures.groups
				.flatMap((g) => g.rows)
				.find((r) => r.unit === 'count' && r.actual);
			expect(counted).toBeDefined();
			expect(flat).toContain(actualText('vi', counted!));
		} finally {
			rmSync(dir, { recursive: true, force: true });
		}
	}, 120_000);
});

describe('a stored report', () => {
	it('downloads unchanged after a figure changes, while a new one shows the new figure', async () => {
		const stored = (await findReport(h.db, reportId))!;
		// Every Hải An primary school reports 7 more pupils "completed with excellence" at the end of the year.
		const changedRows = await selectRows<{ n: number }>(
			h.db,
			sql`with changed as (
			      update figures f set value = f.value + 7
			      from submissions s, units u, periods p, school_years y, data_elements d
			      where s.id = f.submission_id and u.id = s.unit_id and p.id = s.period_id
			        and y.id = p.school_year_id and d.id = f.data_element_id
			        and u.path like ${haian.path + '%'} and y.code = ${YEAR} and p.key = ${PERIOD}
			        and d.code = 'TH_HS_HTXS'
			      returning 1)
			    select count(*)::int as n from changed`
		);
		expect(Number(changedRows[0].n)).toBeGreaterThan(0);
		const now = await loadFigures(h.db, haian, (await findPeriod(h.db, YEAR, PERIOD))!);
		const changed = now.groups
			.flatMap((g) => g.rows)
			.filter((r, i) => r.actual !== stored.figures.groups.flatMap((g) => g.rows)[i]?.actual);
		expect(changed.length).toBeGreaterThan(0);

		const again = await reportDocx((await findReport(h.db, reportId))!);
		expect(await documentXml(again)).toBe(await documentXml(firstDocx));

		const period = (await findPeriod(h.db, YEAR, PERIOD))!;
		const fresh = await storeReport(h.db, {
			area: haian,
			period,
			text: stored.text,
			figures: now,
			createdBy: 'test'
		});
		const freshXml = await documentXml(await reportDocx((await findReport(h.db, fresh))!));
		expect(freshXml).not.toBe(await documentXml(firstDocx));
	});
});

describe('generating', () => {
	it('is for the district office: an inspector is refused, another district’s unit is not found', async () => {
		const inspector = {
			...district(),
			assignments: [{ ...district().assignments[0], role: 'inspector' as const }]
		};
		const period = (await findPeriod(h.db, YEAR, PERIOD))!;
		const text = defaultText('vi', haian, period, '2025-05-20');
		const form = { unit: 'HAIAN', year: YEAR, period: PERIOD, ...text };
		expect(await generateReport(h.db, inspector, form)).toEqual({ ok: false, reason: 'forbidden' });
		expect(await generateReport(h.db, district(), { ...form, unit: 'ANLAO' })).toEqual({
			ok: false,
			reason: 'not_found'
		});
		expect(await generateReport(h.db, district(), { ...form, period: 'HK9' })).toEqual({
			ok: false,
			reason: 'no_period'
		});
	});
});
