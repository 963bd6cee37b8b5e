import { sql } from 'drizzle-orm';
import type { Db } from '../db';
import * as table from '../db/schema';
import { hashPassword } from '../auth/password';
import type { Role } from '../auth/user';
import { insertUnits } from '../units/store';
import { listProvinceUnits } from './unit-list';
import { clusters2025, communes2025, DEMO_SCHOOL_CODE, districts, province } from './data/units';
import { DEMO_AS_OF, periodsFor, schoolYears } from './data/calendar';
import { demoGroups, plans } from './data/plans';
import { generateFigures, type GeneratedSubmission } from './generate-figures';
import { insertGenerated, type SubmissionStatus } from './load-figures';
import { loadCalendar } from './load-reference';
import { loadStandardCatalogue } from '../catalogue/load-standard';
import { loadPlans } from './load-plans';
import {
	holdBackLate,
	inProgressStatus,
	lastDueKey,
	latestArrivals,
	leaveIncomplete,
	yearEnded
} from './year-in-progress';

export const DEMO_PASSWORD = 'chitieu-demo';
/** Three years with plans, and 2026-2027 under way at DEMO_AS_OF (no plan yet, only the reports due). */
export const DEMO_YEARS = ['2023-2024', '2024-2025', '2025-2026', '2026-2027'];

export const DEMO_USERS: { username: string; displayName: string; role: Role; unit: string | null }[] = [
	{ username: 'admin', displayName: 'Quản trị hệ thống', role: 'admin', unit: null },
	{ username: 'province', displayName: 'Lãnh đạo Sở GD&ĐT', role: 'province', unit: province.code },
	{ username: 'district', displayName: 'Phòng GD&ĐT Hải An', role: 'district', unit: 'HAIAN' },
	{ username: 'inspector', displayName: 'Thanh tra Hải An', role: 'inspector', unit: 'HAIAN' },
	{ username: 'school', displayName: 'Hiệu trưởng', role: 'school', unit: DEMO_SCHOOL_CODE },
	{ username: 'anlao', displayName: 'Phòng GD&ĐT An Lão', role: 'district', unit: 'ANLAO' }
];

/**
 * Deliberate variety: some schools under target, one implausibly high, some late, some missing, and
 * one An Lão primary school whose start-of-year report of the running year lacks required figures.
 */
export function demoQuirks(): {
	underTarget: string[];
	implausiblyHigh: string[];
	late: string[];
	missing: string[];
	incomplete: string[];
} {
	const pick = (district: string, level: string, n: number, skip = 0) =>
		districts
			.find((d) => d.code === district)!
			.schools.filter((s) => s.level === level && s.code !== DEMO_SCHOOL_CODE)
			.slice(skip, skip + n)
			.map((s) => s.code);
	return {
		underTarget: [...pick('HAIAN', 'TH', 2, 1), ...pick('HAIAN', 'MN', 2, 3), ...pick('ANLAO', 'TH', 2, 2)],
		implausiblyHigh: pick('HAIAN', 'TH', 1, 4),
		late: [...pick('HAIAN', 'THCS', 2), ...pick('HAIAN', 'MN', 2, 6), ...pick('ANLAO', 'TH', 1, 5)],
		missing: [...pick('HAIAN', 'MN', 1, 10), ...pick('ANLAO', 'TH', 1, 7)],
		incomplete: pick('ANLAO', 'TH', 1)
	};
}

const unitList = () => listProvinceUnits(province, districts);

