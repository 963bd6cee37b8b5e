// Groups of schools beside the tree (clusters, communes' groups, custom groups that plans target):
// no page makes them yet, so the workbook stores them here, one audit row per group.
import { asc, eq, inArray } from 'drizzle-orm';
import type { Db } from '../db';
import * as table from '../db/schema';
import { recordAudit } from '../auth/audit';
import { bilingual, type SheetProblems } from './workbook-problems';
import { splitList, type SheetRecord } from './workbook-sheets';
import type { StoreContext } from './store-sheets';

const KINDS = ['cluster', 'commune', 'custom'] as const;
type Kind = (typeof KINDS)[number];

export async function exportGroupRows(db: Db, unitCodes: Set<string>) {
	const groups = await db.select().from(table.unitGroups).orderBy(asc(table.unitGroups.code));
	const units = await db.select({ id: table.units.id, code: table.units.code }).from(table.units);
	const years = await db
		.select({ id: table.schoolYears.id, code: table.schoolYears.code })
		.from(table.schoolYears);
	const codeOf = new Map(units.map((u) => [u.id, u.code]));
	const yearOf = new Map(years.map((y) => [y.id, y.code]));
	const members = await db.select().from(table.unitGroupMembers);
	const rows = [];
	for (const g of groups) {
		const owner = g.ownerUnitId ? (codeOf.get(g.ownerUnitId) ?? '') : '';
		if (!unitCodes.has(owner)) continue;
		const list = members
			.filter((m) => m.groupId === g.id)
			.map((m) => codeOf.get(m.unitId) ?? '')
			.filter((c) => unitCodes.has(c))
			.sort();
		rows.push({
			code: g.code,
			nameVi: g.nameVi,
			nameEn: g.nameEn,
			kind: g.kind,
			owner,
			year: g.schoolYearId ? (yearOf.get(g.schoolYearId) ?? '') : '',
			members: list.join(', ')
		});
	}
	return rows;
}

export async function storeGroups(c: StoreContext, records: SheetRecord[], p: SheetProblems) {
	let n = 0;
	for (const { row, values: v } of records) {
		const code = (v.code ?? '').toUpperCase();
		const kind = (v.kind ?? '') as Kind;
		const fail = (field: string, key: Parameters<typeof bilingual>[0]) =>
			p.add(row, field, v[field] ?? '', bilingual(key));
		if (!/^[A-Z0-9][A-Z0-9_.-]{0,39}$/.test(code)) fail('code', 'setupBook.error.groupCode');
		if (!v.nameVi || !v.nameEn) fail(v.nameVi ? 'nameEn' : 'nameVi', 'setupBook.error.name');
		if (!KINDS.includes(kind)) fail('kind', 'setupBook.error.groupKind');
		const [owner] = await c.tx
			.select({ id: table.units.id })
			.from(table.units)
			.where(eq(table.units.code, (v.owner ?? '').toUpperCase()));
		if (!owner) fail('owner', 'setupBook.error.unknownUnit');
		const [year] = v.year
			? await c.tx
					.select({ id: table.schoolYears.id })
					.from(table.schoolYears)
					.where(eq(table.schoolYears.code, v.year))
			: [null];
		if (v.year && !year) fail('year', 'setupBook.error.unknownYear');
		const codes = splitList(v.members).map((s) => s.toUpperCase());
		const found = codes.length
			? await c.tx
					.select({ id: table.units.id, code: table.units.code })
					.from(table.units)
					.where(inArray(table.units.code, codes))
			: [];
		if (found.length !== codes.length) fail('members', 'setupBook.error.unknownMembers');
		const [exists] = await c.tx
			.select({ id: table.unitGroups.id })
			.from(table.unitGroups)
			.where(eq(table.unitGroups.code, code));
		if (exists) fail('code', 'setupBook.error.groupExists');
		if (p.count > 0) continue;
		const [g] = await c.tx
			.insert(table.unitGroups)
			.values({
				code,
				nameVi: v.nameVi,
				nameEn: v.nameEn,
				kind,
				ownerUnitId: owner.id,
				schoolYearId: year?.id ?? null
			})
			.returning({ id: table.unitGroups.id });
		if (found.length)
			await c.tx.insert(table.unitGroupMembers).values(found.map((u) => ({ groupId: g.id, unitId: u.id })));
		await recordAudit(c.tx, {
			actorId: c.actorId,
			action: 'unit_group.create',
			unitId: owner.id,
			subject: code,
			after: { code, kind, owner: v.owner, year: v.year || null, members: codes }
		});
		n++;
	}
	return n;
}
