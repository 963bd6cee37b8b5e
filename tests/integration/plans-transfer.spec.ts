import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq, sql } from 'drizzle-orm';
import iconv from 'iconv-lite';
import ExcelJS from 'exceljs';
import { createTestDb } from '../helpers/db';
import type { Db, DbHandle } from '../../src/lib/server/db';
import * as table from '../../src/lib/server/db/schema';
import { findPlan, listTargets, loadPlanContext } from '../../src/lib/server/plans/queries';
import { loadGrid, saveGrid } from '../../src/lib/server/plans/school-grid';
import { exportTargetsCsv, exportTargetsXlsx } from '../../src/lib/server/plans/export-targets';
import { applyTargetImport, previewTargetImport } from '../../src/lib/server/plans/import-targets';
import { createTarget } from '../../src/lib/server/plans/store-targets';
import type { PlanContext, TargetView } from '../../src/lib/server/plans/types';
import { selectRows } from '../helpers/select-rows';

let handle: DbHandle;
let db: Db;
const ACTOR = 'u-district';

beforeAll(async () => {
	handle = await createTestDb({ demo: true });
	db = handle.db;
});
afterAll(async () => {
	await handle?.close();
});

async function contextOf(unit: string, year: string): Promise<PlanContext> {
	return loadPlanContext(db, (await findPlan(db, unit, year))!);
}
const comparable = (t: TargetView) => ({
	indicator: t.indicator,
	comparator: t.comparator,
	value: t.value,
	min: t.min,
	max: t.max,
	scope: t.scope,
	judgedAt: t.judgedAt,
	baseline: t.baseline,
	plannedNumerator: t.plannedNumerator,
	plannedDenominator: t.plannedDenominator,
	source: t.source
});
/** Text as Excel saves "CSV" on a Vietnamese Windows: Windows-1258 with tone marks as combining characters. */
function windows1258(text: string): Uint8Array {
	const split = text.normalize('NFD').replace(/(\P{M})(\p{M}*)/gu, (_, base: string, marks: string) => {
		const tones = marks.replace(/[^\u0300\u0301\u0303\u0309\u0323]/g, '');
		const rest = marks.replace(/[\u0300\u0301\u0303\u0309\u0323]/g, '');
		return (base + rest).normalize('NFC') + tones;
	});
	return new Uint8Array(iconv.encode(split, 'windows-1258'));
}
const auditCount = async (action: string) =>
	Number(
		(
			await selectRows<{ n: number }>(
				db,
				sql`select count(*)::int as n from audit_log where action = ${action}`
			)
		)[0].n
	);

