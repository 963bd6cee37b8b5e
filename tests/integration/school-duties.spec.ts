// What the school page shows a school first: the reports due now and the inspectors' findings.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from '../../src/lib/server/db/client';
import type { AuthUser } from '../../src/lib/server/auth/user';
import { findUnitByCode, type UnitRow } from '../../src/lib/server/units/queries';
import { createFinding, updateFinding } from '../../src/lib/server/inspection/findings';
import { FINDINGS_SHOWN, loadSchoolDuties } from '../../src/lib/server/dashboards/school-duties';
import { createTestDb } from '../helpers/db';
import { demoUser } from '../helpers/imports';

let h: DbHandle;
let thanhTo: UnitRow;
let catBi: UnitRow;
const users: Record<string, AuthUser> = {};

beforeAll(async () => {
	h = await createTestDb({ demo: true });
	thanhTo = (await findUnitByCode(h.db, 'HA-TH-THANHTO'))!;
	catBi = (await findUnitByCode(h.db, 'HA-TH-CATBI'))!;
	for (const name of ['school', 'district', 'inspector', 'anlao']) users[name] = await demoUser(h, name);
});
afterAll(async () => h?.close());

async function record(school: UnitRow, visitDate: string, text: string) {
	return createFinding(h.db, {
		school,
		actorId: users.inspector.id,
		visitDate,
		indicatorCodes: ['TH_TL_HTXS'],
		text,
		followUpDue: '2026-05-15'
	});
}

describe('the reports due', () => {
	it('lists the open periods with their deadlines and whether the school has sent each', async () => {
		const duties = await loadSchoolDuties(h.db, users.school, thanhTo, { today: '2026-05-01' });
		expect(duties.canSubmit).toBe(true);
		const cuoiNam = duties.openPeriods.find((p) => p.key === 'CUOI_NAM');
		expect(cuoiNam).toMatchObject({ yearCode: '2025-2026', daysLeft: 9, status: 'submitted' });
		expect(cuoiNam!.schoolDeadline).toBe('2026-05-10');
		const deadlines = duties.openPeriods.map((p) => p.schoolDeadline);
		expect(deadlines).toEqual([...deadlines].sort());
	});

	it('offers the entry links only to those who may submit', async () => {
		const inspector = await loadSchoolDuties(h.db, users.inspector, thanhTo, { today: '2026-05-01' });
		expect(inspector.canSubmit).toBe(false);
		expect(inspector.openPeriods.length).toBeGreaterThan(0);
		expect((await loadSchoolDuties(h.db, users.district, thanhTo, { today: '2026-05-01' })).canSubmit).toBe(
			true
		);
	});

	it('is empty when nothing is due', async () => {
		const duties = await loadSchoolDuties(h.db, users.school, thanhTo, { today: '2026-06-20' });
		expect(duties.openPeriods).toEqual([]);
	});
});

describe('the findings', () => {
	it('shows the school its own findings, open first, never another school’s', async () => {
		const closed = await record(thanhTo, '2025-10-02', 'Hồ sơ chuyên môn chưa đầy đủ');
		await updateFinding(h.db, { id: closed, actorId: users.inspector.id, changes: { status: 'closed' } });
		await record(thanhTo, '2025-09-15', 'Chưa tổ chức học 2 buổi/ngày cho khối 5');
		await record(catBi, '2025-11-20', 'Ghi chép của trường khác');
		const duties = await loadSchoolDuties(h.db, users.school, thanhTo);
		expect(duties.findings.map((f) => [f.text, f.status])).toEqual([
			['Chưa tổ chức học 2 buổi/ngày cho khối 5', 'open'],
			['Hồ sơ chuyên môn chưa đầy đủ', 'closed']
		]);
		expect(duties).toMatchObject({ findingCount: 2, openFindingCount: 1 });
		expect(duties.findings[0]).toMatchObject({ unitCode: 'HA-TH-THANHTO', author: 'Thanh tra Hải An' });
		expect(duties.findings[0]).not.toHaveProperty('authorId');
	});

	it('keeps the list short; the counts stay whole', async () => {
		for (let i = 0; i < FINDINGS_SHOWN; i++) await record(thanhTo, `2026-01-${10 + i}`, `Lần kiểm tra ${i}`);
		const duties = await loadSchoolDuties(h.db, users.district, thanhTo);
		expect(duties.findings).toHaveLength(FINDINGS_SHOWN);
		expect(duties.findingCount).toBe(FINDINGS_SHOWN + 2);
		expect(duties.openFindingCount).toBe(FINDINGS_SHOWN + 1);
		expect(duties.findings.every((f) => f.status === 'open')).toBe(true);
	});
});

describe('who sees them', () => {
	it('nothing for a user who may not read the school, nor for a unit that is not a school', async () => {
		const other = await loadSchoolDuties(h.db, users.anlao, thanhTo, { today: '2026-05-01' });
		expect(other).toMatchObject({ openPeriods: [], findings: [], findingCount: 0, canSubmit: false });
		const haiAn = (await findUnitByCode(h.db, 'HAIAN'))!;
		const area = await loadSchoolDuties(h.db, users.district, haiAn, { today: '2026-05-01' });
		expect(area).toMatchObject({ openPeriods: [], findings: [], findingCount: 0 });
	});
});
