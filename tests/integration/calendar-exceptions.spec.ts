import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq, sql } from 'drizzle-orm';
import * as table from '../../src/lib/server/db/schema';
import { type DbHandle } from '../../src/lib/server/db/client';
import { grantException, periodStateFor, setPeriodOpen } from '../../src/lib/server/calendar/state';
import { grantingAreaId } from '../../src/lib/server/calendar/open-rule';
import { addDays, todayVn } from '../../src/lib/server/calendar/dates';
import { loadReferences } from '../../src/lib/server/imports/load-context';
import { isClosedFor } from '../../src/lib/server/imports/check-records';
import { findUnitByCode, type UnitRow } from '../../src/lib/server/units/queries';
import { createTestDb } from '../helpers/db';
import { buildReportingFixture, type Fixture } from './reporting-fixture';
import { selectRows } from '../helpers/select-rows';

let h: DbHandle;
let fx: Fixture;
let hk1: number;
let p: UnitRow, d1: UnitRow, th1: UnitRow, th2: UnitRow;

beforeAll(async () => {
	h = await createTestDb();
	fx = await buildReportingFixture(h.db);
	hk1 = fx.period.get('HK1')!;
	[p, d1, th1, th2] = await Promise.all(
		['P', 'D1', 'TH1', 'TH2'].map(async (c) => (await findUnitByCode(h.db, c))!)
	);
});
afterAll(async () => h?.close());

/** What the import decides for a school's record of HK1. */
async function importRefuses(school: UnitRow): Promise<boolean> {
	const refs = await loadReferences(h.db, [
		{
			row: 2,
			schoolCode: school.code,
			period: '2024-2025/HK1',
			code: 'TH_TS_HS',
			column: 'gia_tri',
			raw: '1',
			comment: null
		}
	]);
	return isClosedFor(refs.periods.get('2024-2025/HK1')!, refs.units.get(school.code)!, refs);
}

describe('a lock exception against the province’s closure', () => {
	it('the exception is granted at the grantor’s highest area (administrators: the top)', () => {
		expect(grantingAreaId(fx.users.district, th2)).toBe(d1.id);
		expect(grantingAreaId(fx.users.province, th2)).toBe(p.id);
		expect(grantingAreaId(fx.users.other, th2)).toBeUndefined();
	});

	it('a district’s exception does not reopen what the province closed; the province’s does', async () => {
		await setPeriodOpen(h.db, { periodId: hk1, area: p, open: false, actorId: 'u-province' });
		const byDistrict = {
			periodId: hk1,
			school: th2,
			reason: 'Trường mất điện, nộp bổ sung',
			until: null,
			actorId: 'u-district',
			grantedAtUnitId: d1.id
		};
		expect(await grantException(h.db, byDistrict)).toEqual({ ok: false, reason: 'closed_above' });
		// An exception the district made before (or by hand) still does not open it, on the page or in the import.
		await h.db
			.insert(table.periodExceptions)
			.values({ periodId: hk1, unitId: th2.id, reason: 'cũ', grantedAtUnitId: d1.id });
		expect(await periodStateFor(h.db, hk1, th2.id)).toEqual({
			open: false,
			reason: 'closed',
			closedBy: null
		});
		expect(await importRefuses(th2)).toBe(true);

		expect(
			await grantException(h.db, { ...byDistrict, actorId: 'u-province', grantedAtUnitId: p.id })
		).toEqual({ ok: true });
		expect(await periodStateFor(h.db, hk1, th2.id)).toMatchObject({ open: true, reason: 'exception' });
		expect(await importRefuses(th2)).toBe(false);
		expect(await importRefuses(th1)).toBe(true);
		await h.db.delete(table.periodExceptions).where(eq(table.periodExceptions.unitId, th2.id));
		await setPeriodOpen(h.db, { periodId: hk1, area: p, open: true, actorId: 'u-province' });
	});

	it('a district’s exception does reopen what the district itself closed', async () => {
		await setPeriodOpen(h.db, { periodId: hk1, area: d1, open: false, actorId: 'u-district' });
		expect(await importRefuses(th2)).toBe(true);
		expect(
			await grantException(h.db, {
				periodId: hk1,
				school: th2,
				reason: 'Nộp bổ sung số liệu',
				until: null,
				actorId: 'u-district',
				grantedAtUnitId: d1.id
			})
		).toEqual({ ok: true });
		expect((await periodStateFor(h.db, hk1, th2.id)).open).toBe(true);
		expect(await importRefuses(th2)).toBe(false);
		await h.db.delete(table.periodExceptions).where(eq(table.periodExceptions.unitId, th2.id));
	});
});

describe('one rule for “is the period open”, in Vietnam’s time zone', () => {
	it('an exception valid until today (Vietnam) is valid for the page and the import, whatever the database’s zone', async () => {
		// Put the database's current_date on another day than Vietnam's, whichever hour it is now.
		const vnHour = (new Date().getUTCHours() + 7) % 24;
		const ahead = vnHour >= 19;
		await selectRows(h.db, sql.raw(`set time zone '${ahead ? 'Etc/GMT-14' : 'Etc/GMT+12'}'`));
		try {
			const today = todayVn();
			const validUntil = today;
			const expiredUntil = addDays(today, -1);
			for (const [until, open] of [
				[validUntil, true],
				[expiredUntil, false]
			] as const) {
				await h.db
					.insert(table.periodExceptions)
					.values({ periodId: hk1, unitId: th2.id, reason: 'hạn', until, grantedAtUnitId: d1.id })
					.onConflictDoUpdate({
						target: [table.periodExceptions.periodId, table.periodExceptions.unitId],
						set: { until }
					});
				expect((await periodStateFor(h.db, hk1, th2.id)).open, `until ${until}`).toBe(open);
				expect(await importRefuses(th2), `until ${until}`).toBe(!open);
			}
		} finally {
			await selectRows(h.db, sql`set time zone 'UTC'`);
			await h.db.delete(table.periodExceptions).where(eq(table.periodExceptions.unitId, th2.id));
			await setPeriodOpen(h.db, { periodId: hk1, area: d1, open: true, actorId: 'u-district' });
		}
	});
});
