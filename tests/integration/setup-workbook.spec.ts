// The setup workbook: the demo's setup exported and imported into an empty database (a check first,
// which stores nothing), the same workbook refused by a database that is no longer empty, and a
// workbook with errors refused whole, each error named by sheet, row and column.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { sql } from 'drizzle-orm';
import * as table from '../../src/lib/server/db/schema';
import { type DbHandle } from '../../src/lib/server/db/client';
import { createOrResetAdmin } from '../../src/lib/server/users/create-admin';
import { exportSetupWorkbook } from '../../src/lib/server/setup/export-workbook';
import { importSetupWorkbook } from '../../src/lib/server/setup/import-workbook';
import { createTestDb } from '../helpers/db';
import { selectRows } from '../helpers/select-rows';

let demo: DbHandle;
let empty: DbHandle;
let adminId = '';
let book: Uint8Array;

const KINDS = {
	units: 'units',
	forms: 'report_forms',
	years: 'school_years',
	periods: 'periods',
	groups: 'unit_groups',
	elements: 'data_elements',
	indicators: 'indicators',
	rules: 'validation_rules',
	plans: 'plans',
	targets: 'targets'
} as const;

async function counts(h: DbHandle) {
	const out: Record<string, number> = {};
	for (const [k, t] of Object.entries(KINDS)) {
		const [r] = await selectRows<{ n: number }>(h.db, sql.raw(`select count(*)::int as n from ${t}`));
		out[k] = Number(r.n);
	}
	return out;
}

async function newAdmin(h: DbHandle) {
	await createOrResetAdmin(h.db, { username: 'quantri', password: 'song-hong-2026' });
	const [u] = await h.db.select().from(table.users);
	return u.id;
}

beforeAll(async () => {
	demo = await createTestDb({ demo: true });
	empty = await createTestDb();
	adminId = await newAdmin(empty);
	book = (await exportSetupWorkbook(demo.db, 'HP'))!;
}, 240_000);
afterAll(async () => {
	await demo?.close();
	await empty?.close();
});

describe('the demo setup through one workbook', () => {
	it('has one sheet per kind, headers in Vietnamese with codes', async () => {
		const wb = new ExcelJS.Workbook();
		await wb.xlsx.load(book.buffer as ArrayBuffer);
		expect(wb.worksheets.map((w) => w.name)).toEqual([
			'Đơn vị',
			'Biểu mẫu',
			'Năm học',
			'Kỳ báo cáo',
			'Nhóm trường',
			'Số liệu',
			'Chỉ số',
			'Quy tắc kiểm tra',
			'Kế hoạch',
			'Chỉ tiêu'
		]);
		expect(wb.getWorksheet('Năm học')!.getRow(1).getCell(2).value).toBe('Ngày bắt đầu (startDate)');
		expect(wb.getWorksheet('Đơn vị')!.getRow(1).getCell(1).value).toBe('Mã đơn vị');
	});

	it('checks into an empty database: counts of everything, nothing stored', async () => {
		const outcome = await importSetupWorkbook(
			empty.db,
			adminId,
			{ bytes: book, fileName: 'so.xlsx' },
			{
				dryRun: true
			}
		);
		expect(outcome.errors.slice(0, 5)).toEqual([]);
		expect(outcome.status).toBe('preview');
		const source = await counts(demo);
		expect(outcome.counts).toMatchObject({ ...source, units: source.units });
		expect(await counts(empty)).toMatchObject({ units: 0, plans: 0, targets: 0, indicators: 0 });
	}, 240_000);

	it('stores it all in one go, audited, and the same numbers come out', async () => {
		const outcome = await importSetupWorkbook(
			empty.db,
			adminId,
			{ bytes: book, fileName: 'so.xlsx' },
			{
				dryRun: false
			}
		);
		expect(outcome.status).toBe('stored');
		expect(await counts(empty)).toEqual(await counts(demo));
		const audit = await selectRows<{ n: number }>(
			empty.db,
			sql`select count(*)::int as n from audit_log where action = 'setup.import'`
		);
		expect(Number(audit[0].n)).toBe(1);
		// Exported again from the copy, the workbook says the same.
		const again = (await exportSetupWorkbook(empty.db, 'HP'))!;
		const sheetsOf = async (bytes: Uint8Array) => {
			const wb = new ExcelJS.Workbook();
			await wb.xlsx.load(bytes.buffer as ArrayBuffer);
			return wb.worksheets.map((w) => w.getSheetValues().length);
		};
		expect(await sheetsOf(again)).toEqual(await sheetsOf(book));
	}, 240_000);

	it('is refused by a database that is no longer empty', async () => {
		const outcome = await importSetupWorkbook(
			empty.db,
			adminId,
			{ bytes: book, fileName: 'so.xlsx' },
			{
				dryRun: true
			}
		);
		expect(outcome.status).toBe('rejected');
		expect(outcome.errors[0].message.vi).toContain('chỉ nhập vào cơ sở dữ liệu trống');
	}, 120_000);
});

describe('a workbook with errors', () => {
	it('stores nothing and names each error by sheet, row and column', async () => {
		const h = await createTestDb();
		try {
			const id = await newAdmin(h);
			const wb = new ExcelJS.Workbook();
			await wb.xlsx.load(book.buffer as ArrayBuffer);
			const years = wb.getWorksheet('Năm học')!;
			const last = years.rowCount;
			years.getRow(last).getCell(2).value = '31/02/2026';
			wb.getWorksheet('Kỳ báo cáo')!.getRow(3).getCell(2).value = 'KHONG_CO';
			const bad = new Uint8Array(await wb.xlsx.writeBuffer());
			const outcome = await importSetupWorkbook(
				h.db,
				id,
				{ bytes: bad, fileName: 'x.xlsx' },
				{
					dryRun: false
				}
			);
			expect(outcome.status).toBe('rejected');
			expect(outcome.errors).toContainEqual(
				expect.objectContaining({ sheet: 'Năm học', row: last, column: 'Ngày bắt đầu (startDate)' })
			);
			expect(outcome.errors).toContainEqual(
				expect.objectContaining({
					sheet: 'Kỳ báo cáo',
					row: 3,
					column: 'Mã biểu mẫu (form)',
					value: 'KHONG_CO'
				})
			);
			expect(await counts(h)).toMatchObject({ units: 0, years: 0, periods: 0, plans: 0 });
		} finally {
			await h.close();
		}
	}, 240_000);
});
