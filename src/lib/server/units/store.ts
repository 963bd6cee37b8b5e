import { eq, sql } from 'drizzle-orm';
import type { Db } from '../db';
import * as table from '../db/schema';

export type NewUnit = Omit<typeof table.units.$inferInsert, 'path' | 'depth' | 'parentId' | 'id'> & {
	parentCode?: string | null;
};

/** Inserts units parents-first, filling the materialized path; returns code → id. */
export async function insertUnits(db: Db, list: NewUnit[]): Promise<Map<string, number>> {
	const ids = new Map<string, number>();
	const paths = new Map<string, string>();
	const existing = await db
		.select({ id: table.units.id, code: table.units.code, path: table.units.path })
		.from(table.units);
	for (const u of existing) {
		ids.set(u.code, u.id);
		paths.set(u.code, u.path);
	}
	const chunk = 500;
	const pending = list.filter((u) => !ids.has(u.code));
	// Parents must exist before children: insert level by level.
	while (pending.length) {
		const ready = pending.filter((u) => !u.parentCode || ids.has(u.parentCode));
		if (ready.length === 0)
			throw new Error(`units with unknown parents: ${pending.map((u) => u.code).join(', ')}`);
		for (let i = 0; i < ready.length; i += chunk) {
			const batch = ready.slice(i, i + chunk);
			const rows = await db
				.insert(table.units)
				.values(
					batch.map(({ parentCode, ...u }) => ({
						...u,
						parentId: parentCode ? ids.get(parentCode)! : null,
						path: '',
						depth: parentCode ? paths.get(parentCode)!.split('/').filter(Boolean).length : 0
					}))
				)
				.returning({ id: table.units.id, code: table.units.code, parentId: table.units.parentId });
			for (const r of rows) {
				const parentCode = batch.find((b) => b.code === r.code)!.parentCode;
				const path = `${parentCode ? paths.get(parentCode)! : '/'}${r.id}/`;
				ids.set(r.code, r.id);
				paths.set(r.code, path);
			}
			await db.execute(
				sql`update units set path = v.path from (values ${sql.join(
					rows.map((r) => sql`(${r.id}::int, ${paths.get(r.code)!})`),
					sql`, `
				)}) as v(id, path) where units.id = v.id`
			);
		}
		for (const u of ready) pending.splice(pending.indexOf(u), 1);
	}
	return ids;
}

export async function updateUnitParent(db: Db, code: string, parentCode: string): Promise<void> {
	const [unit] = await db.select().from(table.units).where(eq(table.units.code, code));
	const [parent] = await db.select().from(table.units).where(eq(table.units.code, parentCode));
	if (!unit || !parent) throw new Error('unknown unit');
	const newPath = `${parent.path}${unit.id}/`;
	await db.execute(
		sql`update units set path = ${newPath} || substr(path, ${unit.path.length + 1}),
		    depth = depth - ${unit.depth} + ${parent.depth + 1}
		    where path like ${unit.path + '%'}`
	);
	await db.update(table.units).set({ parentId: parent.id }).where(eq(table.units.id, unit.id));
}
