// A value above an equality target ("= 291 classes") on the real database, as GET /api/evaluations returns it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import type { DbHandle } from '../../src/lib/server/db/client';
import { tryEvaluate } from '../../src/lib/server/evaluation/queries';
import { indicatorSchema } from '../../src/lib/schemas/catalogue';
import { createTestDb } from '../helpers/db';

let h: DbHandle;
beforeAll(async () => {
	h = await createTestDb({ demo: true });
});
afterAll(async () => h?.close());

// Every field GET /api/evaluations answered before the rule: kept, `aboveTarget` added.
const CONTRACT = [
	'unit',
	'unitName',
	'unitType',
	'indicator',
	'indicatorUnit',
	'period',
	'actualPeriod',
	'actual',
	'numerator',
	'denominator',
	'target',
	'gap',
	'percentOfTarget',
	'status',
	'projection',
	'direction',
	'baseline'
];

async function classes() {
	const outcome = await tryEvaluate(h.db, {
		unitCode: 'HAIAN',
		yearCode: '2024-2025',
		periodKey: 'DAU_NAM',
		indicatorCodes: ['TH_TS_LOP']
	});
	if (!outcome.ok) throw new Error('evaluation refused');
	expect(outcome.rows).toHaveLength(1);
	return outcome.rows[0];
}

const setRule = (rule: string | null) =>
	h.db.execute(sql`update indicators set above_target = ${rule} where code = 'TH_TS_LOP'`);

describe('above an equality target', () => {
	it('the demo plan says "= 291 classes"; with more classes the rule decides, not a red miss', async () => {
		const before = await classes();
		expect(before.target).toMatchObject({ comparator: 'eq', value: 291 });
		expect(before.actual).not.toBeNull();
		const target = before.actual! - 5;
		// The plan asks for five classes fewer than the district has.
		await h.db.execute(
			sql`update targets set value = ${target}
			    where comparator = 'eq' and indicator_id = (select id from indicators where code = 'TH_TS_LOP')`
		);

		const byDefault = await classes();
		expect(Object.keys(byDefault)).toEqual(expect.arrayContaining([...CONTRACT, 'aboveTarget']));
		expect(byDefault).toMatchObject({ status: 'met', aboveTarget: 'fine', gap: 5 });

		await setRule('warning');
		expect(await classes()).toMatchObject({ status: 'above_band', aboveTarget: 'warning', gap: -5 });

		await setRule('miss');
		const miss = await classes();
		expect(['at_risk', 'off_track']).toContain(miss.status);
		expect(miss.aboveTarget).toBe('miss');

		// exactly on target: met, no "above" wording
		await h.db.execute(
			sql`update targets set value = ${before.actual}
			    where comparator = 'eq' and indicator_id = (select id from indicators where code = 'TH_TS_LOP')`
		);
		expect(await classes()).toMatchObject({ status: 'met', aboveTarget: null, gap: 0 });
		await setRule(null);
	});

	it('the database refuses a rule it does not know', async () => {
		await expect(setRule('maybe')).rejects.toThrow();
	});

	it('the catalogue form: empty is the default, a known rule is kept, anything else refused', () => {
		const base = {
			code: 'TH_TS_LOP',
			nameVi: 'Số lớp',
			nameEn: 'Classes',
			group: 'scale',
			levels: ['TH'],
			kind: 'sum',
			numerator: 'TH_TS_LOP',
			denominator: '',
			element: '',
			atLeast: '',
			direction: 'higher',
			unit: 'count'
		};
		const parse = (aboveTarget?: string) => indicatorSchema.safeParse({ ...base, aboveTarget });
		expect(parse('').data?.aboveTarget).toBeNull();
		expect(parse('warning').data?.aboveTarget).toBe('warning');
		expect(parse(undefined).data?.aboveTarget).toBeUndefined();
		expect(parse('maybe').success).toBe(false);
	});
});
