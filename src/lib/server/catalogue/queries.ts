import { asc, eq } from 'drizzle-orm';
import { isElementInUse } from './store-elements';
import { findEvaluatedYears, listYearRefs, loadVersions, readFormulaHistories } from './formula-history';
import { defaultFromYear, describeVersions } from './formula-versions';
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
	const histories = await readFormulaHistories(db, indicators);
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
			weight: i.weight,
			// Added with formula versions: `formula` is the latest; each version holds from its school year
			// (null: the earliest) until the next one's.
			formulaVersions: (histories.get(i.id) ?? []).map((v) => ({
				fromYear: v.fromYear,
				formula: v.formula,
				years: v.years
			}))
		}))
	};
}

export type RuleRow = typeof table.validationRules.$inferSelect;

export async function listRules(db: Db): Promise<RuleRow[]> {
	return db
		.select()
		.from(table.validationRules)
		.orderBy(asc(table.validationRules.sortOrder), asc(table.validationRules.id));
}

/** Everything the catalogue page lists. */
export async function listCatalogue(db: Db) {
	const [elements, indicators, rules] = await Promise.all([
		listDataElements(db),
		listIndicators(db),
		listRules(db)
	]);
	return { elements, indicators, rules };
}

/** An element and whether its code is fixed (figures, a formula or a rule name it). */
export async function findElementForEdit(db: Db, code: string) {
	const [element] = await db.select().from(table.dataElements).where(eq(table.dataElements.code, code));
	if (!element) return null;
	return { element, inUse: await isElementInUse(db, element.id, element.code) };
}

export async function findRule(db: Db, id: number): Promise<RuleRow | null> {
	const [rule] = await db.select().from(table.validationRules).where(eq(table.validationRules.id, id));
	return rule ?? null;
}

/** The element codes, for the pickers of rules and formulas. */
export async function listElementCodes(db: Db): Promise<{ code: string; nameVi: string; nameEn: string }[]> {
	return db
		.select({
			code: table.dataElements.code,
			nameVi: table.dataElements.nameVi,
			nameEn: table.dataElements.nameEn
		})
		.from(table.dataElements)
		.orderBy(asc(table.dataElements.sortOrder));
}

/**
 * An indicator with its formula history, the begun school years that have evaluated it, every school
 * year (to pick the one a formula change takes effect from) and the year proposed by default.
 */
export async function findIndicatorForEdit(db: Db, code: string) {
	const [indicator] = await db.select().from(table.indicators).where(eq(table.indicators.code, code));
	if (!indicator) return null;
	const [versions, allYears] = await Promise.all([loadVersions(db, indicator), listYearRefs(db)]);
	const years = await findEvaluatedYears(db, indicator.id, versions);
	return {
		indicator,
		years,
		history: describeVersions(versions, allYears),
		schoolYears: allYears.map((y) => y.code),
		defaultFromYear: defaultFromYear(allYears, years)
	};
}
