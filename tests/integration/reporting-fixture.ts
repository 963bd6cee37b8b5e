// A small hand-built database for the reporting tests: one year, three periods, two districts,
// schools in every report state (on time, late, returned, missing), one opened mid-year, two closed.
import { eq } from 'drizzle-orm';
import * as table from '../../src/lib/server/db/schema';
import type { Db } from '../../src/lib/server/db/client';
import { insertUnits } from '../../src/lib/server/units/store';
import { loadAuthUser, type AuthUser } from '../../src/lib/server/auth/user';
import type { Role } from '../../src/lib/server/auth/user';

export type Fixture = {
	unit: Map<string, number>;
	period: Map<string, number>;
	sub: Map<string, number>;
	users: Record<'district' | 'province' | 'school' | 'inspector' | 'other', AuthUser>;
};

const school = (code: string, level: string, parent: string, extra: Record<string, string> = {}) => ({
	code,
	name: code,
	type: 'school' as const,
	parentCode: parent,
	schoolLevel: level as 'MN',
	ownership: 'public' as const,
	contactName: `Hiệu trưởng ${code}`,
	contactPhone: '0900000000',
	...extra
});

export async function buildReportingFixture(db: Db): Promise<Fixture> {
	await db.insert(table.dataElements).values([
		{
			code: 'TH_TS_HS',
			nameVi: 'Học sinh',
			nameEn: 'Pupils',
			valueType: 'count',
			levels: ['TH'],
			forms: ['HK1']
		},
		{
			code: 'MN_TS_TRE',
			nameVi: 'Trẻ',
			nameEn: 'Children',
			valueType: 'count',
			levels: ['MN'],
			forms: ['HK1']
		}
	]);
	await insertUnits(db, [
		{ code: 'P', name: 'Tỉnh', type: 'province' },
		{ code: 'D1', name: 'Quận 1', type: 'district', parentCode: 'P' },
		{ code: 'D2', name: 'Quận 2', type: 'district', parentCode: 'P' },
		{ code: 'C1', name: 'Phường 1', type: 'commune', parentCode: 'D1' },
		school('MN1', 'MN', 'D1'),
		school('MN2', 'MN', 'D1', { activeFrom: '2024-10-01' }),
		school('MN3', 'MN', 'D1', { activeTo: '2024-11-30' }),
		school('MN4', 'MN', 'D1', { activeTo: '2024-12-31' }),
		school('TH1', 'TH', 'D1'),
		school('TH2', 'TH', 'D1'),
		school('THCS1', 'THCS', 'D1'),
		school('THTHCS1', 'TH_THCS', 'D2')
	]);
	const unit = new Map((await db.select().from(table.units)).map((u) => [u.code, u.id]));
	const [year] = await db
		.insert(table.schoolYears)
		.values({
			code: '2024-2025',
			startDate: '2024-09-05',
			endDate: '2025-05-31',
			hk1Start: '2024-09-06',
			hk1End: '2025-01-15',
			hk2Start: '2025-01-16',
			hk2End: '2025-05-25'
		})
		.returning();
	const forms = await db
		.insert(table.reportForms)
		.values([
			{
				code: 'DAU_NAM',
				nameVi: 'Đầu năm',
				nameEn: 'Start',
				periodType: 'school_year',
				levels: ['MN', 'TH', 'THCS']
			},
			{
				code: 'HK1',
				nameVi: 'Học kỳ I',
				nameEn: 'Semester I',
				periodType: 'school_year',
				levels: ['MN', 'TH', 'THCS']
			},
			{ code: 'CAN_DO', nameVi: 'Cân đo', nameEn: 'Growth', periodType: 'school_year', levels: ['MN'] }
		])
		.returning();
	const formId = new Map(forms.map((f) => [f.code, f.id]));
	const periods = await db
		.insert(table.periods)
		.values(
			[
				{
					key: 'DAU_NAM',
					form: 'DAU_NAM',
					start: '2024-09-05',
					end: '2024-09-25',
					deadline: '2024-09-25',
					up: '2024-10-05'
				},
				{
					key: 'HK1',
					form: 'HK1',
					start: '2024-09-06',
					end: '2024-12-05',
					deadline: '2024-12-05',
					up: '2024-12-15'
				},
				{
					key: 'CAN_DO_2',
					form: 'CAN_DO',
					start: '2024-11-20',
					end: '2024-12-05',
					deadline: '2024-12-05',
					up: '2024-12-15'
				}
			].map((p, i) => ({
				schoolYearId: year.id,
				formId: formId.get(p.form)!,
				key: p.key,
				labelVi: p.key,
				labelEn: p.key,
				startDate: p.start,
				endDate: p.end,
				schoolDeadline: p.deadline,
				districtDeadline: p.up,
				sortOrder: i
			}))
		)
		.returning();
	const period = new Map(periods.map((p) => [p.key, p.id]));

	const users = {} as Fixture['users'];
	const people: [keyof Fixture['users'], Role, string][] = [
		['district', 'district', 'D1'],
		['province', 'province', 'P'],
		['school', 'school', 'TH2'],
		['inspector', 'inspector', 'D1'],
		['other', 'district', 'D2']
	];
	for (const [key, role, unitCode] of people) {
		await db
			.insert(table.users)
			.values({ id: `u-${key}`, username: key, displayName: `Người ${key}`, passwordHash: 'x' });
		await db.insert(table.roleAssignments).values({ userId: `u-${key}`, role, unitId: unit.get(unitCode)! });
		users[key] = (await loadAuthUser(db, `u-${key}`))!;
	}

	// HK1 reports. Deadline 5 Dec 2024 = until 2024-12-05T17:00Z.
	const hk1: [string, 'draft' | 'submitted' | 'returned' | 'approved', string | null][] = [
		['MN1', 'approved', '2024-12-05T16:59:00Z'], // 23:59 in Hà Nội: on time
		['MN2', 'submitted', '2024-12-05T17:01:00Z'], // 00:01 next day: 1 day late
		['MN3', 'draft', null], // closed 30 Nov: not expected, its draft does not count
		['MN4', 'submitted', '2024-12-09T03:00:00Z'], // 4 days late
		['TH1', 'returned', '2024-12-01T02:00:00Z'], // returned for correction: not received
		['TH2', 'draft', null], // missing
		['THCS1', 'submitted', '2024-12-01T02:00:00Z'], // on time
		['THTHCS1', 'approved', '2024-12-02T02:00:00Z'] // D2, on time
	];
	const sub = new Map<string, number>();
	for (const [code, status, at] of hk1) {
		const [row] = await db
			.insert(table.submissions)
			.values({
				unitId: unit.get(code)!,
				periodId: period.get('HK1')!,
				status,
				version: at ? 1 : 0,
				submittedAt: at ? new Date(at) : null,
				submittedBy: at ? 'u-school' : null
			})
			.returning();
		sub.set(code, row.id);
	}
	const [th] = await db.select().from(table.dataElements).where(eq(table.dataElements.code, 'TH_TS_HS'));
	const [mn] = await db.select().from(table.dataElements).where(eq(table.dataElements.code, 'MN_TS_TRE'));
	// Reports sent hold every figure their form requires (else they count as incomplete).
	await db.insert(table.figures).values([
		{ submissionId: sub.get('TH2')!, dataElementId: th.id, value: 420 },
		{ submissionId: sub.get('TH1')!, dataElementId: th.id, value: 510 },
		{ submissionId: sub.get('MN1')!, dataElementId: mn.id, value: 120 },
		{ submissionId: sub.get('MN2')!, dataElementId: mn.id, value: 90 },
		{ submissionId: sub.get('MN4')!, dataElementId: mn.id, value: 60 },
		{ submissionId: sub.get('THTHCS1')!, dataElementId: th.id, value: 300 }
	]);
	return { unit, period, sub, users };
}
