// The standard catalogue into a province's database: what is missing is added, nothing existing is
// overwritten (a province may have renamed an element or changed a formula), so it is safe to run
// again. The demo seed, the catalogue page's button and `npm run catalogue:load` all call this.
import type { Db } from '../db';
import * as table from '../db/schema';
import { recordAudit } from '../auth/audit';
import { dataElements, indicators, standardRules } from './standard';
import { STANDARD_PLAN_PHRASES } from '../plan-reader/standard-phrases';

export type LoadedCounts = { elements: number; indicators: number; rules: number };

export async function loadStandardCatalogue(db: Db, actorId: string | null): Promise<LoadedCounts> {
	return db.transaction(async (tx) => {
		const elements = await tx
			.insert(table.dataElements)
			.values(
				dataElements.map((d, i) => ({
					code: d.code,
					nameVi: d.nameVi,
					nameEn: d.nameEn,
					valueType: d.valueType,
					levels: d.levels,
					unitScope: d.unitScope,
					maxLevel: d.maxLevel ?? null,
					forms: d.forms,
					sortOrder: i
				}))
			)
			.onConflictDoNothing({ target: table.dataElements.code })
			.returning({ code: table.dataElements.code });
		const added = await tx
			.insert(table.indicators)
			.values(
				indicators.map((d, i) => ({
					code: d.code,
					nameVi: d.nameVi,
					nameEn: d.nameEn,
					groupKey: d.group,
					levels: d.levels,
					formula: d.formula,
					direction: d.direction,
					unit: d.unit,
					weight: d.weight ?? 1,
					sortOrder: i,
					planPhrases: STANDARD_PLAN_PHRASES[d.code] ?? []
				}))
			)
			.onConflictDoNothing({ target: table.indicators.code })
			.returning({ id: table.indicators.id, code: table.indicators.code, formula: table.indicators.formula });
		// Each added indicator's first formula version, from the earliest school year.
		if (added.length)
			await tx
				.insert(table.indicatorFormulas)
				.values(added.map((i) => ({ indicatorId: i.id, fromSchoolYearId: null, formula: i.formula })));
		const rules = await tx
			.insert(table.validationRules)
			.values(
				standardRules.map((r, i) => ({
					groupKey: r.group,
					kind: r.kind,
					left: r.left,
					right: r.right,
					sortOrder: i
				}))
			)
			.onConflictDoNothing()
			.returning({ id: table.validationRules.id });
		const counts = { elements: elements.length, indicators: added.length, rules: rules.length };
		if (counts.elements + counts.indicators + counts.rules > 0)
			await recordAudit(tx, {
				actorId,
				action: 'catalogue.load_standard',
				subject: 'standard',
				after: {
					...counts,
					elementCodes: elements.map((e) => e.code),
					indicatorCodes: added.map((e) => e.code)
				}
			});
		return counts;
	});
}
