// Everything a plan's targets may refer to: the catalogue, the schools and groups under the plan's
// unit that are open in its year, and the year's reporting periods.
import { and, asc, eq, isNull, like, or, sql } from 'drizzle-orm';
import type { Db } from '../db';
import * as table from '../db/schema';
import { bilingual } from '../../i18n/translate';
import type { BaseLevel, SchoolLevel } from '../../domain/types';
import {
	EVERY_MONTH,
	type GroupInfo,
	type IndicatorInfo,
	type PeriodInfo,
	type PlanContext,
	type PlanRow,
	type SchoolInfo
} from './types';

export async function listIndicatorInfo(db: Db): Promise<Map<string, IndicatorInfo>> {
	const [indicators, elements] = await Promise.all([
		db.select().from(table.indicators).orderBy(asc(table.indicators.sortOrder)),
		db
			.select({ code: table.dataElements.code, maxLevel: table.dataElements.maxLevel })
			.from(table.dataElements)
	]);
	const maxLevels = new Map(elements.map((e) => [e.code, e.maxLevel]));
	return new Map(
		indicators.map((i) => [
			i.code,
			{
				id: i.id,
				code: i.code,
				nameVi: i.nameVi,
				nameEn: i.nameEn,
				group: i.groupKey,
				levels: i.levels as BaseLevel[],
				unit: i.unit,
				direction: i.direction,
				maxLevel: i.formula.kind === 'level' ? (maxLevels.get(i.formula.element) ?? null) : null,
				sortOrder: i.sortOrder
			}
		])
	);
}

const SCHOOL_ORDER = ['MN', 'TH', 'TH_THCS', 'THCS', 'THCS_THPT', 'THPT'];

async function listPlanSchools(db: Db, plan: PlanRow): Promise<Map<string, SchoolInfo>> {
	const rows = await db
		.select({
			id: table.units.id,
			code: table.units.code,
			name: table.units.name,
			level: table.units.schoolLevel,
			ownership: table.units.ownership
		})
		.from(table.units)
		.where(
			and(
				eq(table.units.type, 'school'),
				like(table.units.path, `${plan.unitPath}%`),
				or(isNull(table.units.activeFrom), sql`${table.units.activeFrom} <= ${plan.yearEnd}`),
				or(isNull(table.units.activeTo), sql`${table.units.activeTo} >= ${plan.yearStart}`)
			)
		);
	// Schools in the order plans list them: by level, public before non-public, then by name.
	const rank = (r: (typeof rows)[number]) => SCHOOL_ORDER.indexOf(r.level ?? 'THPT');
	rows.sort(
		(a, b) =>
			rank(a) - rank(b) ||
			Number(a.ownership === 'non_public') - Number(b.ownership === 'non_public') ||
			a.name.localeCompare(b.name, 'vi')
	);
	return new Map(
		rows.map((r) => [r.code, { ...r, level: r.level as SchoolLevel, ownership: r.ownership ?? 'public' }])
	);
}

/** Groups of the plan's year (or of no year) whose members all lie under the plan's unit. */
async function listPlanGroups(db: Db, plan: PlanRow): Promise<Map<string, GroupInfo>> {
	const rows = await db
		.select({
			id: table.unitGroups.id,
			code: table.unitGroups.code,
			nameVi: table.unitGroups.nameVi,
			nameEn: table.unitGroups.nameEn,
			unitId: table.units.id,
			path: table.units.path,
			level: table.units.schoolLevel
		})
		.from(table.unitGroups)
		.innerJoin(table.unitGroupMembers, eq(table.unitGroupMembers.groupId, table.unitGroups.id))
		.innerJoin(table.units, eq(table.units.id, table.unitGroupMembers.unitId))
		.where(or(isNull(table.unitGroups.schoolYearId), eq(table.unitGroups.schoolYearId, plan.yearId)))
		.orderBy(asc(table.unitGroups.code));
	const groups = new Map<string, GroupInfo & { outside: boolean }>();
	for (const r of rows) {
		let g = groups.get(r.code);
		if (!g) {
			g = {
				id: r.id,
				code: r.code,
				nameVi: r.nameVi,
				nameEn: r.nameEn,
				memberIds: [],
				memberLevels: [],
				outside: false
			};
			groups.set(r.code, g);
		}
		if (!r.path.startsWith(plan.unitPath)) g.outside = true;
		g.memberIds.push(r.unitId);
		if (r.level && !g.memberLevels.includes(r.level)) g.memberLevels.push(r.level);
	}
	const usable = new Map<string, GroupInfo>();
	for (const [code, { outside, ...g }] of groups) if (!outside) usable.set(code, g);
	return usable;
}

async function listPlanPeriods(db: Db, plan: PlanRow): Promise<Map<string, PeriodInfo>> {
	const rows = await db
		.select({
			key: table.periods.key,
			labelVi: table.periods.labelVi,
			labelEn: table.periods.labelEn,
			sortOrder: table.periods.sortOrder,
			periodType: table.reportForms.periodType
		})
		.from(table.periods)
		.innerJoin(table.reportForms, eq(table.reportForms.id, table.periods.formId))
		.where(eq(table.periods.schoolYearId, plan.yearId))
		.orderBy(asc(table.periods.sortOrder));
	const periods = new Map<string, PeriodInfo>(
		rows.map((r) => [
			r.key,
			{
				key: r.key,
				labelVi: r.labelVi,
				labelEn: r.labelEn,
				sortOrder: r.sortOrder,
				monthly: r.periodType === 'monthly'
			}
		])
	);
	const every = bilingual('plans.period.THANG');
	periods.set(EVERY_MONTH, {
		key: EVERY_MONTH,
		labelVi: every.vi,
		labelEn: every.en,
		sortOrder: 10_000,
		monthly: true
	});
	return periods;
}

export async function loadPlanContext(db: Db, plan: PlanRow): Promise<PlanContext> {
	const [indicators, schools, groups, periods] = await Promise.all([
		listIndicatorInfo(db),
		listPlanSchools(db, plan),
		listPlanGroups(db, plan),
		listPlanPeriods(db, plan)
	]);
	return { plan, indicators, schools, groups, periods };
}
