// Headers typed without their code are read by the catalogue's Vietnamese names, through the service.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from '../../src/lib/server/db/client';
import type { AuthUser } from '../../src/lib/server/auth/user';
import { createTestDb } from '../helpers/db';
import { demoUser, run } from '../helpers/imports';

let h: DbHandle;
let school: AuthUser;

beforeAll(async () => {
	h = await createTestDb({ demo: true });
	school = await demoUser(h, 'school');
});
afterAll(async () => h?.close());

describe('wide headers by name', () => {
	it('reads “Tổng số giáo viên” as GV_TS and lists the columns it ignores', async () => {
		const csv = [
			'Mã trường,Kỳ báo cáo,tong so giao vien,Tỷ lệ hoàn thành (%)',
			'HA-TH-THANHTO,2025-2026/CUOI_NAM,38,97'
		].join('\r\n');
		const out = await run(h, school, new TextEncoder().encode(csv), { dryRun: true });
		expect(out.errors).toEqual([]);
		expect(out.schools.flatMap((s) => s.items.map((i) => i.code))).toContain('GV_TS');
		expect(out.warnings.map((w) => [w.row, w.column, w.code])).toEqual([[1, 'D', 'header_unknown']]);
	});
});