describe('the per-school grid', () => {
	it('lists the schools the indicator applies to, with the target each inherits', async () => {
		const ctx = await contextOf('HAIAN', '2024-2025');
		const grid = (await loadGrid(db, ctx, 'TH_TL_HTXS'))!;
		expect(grid.comparator).toBe('range');
		expect(grid.area).toMatchObject({ min: 55, max: 60 });
		const codes = grid.rows.map((r) => r.school.code);
		expect(codes).toContain('HA-TH-THANHTO');
		expect(codes.every((c) => c.startsWith('HA-TH-'))).toBe(true);
		expect(codes).toHaveLength(9);
		expect(grid.rows.every((r) => r.inherited?.id === grid.area!.id && r.override === null)).toBe(true);

		// Staff targets differ by group: public and non-public preschools inherit their own group's.
		const staff = (await loadGrid(db, ctx, 'GV_TL_DATCHUAN'))!;
		const row = (code: string) => staff.rows.find((r) => r.school.code === code)!;
		expect(row('HA-MN-CATBI').inherited).toMatchObject({
			min: 99,
			max: 99.5,
			scope: { kind: 'group', code: 'HAIAN-MN-CONGLAP' }
		});
		expect(row('HA-MN-HOASEN').inherited).toMatchObject({ min: 71, max: 72 });
		expect(row('HA-THCS-CATBI').inherited).toMatchObject({ comparator: 'gte', value: 100 });

		const level = (await loadGrid(db, ctx, 'CHUAN_QG_MUC'))!;
		expect(level.comparator).toBe('level_gte');
		expect(level.rows.find((r) => r.school.code === 'HA-MN-THANHTO')!.override).toMatchObject({ value: 1 });
		expect(await loadGrid(db, ctx, 'XMC_MUC')).toBeNull();
	});

	it('creates, updates and deletes school targets as the cells say, audited, all or nothing', async () => {
		const ctx = await contextOf('HAIAN', '2024-2025');
		const base = {
			indicator: 'TH_TL_HTXS',
			comparator: 'range' as const,
			judgedAt: 'CUOI_NAM',
			baseline: null,
			source: 'Giao chỉ tiêu riêng'
		};
		const cell = (school: string, min: number | null, max: number | null) => ({
			school,
			value: null,
			min,
			max
		});
		const before = await auditCount('target.create');

		expect(
			await saveGrid(db, ACTOR, ctx, {
				...base,
				cells: [cell('HA-TH-THANHTO', 50, 55), cell('HA-TH-CATBI', null, null)]
			})
		).toEqual({
			ok: true,
			created: 1,
			updated: 0,
			deleted: 0
		});
		let grid = (await loadGrid(db, ctx, 'TH_TL_HTXS'))!;
		const own = grid.rows.find((r) => r.school.code === 'HA-TH-THANHTO')!.override!;
		expect(own).toMatchObject({
			comparator: 'range',
			min: 50,
			max: 55,
			source: 'Giao chỉ tiêu riêng',
			scope: { kind: 'school', code: 'HA-TH-THANHTO' }
		});
		expect(await auditCount('target.create')).toBe(before + 1);

		// A bad cell refuses the whole grid: the good change next to it is not stored either.
		const refused = await saveGrid(db, ACTOR, ctx, {
			...base,
			cells: [cell('HA-TH-THANHTO', 52, 56), cell('HA-TH-CATBI', 90, 120), cell('HA-MN-CATBI', 1, 2)]
		});
		expect(refused.ok).toBe(false);
		expect(
			!refused.ok && Object.fromEntries(Object.entries(refused.errors).map(([k, v]) => [k, v.key]))
		).toEqual({
			'HA-TH-CATBI': 'plans.error.percentRange',
			'HA-MN-CATBI': 'plans.error.schoolUnknown'
		});
		grid = (await loadGrid(db, ctx, 'TH_TL_HTXS'))!;
		expect(grid.rows.find((r) => r.school.code === 'HA-TH-THANHTO')!.override).toMatchObject({
			min: 50,
			max: 55
		});

		expect(await saveGrid(db, ACTOR, ctx, { ...base, cells: [cell('HA-TH-THANHTO', 52, 56)] })).toMatchObject(
			{ updated: 1 }
		);
		expect(await saveGrid(db, ACTOR, ctx, { ...base, cells: [cell('HA-TH-THANHTO', 52, 56)] })).toMatchObject(
			{ updated: 0, created: 0 }
		);
		expect(
			await saveGrid(db, ACTOR, ctx, { ...base, cells: [cell('HA-TH-THANHTO', null, null)] })
		).toMatchObject({ deleted: 1 });
		expect(await db.select().from(table.targets).where(eq(table.targets.id, own.id))).toEqual([]);
		const [last] = await selectRows<{ action: string; before: { min: number } }>(
			db,
			sql`select action, before from audit_log where subject = ${`target:${own.id}`} order by id desc limit 1`
		);
		expect(last).toMatchObject({ action: 'target.delete', before: { min: 52 } });
	});
});

