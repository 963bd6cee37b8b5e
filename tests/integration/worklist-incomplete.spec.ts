// The inspector's worklist classifies reports as the completeness board does: a report sent without
// every required figure is 'incomplete' (not received), with the figures it lacks.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from '../../src/lib/server/db/client';
import { computeCompleteness } from '../../src/lib/server/calendar/board';
import { DEMO_AS_OF } from '../../src/lib/server/demo/data/calendar';
import { demoQuirks } from '../../src/lib/server/demo/seed-demo';
import { buildWorklist } from '../../src/lib/server/inspection/worklist';
import { countReports } from '../../src/lib/server/inspection/report-history';
import { findUnitByCode } from '../../src/lib/server/units/queries';
import { createTestDb } from '../helpers/db';

let h: DbHandle;
beforeAll(async () => {
	h = await createTestDb({ demo: true });
});
afterAll(async () => h?.close());

describe('incomplete reports on the inspector’s worklist', () => {
	it('shows the demo’s incomplete report as incomplete, with its missing figures, like the board', async () => {
		const [school] = demoQuirks().incomplete;
		const request = { yearCode: '2026-2027', periodKey: 'DAU_NAM', today: DEMO_AS_OF };
		const area = (await findUnitByCode(h.db, 'ANLAO'))!;
		const list = (await buildWorklist(h.db, { area, ...request }))!;
		const row = list.rows.find((r) => r.school.code === school)!;
		const report = row.reports.find((r) => r.periodKey === 'DAU_NAM');
		expect(report).toMatchObject({
			state: 'incomplete',
			status: 'submitted',
			missingFigures: ['TH_HS_BANTRU', 'CO_THUVIENSO']
		});
		// Not received, so it weighs in the severity as a missing report does.
		expect(countReports(row.reports).missing).toBeGreaterThanOrEqual(1);

		const board = (await computeCompleteness(h.db, { unitCode: 'ANLAO', ...request }))!;
		const stateOnBoard = new Map(board.schools.map((s) => [s.code, s.state]));
		for (const r of list.rows) {
			const item = r.reports.find((x) => x.periodKey === 'DAU_NAM');
			if (item) expect([r.school.code, item.state]).toEqual([r.school.code, stateOnBoard.get(r.school.code)]);
		}
		expect(list.rows.filter((r) => r.reports.some((x) => x.state === 'incomplete'))).toHaveLength(1);
	});
});
