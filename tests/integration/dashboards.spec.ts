import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import type { Db, DbHandle } from '../../src/lib/server/db/client';
import { findUnitByCode, type UnitRow } from '../../src/lib/server/units/queries';
import { evaluate, evaluateSchools } from '../../src/lib/server/evaluation/queries';
import { INDICATOR_GROUPS } from '../../src/lib/domain/types';
import { loadOverview } from '../../src/lib/server/dashboards/overview';
import { latestWithData, resolveSelection } from '../../src/lib/server/dashboards/selection';
import { loadIndicator } from '../../src/lib/server/dashboards/indicator';
import { loadIndicatorMeta } from '../../src/lib/server/dashboards/catalogue';
import { evaluateYears } from '../../src/lib/server/dashboards/series';
import { createTestDb } from '../helpers/db';

let h: DbHandle;
let haiAn: UnitRow;
beforeAll(async () => {
	h = await createTestDb({ demo: true });
	haiAn = (await findUnitByCode(h.db, 'HAIAN'))!;
});
afterAll(async () => h?.close());

const query = { year: '2024-2025', period: 'CUOI_NAM' } as const;

describe('the view a dashboard opens on', () => {
	it('is the latest plan period with figures, in a year with a plan for the unit', async () => {
		const latest = await latestWithData(h.db, haiAn);
		expect(latest).not.toBeNull();
		expect(['2024-2025', '2025-2026']).toContain(latest!.year);
		expect(latest!.period).toBe('CUOI_NAM');
		const anLao = (await findUnitByCode(h.db, 'ANLAO'))!;
		// An Lão has no 2025-2026 plan, so its default year is the last one it has targets for.
		expect((await latestWithData(h.db, anLao))!.year).toBe('2024-2025');
	});

	it('opens a year chosen without a period on its latest period with figures', async () => {
		// 2026-2027 is in progress: its start-of-year report is in, its year-end is months away.
		const ctx = await resolveSelection(h.db, haiAn, { year: '2026-2027' });
		expect(ctx.selection).toMatchObject({ year: '2026-2027', period: 'DAU_NAM' });
		expect((await resolveSelection(h.db, haiAn, { year: '2024-2025' })).selection.period).toBe('CUOI_NAM');
	});

	it('keeps the URL’s choices and drops unknown ones', async () => {
		const ctx = await resolveSelection(h.db, haiAn, { ...query, level: 'THPT', group: 'NOPE' });
		expect(ctx.selection).toMatchObject({ year: '2024-2025', period: 'CUOI_NAM' });
		expect(ctx.selection.level).toBeUndefined(); // Hải An has no upper-secondary schools
		expect(ctx.selection.group).toBeUndefined();
		expect(ctx.previousYear).toBe('2023-2024');
		expect(ctx.periods.map((p) => p.key)).toContain('HK1');
	});
});

describe('the scorecard', () => {
	it('groups the unit’s evaluation like the plan, with the same actuals and statuses', async () => {
		const ctx = await resolveSelection(h.db, haiAn, query);
		const overview = await loadOverview(h.db, haiAn, ctx);
		const rows = await evaluate(h.db, { unitCode: 'HAIAN', yearCode: '2024-2025', periodKey: 'CUOI_NAM' });
		const keys = overview.scorecard.map((g) => g.key);
		expect(keys).toEqual(INDICATOR_GROUPS.filter((k) => keys.includes(k)));
		expect(keys.slice(0, 3)).toEqual(['scale', 'staff', 'quality']);
		const cells = overview.scorecard.flatMap((g) => g.rows);
		expect(cells).toHaveLength(rows.length);
		for (const row of rows) {
			const cell = cells.find((c) => c.code === row.indicator)!;
			expect(cell, row.indicator).toBeDefined();
			expect(cell.actual).toBe(row.actual);
			expect(cell.status).toBe(row.status);
		}
		const htxs = cells.find((c) => c.code === 'TH_TL_HTXS')!;
		expect(overview.scorecard.find((g) => g.key === 'quality')!.rows).toContain(htxs);
		expect(htxs.targetText?.vi).toMatch(/55.*60/);
		// The sparkline: the same period in each school year so far (2023-2024, 2024-2025).
		expect(overview.sparkYears).toEqual(['2023-2024', '2024-2025']);
		expect(htxs.spark).toHaveLength(2);
		expect(htxs.spark[1]).toBe(htxs.actual);
		expect(htxs.spark[0]).not.toBeNull();
	});

	it('counts the district’s schools by status per indicator, as evaluateSchools judges them', async () => {
		const ctx = await resolveSelection(h.db, haiAn, query);
		const overview = await loadOverview(h.db, haiAn, ctx);
		const cell = overview.scorecard.flatMap((g) => g.rows).find((c) => c.code === 'TH_TL_HTXS')!;
		const schools = await evaluateSchools(h.db, {
			unitCode: 'HAIAN',
			yearCode: '2024-2025',
			periodKey: 'CUOI_NAM',
			indicatorCode: 'TH_TL_HTXS'
		});
		expect(cell.countsOf).toBe('schools');
		for (const status of ['met', 'off_track', 'above_band', 'no_data'] as const)
			expect(cell.counts[status], status).toBe(schools.filter((s) => s.status === status).length);
		expect(overview.schools.length).toBeGreaterThan(30);
		expect(overview.schools.some((s) => s.level === 'MN')).toBe(true);
	});

	it('follows the filters: preschools only leave primary indicators out', async () => {
		const ctx = await resolveSelection(h.db, haiAn, { ...query, level: 'MN' });
		const overview = await loadOverview(h.db, haiAn, ctx);
		const codes = overview.scorecard.flatMap((g) => g.rows.map((r) => r.code));
		expect(codes).toContain('MN_TL_HUYDONG');
		expect(codes).not.toContain('TH_TL_HTXS');
		expect(overview.schools.every((s) => s.level === 'MN')).toBe(true);
	});

	it('counts sub-units, not schools, for a province', async () => {
		const hp = (await findUnitByCode(h.db, 'HP'))!;
		const overview = await loadOverview(h.db, hp, await resolveSelection(h.db, hp, query));
		expect(overview.areas.map((a) => a.code).sort()).toEqual(['ANLAO', 'HAIAN']);
		const cell = overview.scorecard.flatMap((g) => g.rows).find((c) => c.code === 'TH_TL_HTXS')!;
		expect(cell.countsOf).toBe('units');
	});
});