async function loadGroups(db: Db, unitIds: Map<string, number>, yearIds: Map<string, number>): Promise<void> {
	const year2025 = yearIds.get('2025-2026') ?? null;
	const defs = [
		...communes2025.map((c) => ({
			code: c.code,
			nameVi: c.name,
			nameEn: c.name,
			kind: 'commune' as const,
			year: year2025,
			owner: province.code,
			schools: districts.flatMap((d) => d.schools.filter((s) => s.commune2025 === c.code).map((s) => s.code))
		})),
		...clusters2025.map((c) => ({
			code: c.code,
			nameVi: c.name,
			nameEn: c.name,
			kind: 'cluster' as const,
			year: year2025,
			owner: province.code,
			schools: districts.flatMap((d) => d.schools.filter((s) => s.cluster2025 === c.code).map((s) => s.code))
		})),
		...demoGroups.map((g) => ({ ...g, year: null, owner: 'HAIAN' }))
	];
	for (const g of defs) {
		const [row] = await db
			.insert(table.unitGroups)
			.values({
				code: g.code,
				nameVi: g.nameVi,
				nameEn: g.nameEn,
				kind: g.kind,
				schoolYearId: g.year,
				ownerUnitId: unitIds.get(g.owner) ?? null
			})
			.returning({ id: table.unitGroups.id });
		if (g.schools.length) {
			await db
				.insert(table.unitGroupMembers)
				.values(g.schools.map((code) => ({ groupId: row.id, unitId: unitIds.get(code)! })));
		}
	}
}

async function loadUsers(db: Db, unitIds: Map<string, number>): Promise<Map<string, string>> {
	const passwordHash = await hashPassword(DEMO_PASSWORD);
	const ids = new Map<string, string>();
	for (const u of DEMO_USERS) {
		const id = `u-${u.username}`;
		await db
			.insert(table.users)
			.values({ id, username: u.username, displayName: u.displayName, passwordHash });
		await db
			.insert(table.roleAssignments)
			.values({ userId: id, role: u.role, unitId: u.unit ? unitIds.get(u.unit)! : null });
		ids.set(u.username, id);
	}
	return ids;
}

function statusFor(yearCode: string) {
	return (s: GeneratedSubmission): SubmissionStatus => {
		if (!s.submittedAt) return 'draft' as const;
		if (yearCode !== '2025-2026') return 'approved' as const;
		return s.periodKey === 'CUOI_NAM' ? ('submitted' as const) : ('approved' as const);
	};
}

/** Loads the whole demo into an empty database. */
export async function seedDemo(db: Db): Promise<{ units: number; figures: number }> {
	return db.transaction(async (tx) => {
		await loadStandardCatalogue(tx, null);
		const periodIds = await loadCalendar(tx, DEMO_YEARS);
		const yearRows = await tx.select().from(table.schoolYears);
		const yearIds = new Map(yearRows.map((y) => [y.code, y.id]));
		const list = unitList();
		const unitIds = await insertUnits(tx, list);
		await loadGroups(tx, unitIds, yearIds);
		const userIds = await loadUsers(tx, unitIds);
		await loadPlans(tx, plans);
		const elements = await tx
			.select({ id: table.dataElements.id, code: table.dataElements.code })
			.from(table.dataElements);
		const elementIds = new Map(elements.map((e) => [e.code, e.id]));
		const schools = districts.flatMap((d) => d.schools);
		const quirks = demoQuirks();
		const districtOf = new Map(districts.flatMap((d) => d.schools.map((s) => [s.code, d.code])));
		let figures = 0;
		for (const [i, yearCode] of DEMO_YEARS.entries()) {
			const periods = periodsFor(yearCode);
			let submissions = generateFigures({
				schools,
				yearCode,
				periods,
				seed: 2024 + i,
				yearIndex: i,
				quirks,
				asOf: DEMO_AS_OF
			});
			let statusOf = statusFor(yearCode);
			const year = schoolYears.find((y) => y.code === yearCode)!;
			if (!yearEnded(year, DEMO_AS_OF)) {
				const last = lastDueKey(periods, DEMO_AS_OF);
				submissions = leaveIncomplete(
					holdBackLate(submissions, quirks.late, last),
					quirks.incomplete,
					'DAU_NAM'
				);
				const awaiting = latestArrivals(submissions, last, districtOf);
				// The district has yet to decide on the incomplete report: it asks for a confirmation.
				for (const code of quirks.incomplete) awaiting.add(`${code}/DAU_NAM`);
				statusOf = inProgressStatus(awaiting);
			}
			figures += await insertGenerated(tx, {
				yearCode,
				submissions,
				unitIds,
				periodIds,
				elementIds,
				statusOf,
				actorId: userIds.get('school') ?? null
			});
		}
		await tx
			.insert(table.auditLog)
			.values({ action: 'demo.seed', subject: 'demo', after: sql`${JSON.stringify({ figures })}::jsonb` });
		return { units: list.length, figures };
	});
}
