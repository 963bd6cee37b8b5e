import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from '../../src/lib/server/db/client';
import { findUnitByCode, type UnitRow } from '../../src/lib/server/units/queries';
import { evaluate, evaluateSchools, tryEvaluate } from '../../src/lib/server/evaluation/queries';
import { loadOverview } from '../../src/lib/server/dashboards/overview';
import { resolveSelection } from '../../src/lib/server/dashboards/selection';
import { loadIndicator } from '../../src/lib/server/dashboards/indicator';
import { loadIndicatorMeta } from '../../src/lib/server/dashboards/catalogue';
import { loadSchool } from '../../src/lib/server/dashboards/school';
import { loadPeerComparison, peerFilters } from '../../src/lib/server/comparisons/peers';
import { loadAreasChart } from '../../src/lib/server/comparisons/areas';
import { loadMonthlyCharts } from '../../src/lib/server/comparisons/monthly';
import { loadIndicatorComparisons, loadOverviewComparisons } from '../../src/lib/server/comparisons/pages';
import { sql } from 'drizzle-orm';
import { createTestDb } from '../helpers/db';

let h: DbHandle;
let haiAn: UnitRow;
beforeAll(async () => {
	h = await createTestDb({ demo: true });
	haiAn = (await findUnitByCode(h.db, 'HAIAN'))!;
});
afterAll(async () => h?.close());

const query = { year: '2024-2025', period: 'CUOI_NAM' } as const;
const lastYear = { unitCode: 'HAIAN', yearCode: '2023-2024', periodKey: 'CUOI_NAM' };

describe('the same period last year', () => {
	it('in the scorecard equals GET /api/evaluations of last year, with the change in points', async () => {
		const ctx = await resolveSelection(h.db, haiAn, query);
		const overview = await loadOverview(h.db, haiAn, ctx);
		const outcome = await tryEvaluate(h.db, lastYear);
		expect(outcome.ok).toBe(true);
		const before = new Map((outcome.ok ? outcome.rows : []).map((r) => [r.indicator, r.actual]));
		const cells = overview.scorecard.flatMap((g) => g.rows);
		let compared = 0;
		for (const cell of cells) {
			expect(cell.lastYear, cell.code).toBe(before.get(cell.code) ?? null);
			if (cell.actual !== null && cell.lastYear !== null) {
				expect(cell.change).toBeCloseTo(cell.actual - cell.lastYear, 1);
				compared++;
			} else expect(cell.change).toBeNull();
		}
		expect(compared).toBeGreaterThan(5);
	});

	it('on a school’s own scorecard equals its evaluation of last year', async () => {
		const school = (await findUnitByCode(h.db, 'HA-TH-CATBI'))!;
		const ctx = await resolveSelection(h.db, school, query);
		const page = await loadSchool(h.db, school, ctx, undefined, 'vi');
		const rows = await evaluate(h.db, { ...lastYear, unitCode: school.code });
		const cells = page.scorecard.flatMap((g) => g.rows);
		expect(cells.some((c) => c.lastYear !== null)).toBe(true);
		for (const c of cells) expect(c.lastYear).toBe(rows.find((r) => r.indicator === c.code)?.actual ?? null);
	});

	it('beside every school on the indicator page equals last year’s ranking', async () => {
		const ctx = await resolveSelection(h.db, haiAn, query);
		const meta = (await loadIndicatorMeta(h.db)).find((i) => i.code === 'TH_TL_HTXS')!;
		const page = await loadIndicator(h.db, haiAn, meta, ctx, 'vi');
		const before = await evaluateSchools(h.db, { ...lastYear, indicatorCode: 'TH_TL_HTXS' });
		expect(page.schools.some((l) => l.lastYear !== null)).toBe(true);
		for (const line of page.schools) {
			expect(line.lastYear).toBe(before.find((r) => r.unit === line.code)?.actual ?? null);
			expect(line.area).toBeNull(); // a district's own ranking needs no district column
		}
	});
});

