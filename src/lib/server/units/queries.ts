import { and, asc, eq, inArray, like, or, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Db } from '../db';
import * as table from '../db/schema';

export type UnitRow = typeof table.units.$inferSelect;

export type PublicUnit = {
	code: string;
	name: string;
	type: string;
	parent: string | null;
	schoolLevel: string | null;
	ownership: string | null;
	ministryCode: string | null;
	address: string | null;
	contact: { name: string | null; phone: string | null };
	/** First and last open day (inclusive); null: always. */
	activeFrom: string | null;
	activeTo: string | null;
	/** A school merged into another: that school's code. */
	mergedInto: string | null;
};

export async function findUnitByCode(db: Db, code: string): Promise<UnitRow | null> {
	const [row] = await db.select().from(table.units).where(eq(table.units.code, code));
	return row ?? null;
}

/** The school a form names; null when the code names no unit, or an area. */
export async function findSchoolByCode(db: Db, code: string): Promise<UnitRow | null> {
	const unit = await findUnitByCode(db, code);
	return unit?.type === 'school' ? unit : null;
}

/** A condition "the unit lies under one of these paths" (the materialized-path prefix match). */
export function underPaths(paths: string[]): SQL | undefined {
	if (paths.length === 0) return sql`false`;
	return or(...paths.map((p) => like(table.units.path, `${p}%`)));
}

/**
 * Units under `rootPath` (itself included) that lie within the caller's scope;
 * `scope.all` for administrators.
 */
export async function listUnits(
	db: Db,
	options: { scope: { all: boolean; paths: string[] }; underPath?: string; types?: string[] }
): Promise<(UnitRow & { parentCode: string | null; mergedIntoCode: string | null })[]> {
	const parent = alias(table.units, 'parent');
	const merged = alias(table.units, 'merged');
	const conditions: (SQL | undefined)[] = [];
	if (!options.scope.all) conditions.push(underPaths(options.scope.paths));
	if (options.underPath) conditions.push(like(table.units.path, `${options.underPath}%`));
	if (options.types?.length) conditions.push(inArray(table.units.type, options.types as UnitRow['type'][]));
	const rows = await db
		.select({ unit: table.units, parentCode: parent.code, mergedIntoCode: merged.code })
		.from(table.units)
		.leftJoin(parent, eq(parent.id, table.units.parentId))
		.leftJoin(merged, eq(merged.id, table.units.mergedIntoId))
		.where(and(...conditions))
		.orderBy(asc(table.units.depth), asc(table.units.name));
	return rows.map((r) => ({ ...r.unit, parentCode: r.parentCode, mergedIntoCode: r.mergedIntoCode }));
}

export function toPublicUnit(
	u: UnitRow & { parentCode: string | null; mergedIntoCode?: string | null }
): PublicUnit {
	return {
		code: u.code,
		name: u.name,
		type: u.type,
		parent: u.parentCode,
		schoolLevel: u.schoolLevel,
		ownership: u.ownership,
		ministryCode: u.ministryCode,
		address: u.address,
		contact: { name: u.contactName, phone: u.contactPhone },
		activeFrom: u.activeFrom,
		activeTo: u.activeTo,
		mergedInto: u.mergedIntoCode ?? null
	};
}

/** The chain from the root down to the unit, for breadcrumbs. */
export async function listAncestors(db: Db, unit: UnitRow): Promise<UnitRow[]> {
	const ids = unit.path.split('/').filter(Boolean).map(Number);
	if (ids.length === 0) return [];
	const rows = await db.select().from(table.units).where(inArray(table.units.id, ids));
	return rows.sort((a, b) => a.depth - b.depth);
}

/** How many units of each type lie within the scope (the school list page's summary). */
export async function countUnitsByType(
	db: Db,
	scope: { all: boolean; paths: string[] }
): Promise<Record<string, number>> {
	const rows = await db
		.select({ type: table.units.type, n: sql<number>`count(*)::int` })
		.from(table.units)
		.where(scope.all ? undefined : underPaths(scope.paths))
		.groupBy(table.units.type);
	return Object.fromEntries(rows.map((r) => [r.type, Number(r.n)]));
}