describe('the indicator page', () => {
	it('charts the year against the band, ranks every school and lists those under target, worst first', async () => {
		const ctx = await resolveSelection(h.db, haiAn, query);
		const meta = (await loadIndicatorMeta(h.db)).find((i) => i.code === 'TH_TL_HTXS')!;
		const page = await loadIndicator(h.db, haiAn, meta, ctx, 'vi');
		const schools = await evaluateSchools(h.db, {
			unitCode: 'HAIAN',
			yearCode: '2024-2025',
			periodKey: 'CUOI_NAM',
			indicatorCode: 'TH_TL_HTXS'
		});
		const trend = page.specs.trend;
		if (trend.kind !== 'trend') throw new Error('not a trend');
		expect(trend.input.periods).toEqual(['học kỳ I', 'cuối năm']); // collected at HK1 and year end
		expect(trend.input.guide).toEqual({ kind: 'band', min: 55, max: 60 });
		expect(trend.input.current[1]).toBe(page.self!.actual);
		expect(trend.input.previous?.every((v) => v !== null)).toBe(true);
		const ranked = page.specs.ranked;
		if (ranked.kind !== 'ranked') throw new Error('not a ranking');
		expect(ranked.input.items).toHaveLength(schools.length);
		const under = schools.filter((s) => s.status === 'off_track' || s.status === 'at_risk');
		expect(page.underTotal).toBe(under.length);
		const gaps = page.under.map((l) => l.gap ?? 0);
		expect(gaps).toEqual([...gaps].sort((a, b) => a - b));
		expect(page.above.every((l) => l.status === 'above_band')).toBe(true);
		expect(page.aboveTotal).toBe(schools.filter((s) => s.status === 'above_band').length);
	});
});

describe('earlier school years', () => {
	it('are reused until a commit changes a figure of their year, and differ per filter', async () => {
		const args = { unitCode: 'HAIAN', periodKey: 'CUOI_NAM', years: ['2023-2024'] };
		const [first] = await evaluateYears(h.db, args);
		const [again] = await evaluateYears(h.db, args);
		expect(first.length).toBeGreaterThan(10);
		expect(again).toBe(first);
		const [other] = await evaluateYears(h.db, { ...args, filters: { levels: ['MN'] } });
		expect(other).not.toBe(first);
		await h.db.execute(
			sql`update figures set value = value where (submission_id, data_element_id) = (
			      select f.submission_id, f.data_element_id from figures f join submissions s on s.id = f.submission_id
			      join periods p on p.id = s.period_id join school_years y on y.id = p.school_year_id
			      where y.code = '2023-2024' limit 1)`
		);
		const [fresh] = await evaluateYears(h.db, args);
		expect(fresh).not.toBe(first);
		expect(fresh).toEqual(first);
	});

	it('give no rows for a year without the period, and let a database failure through', async () => {
		const args = { unitCode: 'HAIAN', periodKey: 'CUOI_NAM', years: ['1999-2000', '2023-2024'] };
		const [none, some] = await evaluateYears(h.db, args);
		expect(none).toEqual([]);
		expect(some.length).toBeGreaterThan(10);
		const broken = h.db.transaction(async (tx) => {
			await tx.execute(sql`alter table figures rename to figures_gone`);
			await evaluateYears(tx as unknown as Db, { ...args, years: ['2024-2025'] });
		});
		await expect(broken).rejects.toThrow(/figures/);
	});
});
