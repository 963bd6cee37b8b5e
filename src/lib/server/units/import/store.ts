// Writing a checked plan: new units parents first, then changes and moves (the materialized paths of
// whole subtrees follow; school years already begun keep their tree), clusters and their members,
// one audit row per unit and one for the file.
import { and, eq, inArray, isNull } from 'drizzle-orm';
import type { Db } from '../../db';
import * as table from '../../db/schema';
import { insertUnits } from '../store';
import { findUnitByCode } from '../queries';
import { moveUnitFrom } from '../placement';
import { todayVn } from '../../calendar/dates';
import type { ImportPlan, StoredUnit, UnitValues } from './plan';

const AUDIT_CHUNK = 500;

function snapshot(u: StoredUnit | UnitValues) {
	const { code, name, type, parentCode, schoolLevel, ownership } = u;
	const rest = u as Partial<StoredUnit>;
	return {
		code,
		name,
		type,
		parentCode,
		schoolLevel,
		ownership,
		ministryCode: rest.ministryCode,
		address: rest.address,
		contactPhone: rest.contactPhone,
		contactName: rest.contactName
	};
}

export async function applyUnitPlan(
	tx: Db,
	plan: ImportPlan,
	actorId: string,
	fileName: string
): Promise<void> {
	const created = plan.units.filter((u) => !u.before);
	await insertUnits(
		tx,
		created.map(({ values }) => {
			const { parentCode, ...rest } = values;
			return { ...rest, parentCode };
		})
	);
	for (const { values, before } of plan.units) {
		if (!before) continue;
		const { code, parentCode, ...fields } = values;
		await tx.update(table.units).set(fields).where(eq(table.units.code, code));
		if (parentCode && parentCode !== before.parentCode) {
			// From today: school years that have begun keep the tree they had (units/placement.ts).
			const [unit, parent] = await Promise.all([findUnitByCode(tx, code), findUnitByCode(tx, parentCode)]);
			await moveUnitFrom(tx, unit!, parent!, todayVn());
		}
	}

	const units = await tx.select({ id: table.units.id, code: table.units.code }).from(table.units);
	const unitId = new Map(units.map((u) => [u.code, u.id]));
	for (const c of plan.clusters) {
		const values = { nameVi: c.name, nameEn: c.name, ownerUnitId: unitId.get(c.ownerCode)! };
		if (c.before) await tx.update(table.unitGroups).set(values).where(eq(table.unitGroups.id, c.before.id));
		else
			await tx
				.insert(table.unitGroups)
				.values({ ...values, code: c.code, kind: 'cluster', schoolYearId: null });
	}
	const joining = plan.units.filter((u) => u.cluster);
	if (joining.length) {
		const groups = await tx
			.select({ id: table.unitGroups.id, code: table.unitGroups.code })
			.from(table.unitGroups)
			.where(and(eq(table.unitGroups.kind, 'cluster'), isNull(table.unitGroups.schoolYearId)));
		const groupId = new Map(groups.map((g) => [g.code, g.id]));
		const schoolIds = joining.map((u) => unitId.get(u.values.code)!);
		if (groups.length) {
			await tx.delete(table.unitGroupMembers).where(
				and(
					inArray(table.unitGroupMembers.unitId, schoolIds),
					inArray(
						table.unitGroupMembers.groupId,
						groups.map((g) => g.id)
					)
				)
			);
		}
		await tx
			.insert(table.unitGroupMembers)
			.values(
				joining.map((u) => ({ groupId: groupId.get(u.cluster!)!, unitId: unitId.get(u.values.code)! }))
			);
	}

	const audit = [
		...plan.units.map((u) => ({
			actorId,
			action: u.before ? 'unit.update' : 'unit.create',
			subject: u.values.code,
			unitId: unitId.get(u.values.code) ?? null,
			before: u.before ? snapshot(u.before) : null,
			after: { ...snapshot(u.values), cluster: u.cluster }
		})),
		...plan.clusters.map((c) => ({
			actorId,
			action: c.before ? 'cluster.update' : 'cluster.create',
			subject: c.code,
			unitId: unitId.get(c.ownerCode) ?? null,
			before: c.before ? { name: c.before.name, ownerCode: c.before.ownerCode } : null,
			after: { name: c.name, ownerCode: c.ownerCode }
		})),
		{
			actorId,
			action: 'units.import',
			subject: fileName,
			unitId: null,
			before: null,
			after: plan.counts
		}
	];
	for (let i = 0; i < audit.length; i += AUDIT_CHUNK) {
		await tx.insert(table.auditLog).values(audit.slice(i, i + AUDIT_CHUNK));
	}
}
