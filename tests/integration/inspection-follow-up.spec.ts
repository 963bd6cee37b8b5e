// Inspection follow-up: a finding's owner, deadline, the school's response, closing, attachments,
// the indicators its form offers, and its return to the worklist at a later period.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { type DbHandle } from '../../src/lib/server/db/client';
import type { AuthUser } from '../../src/lib/server/auth/user';
import { accessStatus, can } from '../../src/lib/server/auth/access';
import { findUnitByCode, type UnitRow } from '../../src/lib/server/units/queries';
import {
	createFinding,
	findFinding,
	respondToFinding,
	updateFinding
} from '../../src/lib/server/inspection/findings';
import { foreignIndicators, loadFindingsPage } from '../../src/lib/server/inspection/findings-page';
import { addAttachment, findAttachment, listAttachments } from '../../src/lib/server/inspection/attachments';
import { MAX_ATTACHMENT_BYTES } from '../../src/lib/server/inspection/attachment-type';
import { buildWorklist } from '../../src/lib/server/inspection/worklist';
import { evaluate } from '../../src/lib/server/evaluation/queries';
import {
	canPlanVisits,
	createVisit,
	deleteVisit,
	findVisit,
	listInspectorChoices,
	listVisits,
	updateVisit
} from '../../src/lib/server/inspection/schedule';
import { createTestDb } from '../helpers/db';
import { demoUser } from '../helpers/imports';
import { selectRows } from '../helpers/select-rows';

let h: DbHandle;
let thanhTo: UnitRow;
let catBi: UnitRow;
let haian: UnitRow;
const users: Record<string, AuthUser> = {};
const at = (u: UnitRow) => ({ path: u.path, type: u.type });
const PDF = new TextEncoder().encode('%PDF-1.4\n1 0 obj <<>> endobj\n%%EOF\n');

beforeAll(async () => {
	h = await createTestDb({ demo: true });
	thanhTo = (await findUnitByCode(h.db, 'HA-TH-THANHTO'))!;
	catBi = (await findUnitByCode(h.db, 'HA-TH-CATBI'))!;
	haian = (await findUnitByCode(h.db, 'HAIAN'))!;
	for (const name of ['school', 'district', 'inspector', 'anlao', 'admin'])
		users[name] = await demoUser(h, name);
});
afterAll(async () => h?.close());

function record(school: UnitRow, visitDate: string, indicatorCodes: string[] = ['TH_TL_HTXS']) {
	return createFinding(h.db, {
		school,
		actorId: users.inspector.id,
		visitDate,
		indicatorCodes,
		text: 'Tỉ lệ hoàn thành xuất sắc cao bất thường so với kỳ trước',
		followUpDue: '2025-03-31'
	});
}

describe('the findings form', () => {
	it('offers only the indicators of the chosen school’s levels', async () => {
		const page = await loadFindingsPage(h.db, users.inspector, haian, { school: 'HA-TH-THANHTO' });
		expect(page.school?.code).toBe('HA-TH-THANHTO');
		const codes = page.indicatorGroups.flatMap((g) => g.items.map((i) => i.code));
		expect(codes).toContain('TH_TL_HTXS');
		expect(codes.some((c) => c.startsWith('MN_') || c.startsWith('THCS_'))).toBe(false);
		const [{ n }] = await selectRows<{ n: number }>(h.db, sql`select count(*)::int as n from indicators`);
		expect(codes.length).toBeLessThan(Number(n));
		expect(await foreignIndicators(h.db, 'TH', ['TH_TL_HTXS', 'MN_TL_HUYDONG_MG'])).toEqual([
			'MN_TL_HUYDONG_MG'
		]);
	});

	it('offers nothing until a school is chosen, and nothing to those who cannot record', async () => {
		const none = await loadFindingsPage(h.db, users.inspector, haian, {});
		expect(none.school).toBeNull();
		expect(none.indicatorGroups).toEqual([]);
		const district = await loadFindingsPage(h.db, users.district, haian, { school: 'HA-TH-THANHTO' });
		expect(district.canRecord).toBe(false);
		expect(district.indicatorGroups).toEqual([]);
	});
});

