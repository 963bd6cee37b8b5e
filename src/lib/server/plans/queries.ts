import { and, asc, desc, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '../db';
import * as table from '../db/schema';
import { underPaths } from '../units/queries';
import type { PlanContext, PlanRow, TargetView } from './types';

export { listIndicatorInfo, loadPlanContext } from './plan-context';

const planColumns = {
	id: table.plans.id,
	unitId: table.plans.unitId,
	unitCode: table.units.code,
	unitName: table.units.name,
	unitPath: table.units.path,
	unitType: table.units.type,
	yearId: table.schoolYears.id,
	yearCode: table.schoolYears.code,
	yearStart: table.schoolYears.startDate,
	yearEnd: table.schoolYears.endDate,
	titleVi: table.plans.titleVi,
	titleEn: table.plans.titleEn
};

export async function findPlan(db: Db, unitCode: string, yearCode: string): Promise<PlanRow | null> {
	const [row] = await db
		.select(planColumns)
		.from(table.plans)
		.innerJoin(table.units, eq(table.units.id, table.plans.unitId))
		.innerJoin(table.schoolYears, eq(table.schoolYears.id, table.plans.schoolYearId))
		.where(and(eq(table.units.code, unitCode), eq(table.schoolYears.code, yearCode)));
	return row ?? null;
}

export async function findPlanById(db: Db, id: number): Promise<PlanRow | null> {
	const [row] = await db
		.select(planColumns)
		.from(table.plans)
		.innerJoin(table.units, eq(table.units.id, table.plans.unitId))
		.innerJoin(table.schoolYears, eq(table.schoolYears.id, table.plans.schoolYearId))
		.where(eq(table.plans.id, id));
	return row ?? null;
}

export type PlanSummary = PlanRow & { targets: number; schoolTargets: number };

/** Plans of the units under the caller's scope, newest year first. */
export async function listPlans(
	db: Db,
	options: { scope: { all: boolean; paths: string[] }; yearCode?: string }
): Promise<PlanSummary[]> {
	const conditions = [];
	if (!options.scope.all) conditions.push(underPaths(options.scope.paths));
	if (options.yearCode) conditions.push(eq(table.schoolYears.code, options.yearCode));
	const rows = await db
		.select({
			...planColumns,
			targets: sql<number>`(select count(*)::int from targets t where t.plan_id = ${table.plans.id})`,
			schoolTargets: sql<number>`(select count(*)::int from targets t where t.plan_id = ${table.plans.id} and t.scope_kind = 'school')`
		})
		.from(table.plans)
		.innerJoin(table.units, eq(table.units.id, table.plans.unitId))
		.innerJoin(table.schoolYears, eq(table.schoolYears.id, table.plans.schoolYearId))
		.where(and(...conditions))
		.orderBy(desc(table.schoolYears.startDate), asc(table.units.depth), asc(table.units.name));
	return rows.map((r) => ({ ...r, targets: Number(r.targets), schoolTargets: Number(r.schoolTargets) }));
}

export type YearRow = { id: number; code: string; startDate: string; endDate: string };

export async function listYears(db: Db): Promise<YearRow[]> {
	return db
		.select({
			id: table.schoolYears.id,
			code: table.schoolYears.code,
			startDate: table.schoolYears.startDate,
			endDate: table.schoolYears.endDate
		})
		.from(table.schoolYears)
		.orderBy(asc(table.schoolYears.startDate));
}

/** Districts and provinces under the caller's scope: the units that own plans. */
export async function listPlanningUnits(db: Db, scope: { all: boolean; paths: string[] }) {
	const conditions = [inArray(table.units.type, ['province', 'district'] as const)];
	if (!scope.all) conditions.push(underPaths(scope.paths)!);
	return db
		.select({
			id: table.units.id,
			code: table.units.code,
			name: table.units.name,
			path: table.units.path,
			type: table.units.type
		})
		.from(table.units)
		.where(and(...conditions))
		.orderBy(asc(table.units.depth), asc(table.units.name));
}

/** The plan's targets in the order of the plan documents' groups, then as entered. */
export async function listTargets(db: Db, ctx: PlanContext, onlyId?: number): Promise<TargetView[]> {
	const rows = await db
		.select({
			target: table.targets,
			schoolCode: table.units.code,
			schoolName: table.units.name,
			groupCode: table.unitGroups.code,
			groupVi: table.unitGroups.nameVi,
			groupEn: table.unitGroups.nameEn
		})
		.from(table.targets)
		.leftJoin(table.units, eq(table.units.id, table.targets.scopeUnitId))
		.leftJoin(table.unitGroups, eq(table.unitGroups.id, table.targets.scopeGroupId))
		.where(
			and(
				eq(table.targets.planId, ctx.plan.id),
				onlyId === undefined ? undefined : eq(table.targets.id, onlyId)
			)
		)
		.orderBy(asc(table.targets.sortOrder), asc(table.targets.id));
	const byId = new Map([...ctx.indicators.values()].map((i) => [i.id, i]));
	return rows.map(({ target: t, ...r }) => {
		const indicatorInfo = byId.get(t.indicatorId)!;
		const scope =
			t.scopeKind === 'school'
				? { kind: 'school' as const, code: r.schoolCode ?? '' }
				: t.scopeKind === 'group'
					? { kind: 'group' as const, code: r.groupCode ?? '' }
					: { kind: 'area' as const };
		return {
			id: t.id,
			sortOrder: t.sortOrder,
			indicator: indicatorInfo.code,
			indicatorInfo,
			comparator: t.comparator,
			value: t.value,
			min: t.min,
			max: t.max,
			scope,
			scopeId: t.scopeUnitId ?? t.scopeGroupId,
			scopeName:
				t.scopeKind === 'school'
					? { vi: r.schoolName ?? '', en: r.schoolName ?? '' }
					: t.scopeKind === 'group'
						? { vi: r.groupVi ?? '', en: r.groupEn ?? '' }
						: null,
			judgedAt: t.judgedAt,
			baseline: t.baseline,
			plannedNumerator: t.plannedNumerator,
			plannedDenominator: t.plannedDenominator,
			source: t.source
		};
	});
}

export async function findTarget(db: Db, ctx: PlanContext, id: number): Promise<TargetView | null> {
	const [row] = await listTargets(db, ctx, id);
	return row ?? null;
}
