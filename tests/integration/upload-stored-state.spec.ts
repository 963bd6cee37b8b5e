// After storing an upload the page's banner and its per-school panel tell the same, stored, state.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { type DbHandle } from '../../src/lib/server/db/client';
import { toPageResult } from '../../src/lib/server/imports/page-result';
import { createTestDb } from '../helpers/db';
import { demoUser, longCsv, run, submissionOf } from '../helpers/imports';
import { selectRows } from '../helpers/select-rows';

const SCHOOL = 'HA-TH-THANHTO';
let h: DbHandle;

beforeAll(async () => {
	h = await createTestDb({ demo: true });
});
afterAll(async () => h?.close());

/** A school-year period collecting TH_TS_HS for which the school has sent nothing yet. */
async function unreportedPeriod(): Promise<string> {
	const [row] = await selectRows<{ ref: string }>(
		h.db,
		sql`select y.code || '/' || p.key as ref
		    from periods p
		    join school_years y on y.id = p.school_year_id
		    join report_forms f on f.id = p.form_id
		    join data_elements d on d.code = 'TH_TS_HS' and f.code = any(d.forms)
		    where f.period_type = 'school_year'
		      and not exists (select 1 from submissions s join units u on u.id = s.unit_id
		                      where u.code = ${SCHOOL} and s.period_id = p.id)
		    order by y.code desc, p.sort_order limit 1`
	);
	if (!row) throw new Error('no unreported period in the demo');
	return row.ref;
}

describe('the stored state of an upload', () => {
	it('a preview shows the state before; once stored, the panel shows the stored state and version', async () => {
		const period = await unreportedPeriod();
		const school = await demoUser(h, 'school');
		const file = longCsv([[SCHOOL, period, 'TH_TS_HS', 431]]);

		const preview = toPageResult(await run(h, school, file, { dryRun: true }), 'token');
		expect(preview.schools).toHaveLength(1);
		expect(preview.schools[0]).toMatchObject({ status: null, version: 0 });

		const stored = toPageResult(await run(h, school, file, { confirmWarnings: true }), null);
		expect(stored.status).toBe('stored');
		const sub = (await submissionOf(h, SCHOOL, period))!;
		expect(sub.status).toBe('submitted');
		expect(stored.schools[0]).toMatchObject({ status: sub.status, version: sub.version });
	});
});