describe('the province view', () => {
	it('puts the districts side by side with their values and the district of every school', async () => {
		const hp = (await findUnitByCode(h.db, 'HP'))!;
		const ctx = await resolveSelection(h.db, hp, query);
		const meta = (await loadIndicatorMeta(h.db)).find((i) => i.code === 'TH_TL_HTXS')!;
		const rows = await evaluate(h.db, {
			unitCode: 'HP',
			yearCode: query.year,
			periodKey: query.period,
			indicatorCodes: ['TH_TL_HTXS'],
			children: true
		});
		const args = { unitCode: 'HP', yearCode: query.year, periodKey: query.period, meta, filters: undefined };
		const { spec: chart } = await loadAreasChart(h.db, { ...args, sort: 'name', locale: 'vi' });
		expect(chart?.kind).toBe('areas');
		if (chart?.kind !== 'areas') return;
		expect(chart.input.items.map((i) => i.value).sort()).toEqual(rows.map((r) => r.actual).sort());
		const names = chart.input.items.map((i) => i.name);
		expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'vi')));
		const { spec: worst } = await loadAreasChart(h.db, { ...args, sort: 'worst', locale: 'vi' });
		const { spec: best } = await loadAreasChart(h.db, { ...args, sort: 'best', locale: 'vi' });
		if (worst?.kind !== 'areas' || best?.kind !== 'areas') throw new Error('no chart');
		expect(worst.input.items[0].code).toBe(best.input.items.at(-1)!.code);

		const page = await loadIndicator(h.db, hp, meta, ctx, 'vi');
		expect(page.schools.length).toBeGreaterThan(0);
		for (const line of page.schools) {
			const district = line.code.startsWith('HA-') ? 'HAIAN' : line.code.startsWith('AL-') ? 'ANLAO' : null;
			if (!district) continue;
			expect(line.area).toBe((await findUnitByCode(h.db, district))!.name);
		}
	});
});

describe('peer groups', () => {
	const school = () => findUnitByCode(h.db, 'HA-TH-CATBI') as Promise<UnitRow>;

	for (const kind of ['district', 'ownership', 'commune'] as const) {
		it(`pools the ${kind} group as Σ numerators / Σ denominators and ranks the school in it`, async () => {
			const s = await school();
			const peers = (await loadPeerComparison(h.db, s, query, kind))!;
			expect(peers.kind).toBe(kind);
			expect(peers.count).toBeGreaterThan(1);
			const filters = peerFilters(s, kind, kind === 'commune' ? 'P-HAIAN' : null);
			// A band (rank by nearness makes no sense) and a higher-is-better rate.
			for (const code of ['TH_TL_HTXS', 'TH_TL_HOANTHANH']) {
				const line = peers.lines.find((l) => l.code === code)!;
				const rows = await evaluateSchools(h.db, {
					unitCode: 'HAIAN',
					yearCode: query.year,
					periodKey: query.period,
					indicatorCode: code,
					filters
				});
				expect(rows.length).toBe(peers.count);
				const pooled = rows.filter((r) => r.numerator !== null && r.denominator !== null);
				const num = pooled.reduce((a, r) => a + r.numerator!, 0);
				const den = pooled.reduce((a, r) => a + r.denominator!, 0);
				expect(Math.abs(line.peers! - (100 * num) / den)).toBeLessThanOrEqual(0.051);
				const mine = rows.find((r) => r.unit === s.code)!;
				expect(line.school).toBe(mine.actual);
				expect(line.ranked).toBe(rows.filter((r) => r.actual !== null).length);
				if (line.direction === 'band') expect(line.rank).toBeNull();
				else
					expect(line.rank).toBe(rows.filter((r) => r.actual !== null && r.actual > mine.actual!).length + 1);
			}
		});
	}

	it('narrows the group: a commune holds fewer schools than the district', async () => {
		const s = await school();
		const district = (await loadPeerComparison(h.db, s, query, 'district'))!;
		const commune = (await loadPeerComparison(h.db, s, query, 'commune'))!;
		expect(commune.commune?.vi).toBeTruthy();
		expect(commune.count).toBeLessThan(district.count);
	});
});