describe('owner, deadline, response and closing', () => {
	it('belongs to the school with its deadline; the school answers, the inspector closes', async () => {
		const id = await record(thanhTo, '2025-03-10');
		const f = (await findFinding(h.db, id))!;
		expect(f).toMatchObject({
			unitCode: 'HA-TH-THANHTO',
			followUpDue: '2025-03-31',
			status: 'open',
			response: null
		});

		// Who may answer and who may close.
		expect(can(users.school, 'respond_finding', at(thanhTo))).toBe(true);
		expect(can(users.school, 'respond_finding', at(catBi))).toBe(false);
		expect(accessStatus(users.school, 'record_finding', at(thanhTo))).toBe(403);
		expect(accessStatus(users.inspector, 'respond_finding', at(thanhTo))).toBe(403);
		expect(can(users.district, 'respond_finding', at(thanhTo))).toBe(false);
		expect(accessStatus(users.anlao, 'read', at(thanhTo))).toBe(404);
		expect(can(users.inspector, 'record_finding', at(thanhTo))).toBe(true);

		expect(
			await respondToFinding(h.db, { id, actorId: users.school.id, response: 'Đã rà soát lại điểm.' })
		).toBe('ok');
		const answered = (await findFinding(h.db, id))!;
		expect(answered.response).toBe('Đã rà soát lại điểm.');
		expect(answered.respondedAt).toBeInstanceOf(Date);
		expect(answered.responder).toBe(users.school.displayName);
		expect(answered.status).toBe('open');

		await updateFinding(h.db, { id, actorId: users.inspector.id, changes: { status: 'closed' } });
		const closed = (await findFinding(h.db, id))!;
		expect(closed.status).toBe('closed');
		expect(closed.closedAt).toBeInstanceOf(Date);
		expect(await respondToFinding(h.db, { id, actorId: users.school.id, response: 'Thêm một ý nữa.' })).toBe(
			'closed'
		);
		expect((await findFinding(h.db, id))!.response).toBe('Đã rà soát lại điểm.');

		const audit = await selectRows<{ action: string }>(
			h.db,
			sql`select action from audit_log where subject = ${`finding:${id}`} order by id`
		);
		expect(audit.map((a) => a.action)).toEqual(['finding.create', 'finding.respond', 'finding.close']);

		await updateFinding(h.db, { id, actorId: users.inspector.id, changes: { status: 'open' } });
		expect((await findFinding(h.db, id))!.closedAt).toBeNull();
	});
});

describe('attachments', () => {
	it('stores a real PDF and refuses files too big or of the wrong type, storing nothing', async () => {
		const id = await record(thanhTo, '2025-03-11');
		const ok = await addAttachment(h.db, {
			findingId: id,
			actorId: users.school.id,
			fileName: 'biên bản.pdf',
			bytes: PDF
		});
		expect(ok.ok).toBe(true);

		const big = new Uint8Array(MAX_ATTACHMENT_BYTES + 1);
		big.set(PDF);
		expect(
			await addAttachment(h.db, { findingId: id, actorId: users.school.id, fileName: 'lon.pdf', bytes: big })
		).toEqual({
			ok: false,
			reason: 'too_big'
		});
		const html = new TextEncoder().encode('<html><script>alert(1)</script></html>');
		expect(
			await addAttachment(h.db, { findingId: id, actorId: users.school.id, fileName: 'anh.jpg', bytes: html })
		).toEqual({
			ok: false,
			reason: 'wrong_type'
		});

		const list = await listAttachments(h.db, id);
		expect(list.map((a) => [a.fileName, a.mediaType, a.size])).toEqual([
			['biên bản.pdf', 'application/pdf', PDF.length]
		]);
		const stored = (await findAttachment(h.db, list[0].id))!;
		expect(Buffer.from(stored.content).equals(Buffer.from(PDF))).toBe(true);
		expect(stored.findingId).toBe(id);

		await updateFinding(h.db, { id, actorId: users.inspector.id, changes: { status: 'closed' } });
		expect(
			await addAttachment(h.db, { findingId: id, actorId: users.inspector.id, fileName: 'x.pdf', bytes: PDF })
		).toEqual({
			ok: false,
			reason: 'closed'
		});
		expect(await listAttachments(h.db, id)).toHaveLength(1);
	});
});

