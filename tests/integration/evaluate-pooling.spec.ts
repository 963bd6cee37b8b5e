// An area's rate pools only the units that reported both sides of it: a school that sent its
// denominator but not its numerator (an incomplete report) must not pull the district's rate down.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { type DbHandle } from '../../src/lib/server/db/client';
import { evaluate } from '../../src/lib/server/evaluation/queries';
import { createTestDb } from '../helpers/db';
import { selectRows } from '../helpers/select-rows';

let h: DbHandle;
const YEAR = '2024-2025';

/** A new district under the province with primary schools and their start-of-year figures. */
async function addDistrict(code: string, schools: Record<string, Record<string, number>>) {
	const [d] = await selectRows<{ id: number }>(
		h.db,
		sql`insert into units (code, name, type, parent_id, path, depth)
		    select ${code}, ${code}, 'district', p.id, p.path, p.depth + 1 from units p where p.code = 'HP'
		    returning id`
	);
	await h.db.execute(sql`update units set path = path || ${d.id} || '/' where id = ${d.id}`);
	for (const [school, figures] of Object.entries(schools)) {
		const [s] = await selectRows<{ id: number }>(
			h.db,
			sql`insert into units (code, name, type, parent_id, path, depth, school_level, ownership)
			    select ${school}, ${school}, 'school', d.id, d.path, d.depth + 1, 'TH', 'public' from units d where d.id = ${d.id}
			    returning id`
		);
		await h.db.execute(sql`update units set path = path || ${s.id} || '/' where id = ${s.id}`);
		const [sub] = await selectRows<{ id: number }>(
			h.db,
			sql`insert into submissions (unit_id, period_id, status)
			    select ${s.id}, p.id, 'submitted' from periods p join school_years y on y.id = p.school_year_id
			    where y.code = ${YEAR} and p.key = 'DAU_NAM' returning id`
		);
		for (const [element, value] of Object.entries(figures))
			await h.db.execute(
				sql`insert into figures (submission_id, data_element_id, value)
				    select ${sub.id}, e.id, ${value} from data_elements e where e.code = ${element}`
			);
	}
}

beforeAll(async () => {
	h = await createTestDb({ demo: true });
	await addDistrict('POOLTEST', {
		'PT-TH-A': { TH_TS_HS: 100, TH_HS_2BUOI: 90 },
		'PT-TH-B': { TH_TS_HS: 50, TH_HS_2BUOI: 40 },
		// An incomplete report: its pupils, not how many study two sessions a day.
		'PT-TH-C': { TH_TS_HS: 100 }
	});
});
afterAll(async () => h?.close());

const rowOf = async (unitCode: string, indicator: string, extra: { children?: boolean } = {}) =>
	evaluate(h.db, { yearCode: YEAR, unitCode, periodKey: 'DAU_NAM', indicatorCodes: [indicator], ...extra });

describe('pooling only the schools that reported both figures of a rate', () => {
	it("the district's rate is Σ numerators / Σ denominators of its two complete schools", async () => {
		const [row] = await rowOf('POOLTEST', 'TH_TL_2BUOI');
		expect(row).toMatchObject({ numerator: 130, denominator: 150 });
		expect(row.actual).toBeCloseTo((130 / 150) * 100, 2);
	});

	it("the incomplete school's own row is no data; the province's rows agree with the district's", async () => {
		const schools = await rowOf('POOLTEST', 'TH_TL_2BUOI', { children: true });
		expect(schools.find((r) => r.unit === 'PT-TH-C')).toMatchObject({ actual: null, status: 'no_data' });
		const districts = await rowOf('HP', 'TH_TL_2BUOI', { children: true });
		expect(districts.find((r) => r.unit === 'POOLTEST')).toMatchObject({ numerator: 130, denominator: 150 });
	});

	it('the count of pupils still counts every school that reported it', async () => {
		const [row] = await rowOf('POOLTEST', 'TH_TS_HS');
		expect(row.actual).toBe(250);
	});
});