describe('the monthly reports', () => {
	it('are charted month by month with the values each month’s evaluation gives', async () => {
		const anLao = (await findUnitByCode(h.db, 'ANLAO'))!;
		const ctx = await resolveSelection(h.db, anLao, query);
		const indicators = await loadIndicatorMeta(h.db);
		const { charts } = await loadMonthlyCharts(h.db, {
			unitCode: 'ANLAO',
			ctx,
			indicators,
			filters: undefined,
			locale: 'vi'
		});
		const chart = charts.find((c) => c.code === 'TL_TRUONG_TINBAI');
		expect(chart?.spec.kind).toBe('monthly');
		if (chart?.spec.kind !== 'monthly') return;
		const months = ctx.periods.filter((p) => p.monthly);
		expect(chart.spec.input.months).toHaveLength(months.length);
		const values = chart.spec.input.current;
		expect(values.some((v) => v !== null)).toBe(true);
		for (const [i, p] of months.entries()) {
			const [row] = await evaluate(h.db, {
				unitCode: 'ANLAO',
				yearCode: query.year,
				periodKey: p.key,
				indicatorCodes: ['TL_TRUONG_TINBAI']
			});
			expect(values[i]).toBe(row && row.actualPeriod === p.key ? row.actual : null);
		}
	});

	it('are drawn again after a month they show changes, not after an upload to the year-end', async () => {
		const anLao = (await findUnitByCode(h.db, 'ANLAO'))!;
		const ctx = await resolveSelection(h.db, anLao, query);
		const first = await loadOverviewComparisons(h.db, anLao, ctx, 'vi');
		expect(first.monthly.length).toBeGreaterThan(0);
		// The second request finds the first one's drawing, stamped by the periods it was drawn from.
		expect((await loadOverviewComparisons(h.db, anLao, ctx, 'vi')).monthly).toBe(first.monthly);
		await new Promise((r) => setTimeout(r, 20));
		const touch = (periodKey: string) =>
			h.db.execute(sql`update figures set value = value + 1 where (submission_id, data_element_id) = (
				select f.submission_id, f.data_element_id from figures f
				join submissions s on s.id = f.submission_id join periods p on p.id = s.period_id
				join school_years y on y.id = p.school_year_id join units u on u.id = s.unit_id
				join data_elements e on e.id = f.data_element_id
				where y.code = ${query.year} and p.key = ${periodKey} and u.path like ${anLao.path + '%'}
				order by e.code, u.code limit 1)`);
		await touch('CUOI_NAM');
		expect((await loadOverviewComparisons(h.db, anLao, ctx, 'vi')).monthly).toBe(first.monthly);
		const month = ctx.periods.find((p) => p.monthly)!;
		await touch(month.key);
		const after = await loadOverviewComparisons(h.db, anLao, ctx, 'vi');
		expect(after.monthly).not.toBe(first.monthly);
		expect(after.monthly.map((m) => m.code)).toEqual(first.monthly.map((m) => m.code));
	});
});

describe('the indicator page’s areas chart', () => {
	it('is drawn once and drawn again after a figure it shows changes', async () => {
		const hp = (await findUnitByCode(h.db, 'HP'))!;
		const ctx = await resolveSelection(h.db, hp, query);
		const draw = () => loadIndicatorComparisons(h.db, hp, 'TH_TL_HTXS', ctx, 'worst', 'vi');
		const first = await draw();
		expect(first.areas).not.toBeNull();
		expect((await draw()).areas).toBe(first.areas);
		await new Promise((r) => setTimeout(r, 20));
		// Another year's figure: the drawing stays.
		await touchFigure('2023-2024', 'CUOI_NAM', 'TH_HS_HTXS');
		expect((await draw()).areas).toBe(first.areas);
		await touchFigure(query.year, query.period, 'TH_HS_HTXS');
		expect((await draw()).areas).not.toBe(first.areas);
	});
});

/** A figure of the element under HP in that period changes, as an upload would. */
function touchFigure(year: string, periodKey: string, element: string) {
	return h.db.execute(sql`update figures set value = value + 1 where (submission_id, data_element_id) = (
		select f.submission_id, f.data_element_id from figures f
		join submissions s on s.id = f.submission_id join periods p on p.id = s.period_id
		join school_years y on y.id = p.school_year_id join units u on u.id = s.unit_id
		join data_elements e on e.id = f.data_element_id
		where y.code = ${year} and p.key = ${periodKey} and e.code = ${element} order by u.code limit 1)`);
}