describe('export and import', () => {
	it('round-trips a plan through the Excel-Vietnamese CSV (";", decimal comma) too', async () => {
		const from = await contextOf('HAIAN', '2024-2025');
		const to = await contextOf('HAIAN', '2023-2024');
		const targets = await listTargets(db, from);
		const csv = exportTargetsCsv(targets, 'excel-vi');
		const text = new TextDecoder().decode(csv);
		expect(text.split('\r\n')[0]).toBe(
			'ma_chi_so;ten_chi_so;phep_so_sanh;gia_tri;toi_thieu;toi_da;pham_vi;ky_danh_gia;ky_goc;nguon;tu_so_ke_hoach;mau_so_ke_hoach'
		);
		expect(text).toContain('MN_TL_HUYDONG;Tỷ lệ huy động trẻ mầm non ra lớp;gte;85,7;;;area;DAU_NAM;;');
		const result = await applyTargetImport(db, ACTOR, to, csv, 'chi-tieu.csv', 'replace');
		expect(result).toMatchObject({ ok: true, created: targets.length });
		expect((await listTargets(db, to)).map(comparable)).toEqual(targets.map(comparable));
	});

	it('round-trips a plan through CSV into another plan', async () => {
		const from = await contextOf('HAIAN', '2024-2025');
		const to = await contextOf('HAIAN', '2023-2024');
		const targets = await listTargets(db, from);
		const csv = exportTargetsCsv(targets);
		expect([...csv.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
		const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(csv);
		expect(text.split('\r\n')[0]).toBe(
			'\uFEFFma_chi_so,ten_chi_so,phep_so_sanh,gia_tri,toi_thieu,toi_da,pham_vi,ky_danh_gia,ky_goc,nguon,tu_so_ke_hoach,mau_so_ke_hoach'
		);
		expect(text).toContain(
			'MN_TL_HUYDONG,Tỷ lệ huy động trẻ mầm non ra lớp,gte,85.7,,,area,DAU_NAM,,"Số trẻ huy động ra lớp: 7.910 trẻ/9.232 (85,7%)",7910,9232'
		);
		expect(text).toContain('MN_TL_SDD,');
		expect(text).toMatch(/MN_TL_SDD,[^\r]*,change,-1\.5,,,area,CAN_DO_3,CAN_DO_1,/);

		const previousCount = (await listTargets(db, to)).length;
		const preview = await previewTargetImport(db, to, csv, 'chi-tieu.csv', 'replace');
		expect(preview.problems).toEqual([]);
		expect(preview.rows).toHaveLength(targets.length);
		expect(preview.existing).toBe(previousCount);

		const result = await applyTargetImport(db, ACTOR, to, csv, 'chi-tieu.csv', 'replace');
		expect(result).toEqual({ ok: true, created: targets.length, deleted: previousCount });
		expect((await listTargets(db, to)).map(comparable)).toEqual(targets.map(comparable));
		const [audit] = await selectRows<{ before: unknown[]; after: { mode: string; targets: unknown[] } }>(
			db,
			sql`select before, after from audit_log where action = 'targets.import' order by id desc limit 1`
		);
		expect(audit.before).toHaveLength(previousCount);
		expect(audit.after.mode).toBe('replace');
		expect(audit.after.targets).toHaveLength(targets.length);
	});

	it('round-trips through .xlsx, neutralising formulas in text and reading them back', async () => {
		const from = await contextOf('HAIAN', '2024-2025');
		await createTarget(db, ACTOR, from, {
			indicator: 'TH_TL_BANTRU',
			comparator: 'gte',
			value: 1.125,
			min: null,
			max: null,
			scope: { kind: 'school', code: 'HA-TH-CATBI' },
			judgedAt: '2024-10',
			baseline: null,
			plannedNumerator: null,
			plannedDenominator: null,
			source: '=HYPERLINK("http://x")'
		});
		const targets = await listTargets(db, from);
		const xlsx = await exportTargetsXlsx(from, targets);
		const book = new ExcelJS.Workbook();
		await book.xlsx.load(Buffer.from(xlsx) as never);
		const sheet = book.worksheets[0];
		const last = sheet.getRow(sheet.rowCount);
		expect(last.getCell(10).value).toBe('=HYPERLINK("http://x")');
		expect(last.getCell(4).value).toBe(1.125);

		const to = await contextOf('HAIAN', '2025-2026');
		// 2024-10 becomes a month of another year: the 2025-2026 plan has no such period.
		const preview = await previewTargetImport(db, to, xlsx, 'chi-tieu.xlsx', 'replace');
		expect(preview.problems.map((p) => [p.row, p.column, p.message.vi])).toEqual([
			[sheet.rowCount, 'ky_danh_gia', 'Năm học này không có kỳ báo cáo “2024-10”.']
		]);
		const same = await contextOf('HAIAN', '2024-2025');
		await db.delete(table.targets).where(eq(table.targets.planId, same.plan.id));
		const result = await applyTargetImport(db, ACTOR, same, xlsx, 'chi-tieu.xlsx', 'append');
		expect(result).toMatchObject({ ok: true, created: targets.length, deleted: 0 });
		expect((await listTargets(db, same)).map(comparable)).toEqual(targets.map(comparable));
	});

	it('reads a hand-made Windows-1258 file with ; and Vietnamese headers, and reports every problem by row and column', async () => {
		const ctx = await contextOf('ANLAO', '2024-2025');
		const lines = [
			'Chỉ tiêu An Lão (bản nháp)',
			'STT;Mã chỉ số;Phép so sánh;Giá trị;Tối thiểu;Tối đa;Phạm vi;Kỳ đánh giá;Kỳ gốc;Nguồn',
			'1;TH_TL_2BUOI;>=;97,5;;;Toàn địa bàn;;;Học 2 buổi/ngày',
			'2;TH_TL_HTXS;khoảng;;60;55;;;;Hoàn thành xuất sắc',
			'3;TH_TL_NGOAINGU;>=;120;;;;;;',
			'4;NO_SUCH;>=;1;;;;;;',
			'5;CHUAN_QG_MUC;đạt mức;2;;;AL-TH-ANTIEN;;;',
			'6;CHUAN_QG_MUC;đạt mức;2;;;HA-TH-CATBI;;;',
			'7;TH_TL_2BUOI;=>;98;;;area;;;trùng dòng 3',
			'8;MN_TL_SDD;thay đổi;-1,5;;;;CUOI_NAM;;'
		];
		const bytes = windows1258(lines.join('\r\n'));
		expect([...bytes].includes(0x3f)).toBe(false);
		const preview = await previewTargetImport(db, ctx, bytes, 'nhap.csv', 'append');
		expect(preview.problems.map((p) => [p.row, p.column, p.message.vi])).toEqual([
			[4, 'Tối đa', 'Giá trị tối đa phải lớn hơn hoặc bằng tối thiểu.'],
			[5, 'Giá trị', 'Tỷ lệ phải từ 0 đến 100 %.'],
			[6, 'Mã chỉ số', 'Không có chỉ số “NO_SUCH”.'],
			[7, 'Mã chỉ số', 'Kế hoạch đã có chỉ tiêu này (cùng chỉ số, phạm vi và kỳ đánh giá).'],
			[8, 'Phạm vi', expect.stringContaining('“HA-TH-CATBI” không phải mã trường')],
			[9, 'Mã chỉ số', 'Trùng với dòng 3: cùng chỉ số, phạm vi và kỳ đánh giá.'],
			[10, 'Kỳ gốc', 'Chỉ tiêu thay đổi cần kỳ gốc để so sánh.']
		]);
		expect(preview.problems[0].message.en).toBe('The maximum must not be below the minimum.');
		expect(preview.rows.map((r) => [r.row, r.input.indicator, r.input.value])).toEqual([
			[3, 'TH_TL_2BUOI', 97.5]
		]);

		const count = (await listTargets(db, ctx)).length;
		const refused = await applyTargetImport(db, ACTOR, ctx, bytes, 'nhap.csv', 'append');
		expect(refused.ok).toBe(false);
		expect(await listTargets(db, ctx)).toHaveLength(count);
	});

	it('explains files it cannot use', async () => {
		const ctx = await contextOf('ANLAO', '2024-2025');
		const messages = async (bytes: Uint8Array, name: string) =>
			(await previewTargetImport(db, ctx, bytes, name, 'replace')).problems.map((p) => p.message.vi);
		expect(await messages(new Uint8Array(), 'a.csv')).toEqual(['Tệp a.csv không có dữ liệu.']);
		expect((await messages(new TextEncoder().encode('a,b\n1,2'), 'a.csv'))[0]).toMatch(
			/Không tìm thấy dòng tiêu đề/
		);
		expect((await messages(new Uint8Array([1, 2, 3]), 'a.pdf'))[0]).toMatch(/Chỉ nhận tệp .csv hoặc .xlsx/);
		expect((await messages(new Uint8Array([0x50, 0x4b, 3, 4, 0, 0]), 'a.xlsx'))[0]).toMatch(
			/Không đọc được tệp/
		);
	});
});
