// The school list import: read, check against the database, then store all of it or nothing.
import { eq, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Db } from '../../db';
import * as table from '../../db/schema';
import { rootsFor } from '../../auth/access';
import type { AuthUser } from '../../auth/user';
import { parseUnitRows } from './parse-rows';
import { planUnitImport, type ImportPlan, type Stored, type StoredUnit } from './plan';
import type { UnitProblem } from './problems';
import { readUnitFile } from './read-unit-file';
import { applyUnitPlan } from './store';

export type UnitImportStatus = 'preview' | 'stored' | 'unchanged' | 'rejected';

export type UnitImportOutcome = {
	status: UnitImportStatus;
	encoding: string | null;
	units: ImportPlan['counts'];
	errors: UnitProblem[];
	forbidden: boolean;
};

// Two imports of school lists never interleave (the tree is checked whole, then written).
const UNIT_IMPORT_LOCK = 727201;

export async function loadStoredUnits(db: Db): Promise<Stored> {
	const parent = alias(table.units, 'parent');
	const rows = await db
		.select({ unit: table.units, parentCode: parent.code })
		.from(table.units)
		.leftJoin(parent, eq(parent.id, table.units.parentId));
	const units = new Map<string, StoredUnit>();
	const codeOf = new Map<number, string>();
	for (const { unit: u, parentCode } of rows) {
		codeOf.set(u.id, u.code);
		units.set(u.code, {
			id: u.id,
			code: u.code,
			name: u.name,
			type: u.type,
			parentCode,
			path: u.path,
			schoolLevel: u.schoolLevel,
			ownership: u.ownership,
			ministryCode: u.ministryCode,
			address: u.address,
			contactPhone: u.contactPhone,
			contactName: u.contactName
		});
	}
	const groups = await db.select().from(table.unitGroups);
	const clusters: Stored['clusters'] = new Map();
	const otherGroupCodes = new Set<string>();
	for (const g of groups) {
		if (g.kind === 'cluster' && g.schoolYearId === null) {
			const ownerCode = g.ownerUnitId ? (codeOf.get(g.ownerUnitId) ?? null) : null;
			clusters.set(g.code, { id: g.id, code: g.code, name: g.nameVi, ownerCode });
		} else otherGroupCodes.add(g.code);
	}
	const memberships: Stored['memberships'] = new Map();
	if (clusters.size) {
		const clusterCode = new Map([...clusters.values()].map((c) => [c.id, c.code]));
		const members = await db.select().from(table.unitGroupMembers);
		for (const m of members) {
			const code = clusterCode.get(m.groupId);
			const school = codeOf.get(m.unitId);
			if (!code || !school) continue;
			if (!memberships.has(school)) memberships.set(school, new Set());
			memberships.get(school)!.add(code);
		}
	}
	return { units, clusters, memberships, otherGroupCodes };
}

const NONE = { new: 0, changed: 0, unchanged: 0 };

export async function importUnits(
	db: Db,
	user: AuthUser,
	file: { bytes: Uint8Array; fileName: string },
	options: { dryRun: boolean }
): Promise<UnitImportOutcome> {
	const grid = await readUnitFile(file.bytes);
	if ('problem' in grid) {
		return { status: 'rejected', encoding: null, units: NONE, errors: [grid.problem], forbidden: false };
	}
	const parsed = parseUnitRows(grid.rows, grid.rowNumbers);
	const scope = rootsFor(user, 'manage_units');
	// The tree's checks name fields; the answer names the columns as the file heads them.
	const headers = parsed.headers as Record<string, string | undefined>;
	const rejected = (plan: Pick<ImportPlan, 'problems' | 'forbidden'>): UnitImportOutcome => ({
		status: 'rejected',
		encoding: grid.encoding,
		units: NONE,
		errors: plan.problems.map((p) => ({ ...p, column: headers[p.column] ?? p.column })),
		forbidden: plan.forbidden
	});
	if (parsed.problems.length) {
		// Report the tree's problems too, but not a parent that is only missing because its row was refused.
		const plan = planUnitImport(parsed.records, await loadStoredUnits(db), scope);
		const more = plan.problems.filter(
			(p) => !(p.code === 'unknown_parent' && parsed.refusedCodes.has(p.value))
		);
		const problems = [...parsed.problems, ...more].sort((a, b) => a.row - b.row);
		return rejected({ problems, forbidden: plan.forbidden });
	}

	if (options.dryRun) {
		const plan = planUnitImport(parsed.records, await loadStoredUnits(db), scope);
		if (plan.problems.length) return rejected(plan);
		return { status: 'preview', encoding: grid.encoding, units: plan.counts, errors: [], forbidden: false };
	}
	return db.transaction(async (tx) => {
		await tx.execute(sql`select pg_advisory_xact_lock(${UNIT_IMPORT_LOCK})`);
		const plan = planUnitImport(parsed.records, await loadStoredUnits(tx), scope);
		if (plan.problems.length) return rejected(plan);
		const changes = plan.counts.new + plan.counts.changed;
		if (changes > 0) await applyUnitPlan(tx, plan, user.id, file.fileName);
		return {
			status: changes > 0 ? 'stored' : 'unchanged',
			encoding: grid.encoding,
			units: plan.counts,
			errors: [],
			forbidden: false
		};
	});
}
