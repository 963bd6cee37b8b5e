// The demo's one deliberately incomplete report, and every other demo report complete.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { type DbHandle } from '../../src/lib/server/db/client';
import { computeCompleteness } from '../../src/lib/server/calendar/board';
import { loadOpenPeriods } from '../../src/lib/server/calendar/reminders';
import { DEMO_AS_OF } from '../../src/lib/server/demo/data/calendar';
import { demoQuirks } from '../../src/lib/server/demo/seed-demo';
import { loadMissingFigures } from '../../src/lib/server/submissions/missing-figures';
import { createTestDb } from '../helpers/db';
import { selectRows } from '../helpers/select-rows';

let h: DbHandle;
beforeAll(async () => {
	h = await createTestDb({ demo: true });
});
afterAll(async () => h?.close());

describe('completeness of the demo reports', () => {
	it('has one incomplete report: an An Lão primary school’s start of 2026-2027, awaiting review', async () => {
		const [school] = demoQuirks().incomplete;
		const b = (await computeCompleteness(h.db, {
			unitCode: 'ANLAO',
			yearCode: '2026-2027',
			periodKey: 'DAU_NAM',
			today: DEMO_AS_OF
		}))!;
		const incomplete = b.schools.filter((s) => s.state === 'incomplete');
		expect(incomplete.map((s) => [s.code, s.status, s.missingFigures])).toEqual([
			[school, 'submitted', ['TH_HS_BANTRU', 'CO_THUVIENSO']]
		]);
		expect(b.counts.incomplete).toBe(1);
		expect(b.counts.received).toBe(b.counts.onTime + b.counts.late);
		// Past its deadline, the school still sees it among what it has to do, with what it lacks.
		const due = await loadOpenPeriods(h.db, { schoolCode: school, today: DEMO_AS_OF });
		expect(due.find((i) => i.key === 'DAU_NAM')).toMatchObject({
			yearCode: '2026-2027',
			status: 'submitted',
			missing: ['TH_HS_BANTRU', 'CO_THUVIENSO']
		});
		const complete = await loadOpenPeriods(h.db, { schoolCode: 'HA-TH-THANHTO', today: DEMO_AS_OF });
		expect(complete.map((i) => i.key)).not.toContain('DAU_NAM');
	});

	it('has every other sent report complete', async () => {
		const ids = await selectRows<{ id: number }>(
			h.db,
			sql`select id from submissions where status in ('submitted', 'approved')`
		);
		const missing = await loadMissingFigures(
			h.db,
			ids.map((r) => Number(r.id))
		);
		expect(ids.length).toBeGreaterThan(2000);
		expect(missing.size).toBe(1);
	});
});
