import { asc } from 'drizzle-orm';
import type { Db } from '../db';
import * as table from '../db/schema';

export type DataElementRow = typeof table.dataElements.$inferSelect;
export type IndicatorRow = typeof table.indicators.$inferSelect;

export async function listDataElements(db: Db): Promise<DataElementRow[]> {
	return db.select().from(table.dataElements).orderBy(asc(table.dataElements.sortOrder));
}

/** Codes and Vietnamese names only: the file reader matches headers typed without their code. */
export async function listElementNames(db: Db): Promise<{ code: string; nameVi: string }[]> {
	return db
		.select({ code: table.dataElements.code, nameVi: table.dataElements.nameVi })
		.from(table.dataElements);
}

export async function listIndicators(db: Db): Promise<IndicatorRow[]> {
	return db.select().from(table.indicators).orderBy(asc(table.indicators.sortOrder));
}

/** The public catalogue contract of GET /api/catalogue. */
export async function readCatalogue(db: Db) {
	const [elements, indicators] = await Promise.all([listDataElements(db), listIndicators(db)]);
	return {
		dataElements: elements.map((d) => ({
			code: d.code,
			name: { vi: d.nameVi, en: d.nameEn },
			valueType: d.valueType,
			levels: d.levels,
			unitScope: d.unitScope,
			maxLevel: d.maxLevel,
			forms: d.forms
		})),
		indicators: indicators.map((i) => ({
			code: i.code,
			name: { vi: i.nameVi, en: i.nameEn },
			group: i.groupKey,
			levels: i.levels,
			formula: i.formula,
			direction: i.direction,
			unit: i.unit,
			weight: i.weight
		}))
	};
}
