// A figure a school did not report is "no data" on its page, its charts and its downloads: never 0.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { type DbHandle } from '../../src/lib/server/db/client';
import { findUnitByCode, type UnitRow } from '../../src/lib/server/units/queries';
import { evaluate } from '../../src/lib/server/evaluation/queries';
import { loadSchoolPage } from '../../src/lib/server/dashboards/pages';
import { scorecardTable } from '../../src/lib/server/dashboards/tables';
import { tableToCsv } from '../../src/lib/server/exports/table-file';
import { createTestDb } from '../helpers/db';
import { demoUser } from '../helpers/imports';
import { selectRows } from '../helpers/select-rows';

let h: DbHandle;
let school: UnitRow;
const CODE = 'HA-TH-THANHTO';
const query = { year: '2024-2025', period: 'CUOI_NAM' } as const;
const IND = 'GV_TL_DATCHUAN';

const own = async () =>
	(await evaluate(h.db, { unitCode: CODE, yearCode: query.year, periodKey: query.period })).find(
		(r) => r.unit === CODE && r.indicator === IND
	)!;

beforeAll(async () => {
	h = await createTestDb({ demo: true });
	school = (await findUnitByCode(h.db, CODE))!;
});
afterAll(async () => h?.close());

describe('a school whose year-end report lacks the qualified-teachers figure', () => {
	it('had a rate before the figure went missing', async () => {
		expect((await own()).actual).toBeGreaterThan(0);
	});

	it('has no rate (null, no data), not 0 %, in the evaluation, the page, the chart and the download', async () => {
		const gone = await selectRows<{ n: number }>(
			h.db,
			sql`with d as (
			      delete from figures f using submissions s, periods p, school_years y, data_elements e
			      where f.submission_id = s.id and s.period_id = p.id and p.school_year_id = y.id and e.id = f.data_element_id
			        and s.unit_id = ${school.id} and y.code = ${query.year} and p.key = ${query.period}
			        and e.code = 'GV_DATCHUAN' returning 1)
			    select count(*)::int as n from d`
		);
		expect(Number(gone[0].n)).toBe(1);

		const row = await own();
		expect(row).toMatchObject({ actual: null, numerator: null, status: 'no_data' });

		const page = await loadSchoolPage(
			h.db,
			await demoUser(h, 'school'),
			school,
			{ ...query, ind: IND },
			'vi'
		);
		const cell = page.scorecard.flatMap((g) => g.rows).find((r) => r.code === IND)!;
		expect(cell.actual).toBeNull();
		expect(cell.spark.at(-1)).toBeNull();
		expect(page.figures.map((f) => f.code)).not.toContain('GV_DATCHUAN');
		// Its report of the period now lacks a required figure, and says which.
		expect(page.submissions.find((s) => s.period === 'CUOI_NAM')!.missing).toEqual(['GV_DATCHUAN']);
		expect(page.submissions.find((s) => s.period === 'DAU_NAM')!.missing).toEqual([]);

		// The trend's last point (the year-end) is a gap in the series, and the first-paint SVG has no 0 % label.
		const trend = page.trend!;
		expect(trend.spec.kind).toBe('trend');
		const current = trend.spec.kind === 'trend' ? trend.spec.input.current : [];
		expect(current.at(-1)).toBeNull();
		expect(trend.svg ?? '').not.toMatch(/>0\s?%</);

		const csv = new TextDecoder().decode(tableToCsv(scorecardTable('vi', 'x', page.scorecard, false)));
		const line = csv.split('\r\n').find((l) => l.includes(`,${IND},`))!;
		const cells = line.split(',');
		expect(cells[3]).toBe('');
	});
});