describe('an open finding at the next period', () => {
	it('comes back on the worklist with its indicators then → now', async () => {
		// Visited after the HK I deadline (05/12/2024): the finding is about HK I.
		const id = await record(thanhTo, '2024-12-20', ['TH_TL_HTXS', 'TH_TL_CHT']);
		const later = await buildWorklist(h.db, {
			area: haian,
			yearCode: '2024-2025',
			periodKey: 'CUOI_NAM',
			today: '2025-06-01'
		});
		const row = later!.rows.find((r) => r.school.code === 'HA-TH-THANHTO')!;
		const f = row.openFindings.find((x) => x.id === id)!;
		expect(f.followUp?.since).toMatchObject({ yearCode: '2024-2025', key: 'HK1' });

		const value = async (periodKey: string, code: string) =>
			(
				await evaluate(h.db, {
					unitCode: 'HA-TH-THANHTO',
					yearCode: '2024-2025',
					periodKey,
					indicatorCodes: [code]
				})
			).find((r) => r.unit === 'HA-TH-THANHTO' && r.indicator === code)?.actual ?? null;
		const changes = f.followUp!.changes;
		expect(changes.map((c) => c.indicator)).toEqual(['TH_TL_HTXS', 'TH_TL_CHT']);
		for (const c of changes) {
			expect(c.then).toBe(await value('HK1', c.indicator));
			expect(c.now).toBe(await value('CUOI_NAM', c.indicator));
		}
		expect(changes[0].now).not.toBeNull();
		expect(changes[0].name.vi.length).toBeGreaterThan(3);

		// At the period it was recorded about, it is simply open: nothing "since" yet.
		const same = await buildWorklist(h.db, {
			area: haian,
			yearCode: '2024-2025',
			periodKey: 'HK1',
			today: '2025-06-01'
		});
		const again = same!.rows
			.find((r) => r.school.code === 'HA-TH-THANHTO')!
			.openFindings.find((x) => x.id === id)!;
		expect(again.followUp).toBeNull();

		// Closed findings do not come back.
		await updateFinding(h.db, { id, actorId: users.inspector.id, changes: { status: 'closed' } });
		const after = await buildWorklist(h.db, {
			area: haian,
			yearCode: '2024-2025',
			periodKey: 'CUOI_NAM',
			today: '2025-06-01'
		});
		expect(
			after!.rows.find((r) => r.school.code === 'HA-TH-THANHTO')!.openFindings.some((x) => x.id === id)
		).toBe(false);
	});
});

describe('the inspection schedule', () => {
	it('is planned by inspectors and the district, within the school year, by one of the area’s inspectors', async () => {
		expect(canPlanVisits(users.inspector, at(thanhTo))).toBe(true);
		expect(canPlanVisits(users.district, at(thanhTo))).toBe(true);
		expect(canPlanVisits(users.school, at(thanhTo))).toBe(false);
		expect(canPlanVisits(users.anlao, at(thanhTo))).toBe(false);

		const inspectors = await listInspectorChoices(h.db, thanhTo);
		expect(inspectors.map((i) => i.id)).toContain(users.inspector.id);
		expect(inspectors.map((i) => i.id)).not.toContain(users.district.id);

		const base = {
			inspectorName: null,
			note: 'Kiểm tra chuyên đề',
			yearCode: '2024-2025',
			actorId: users.district.id
		};
		expect(
			await createVisit(h.db, {
				...base,
				school: thanhTo,
				startDate: '2025-07-01',
				endDate: '2025-07-01',
				inspectorId: null
			})
		).toEqual({ ok: false, problem: 'outside_year' });
		expect(
			await createVisit(h.db, {
				...base,
				school: thanhTo,
				startDate: '2025-03-03',
				endDate: '2025-03-03',
				inspectorId: users.district.id
			})
		).toEqual({ ok: false, problem: 'unknown_inspector' });
		const made = await createVisit(h.db, {
			...base,
			school: thanhTo,
			startDate: '2025-03-03',
			endDate: '2025-03-04',
			inspectorId: users.inspector.id
		});
		expect(made.ok).toBe(true);
		await createVisit(h.db, {
			...base,
			school: catBi,
			startDate: '2025-01-10',
			endDate: '2025-01-10',
			inspectorId: null,
			inspectorName: 'Đoàn kiểm tra Phòng GDĐT'
		});

		const visits = await listVisits(h.db, { area: haian, yearCode: '2024-2025' });
		expect(visits.map((v) => [v.schoolCode, v.startDate, v.endDate, v.inspector])).toEqual([
			['HA-TH-CATBI', '2025-01-10', '2025-01-10', 'Đoàn kiểm tra Phòng GDĐT'],
			['HA-TH-THANHTO', '2025-03-03', '2025-03-04', users.inspector.displayName]
		]);
		expect(await listVisits(h.db, { area: thanhTo, yearCode: '2024-2025' })).toHaveLength(1);
		expect(await listVisits(h.db, { area: haian, yearCode: '2025-2026' })).toEqual([]);

		const visit = visits[1];
		expect(
			await updateVisit(h.db, {
				visit,
				school: thanhTo,
				actorId: users.inspector.id,
				startDate: '2025-03-10',
				endDate: '2025-03-10',
				inspectorId: null,
				inspectorName: 'Nguyễn Văn A',
				note: null
			})
		).toEqual({ ok: true });
		expect(await findVisit(h.db, visit.id)).toMatchObject({
			startDate: '2025-03-10',
			inspector: 'Nguyễn Văn A',
			note: null
		});
		await deleteVisit(h.db, { visit, unitId: thanhTo.id, actorId: users.district.id });
		expect(await findVisit(h.db, visit.id)).toBeNull();
		const audit = await selectRows<{ action: string }>(
			h.db,
			sql`select action from audit_log where subject = ${`inspection_visit:${visit.id}`} order by id`
		);
		expect(audit.map((a) => a.action)).toEqual([
			'inspection_visit.create',
			'inspection_visit.update',
			'inspection_visit.delete'
		]);
	});
});
