import type { Db } from '../db';
import * as table from '../db/schema';
import type { PlanDef } from '../../domain/types';

/** Inserts plans and their targets, resolving unit, group and indicator codes. */
export async function loadPlans(db: Db, list: PlanDef[]): Promise<void> {
	const units = new Map(
		(await db.select({ id: table.units.id, code: table.units.code }).from(table.units)).map((u) => [
			u.code,
			u.id
		])
	);
	const groups = new Map(
		(await db.select({ id: table.unitGroups.id, code: table.unitGroups.code }).from(table.unitGroups)).map(
			(g) => [g.code, g.id]
		)
	);
	const indicators = new Map(
		(await db.select({ id: table.indicators.id, code: table.indicators.code }).from(table.indicators)).map(
			(i) => [i.code, i.id]
		)
	);
	const years = new Map((await db.select().from(table.schoolYears)).map((y) => [y.code, y.id]));
	const need = <T>(map: Map<string, T>, key: string, what: string): T => {
		const v = map.get(key);
		if (v === undefined) throw new Error(`plan refers to unknown ${what} ${key}`);
		return v;
	};
	for (const plan of list) {
		if (!years.has(plan.schoolYear)) continue;
		const [row] = await db
			.insert(table.plans)
			.values({
				unitId: need(units, plan.unit, 'unit'),
				schoolYearId: need(years, plan.schoolYear, 'school year'),
				titleVi: plan.titleVi,
				titleEn: plan.titleEn
			})
			.returning({ id: table.plans.id });
		if (plan.targets.length === 0) continue;
		await db.insert(table.targets).values(
			plan.targets.map((t, i) => ({
				planId: row.id,
				indicatorId: need(indicators, t.indicator, 'indicator'),
				comparator: t.comparator,
				value: t.value ?? null,
				min: t.min ?? null,
				max: t.max ?? null,
				scopeKind: t.scope.kind,
				scopeUnitId: t.scope.kind === 'school' ? need(units, t.scope.school, 'school') : null,
				scopeGroupId: t.scope.kind === 'group' ? need(groups, t.scope.group, 'group') : null,
				judgedAt: t.judgedAt ?? 'CUOI_NAM',
				baseline: t.baseline ?? null,
				plannedNumerator: t.plannedNumerator ?? null,
				plannedDenominator: t.plannedDenominator ?? null,
				weight: t.weight ?? null,
				source: t.source,
				sortOrder: i
			}))
		);
	}
}
