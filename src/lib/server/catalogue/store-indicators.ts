// Indicators a person adds or edits. Every code a formula reads must be an element of the catalogue.
// A formula change takes effect from a school year on (indicator_formulas): earlier years keep
// evaluating with the formula they had. A change that would alter a year that has already evaluated
// the indicator is refused unless the person confirms it for those years; the code, the contract with
// plans and files, stays once any year has evaluated the indicator.
import { eq, sql } from 'drizzle-orm';
import { queryRows, type Db } from '../db';
import * as col from '../db/rows';
import * as table from '../db/schema';
import { recordAudit } from '../auth/audit';
import { formulaCodes, type IndicatorInput } from '$lib/schemas/catalogue';
import type { StoreResult } from './store-elements';
import { findUnknownCodes } from './store-rules';
import { findEvaluatedYears, listYearRefs, loadVersions, storeVersions } from './formula-history';
import {
	applyFormulaFrom,
	canonicalFormula,
	changedYears,
	sameVersions,
	sortVersions,
	type FormulaVersion
} from './formula-versions';

type IndicatorRefusal =
	'not_found' | 'exists' | 'unknown_codes' | 'formula_in_use' | 'code_evaluated' | 'unknown_year';

/**
 * From which school year (code) a formula change takes effect; absent or null: every year. `confirm`:
 * the person has said that the listed evaluated years change too.
 */
export type FormulaChange = { fromYear?: string | null; confirm?: boolean };

async function findIndicator(db: Db, code: string) {
	const [row] = await db.select().from(table.indicators).where(eq(table.indicators.code, code));
	return row ?? null;
}

/** `formula` mirrors the latest version: a change from any year on supersedes every later one. */
const columns = (input: IndicatorInput) => ({
	code: input.code,
	nameVi: input.nameVi,
	nameEn: input.nameEn,
	groupKey: input.group,
	levels: input.levels,
	formula: input.formula,
	direction: input.direction,
	unit: input.unit,
	...(input.aboveTarget !== undefined && { aboveTarget: input.aboveTarget })
});

const auditVersions = (versions: FormulaVersion[]) =>
	sortVersions(versions).map((v) => ({ fromYear: v.from?.code ?? null, formula: v.formula }));

export async function createIndicator(
	db: Db,
	actorId: string,
	input: IndicatorInput
): Promise<StoreResult<IndicatorRefusal> & { codes?: string[] }> {
	return db.transaction(async (tx) => {
		if (await findIndicator(tx, input.code)) return { ok: false, reason: 'exists' };
		const unknown = await findUnknownCodes(tx, formulaCodes(input.formula));
		if (unknown.length) return { ok: false, reason: 'unknown_codes', codes: unknown };
		const [{ next }] = await queryRows(
			tx,
			sql`select coalesce(max(sort_order), -1) + 1 as next from indicators`,
			(r) => ({ next: col.int(r.next) })
		);
		const [row] = await tx
			.insert(table.indicators)
			.values({ ...columns(input), sortOrder: next })
			.returning({ id: table.indicators.id });
		await storeVersions(tx, row.id, [{ from: null, formula: input.formula }]);
		await recordAudit(tx, { actorId, action: 'indicator.create', subject: input.code, after: input });
		return { ok: true };
	});
}

export type UpdateIndicatorResult = StoreResult<IndicatorRefusal> & { years?: string[]; codes?: string[] };

export async function updateIndicator(
	db: Db,
	actorId: string,
	code: string,
	input: IndicatorInput,
	change: FormulaChange = {}
): Promise<UpdateIndicatorResult> {
	return db.transaction(async (tx) => {
		const before = await findIndicator(tx, code);
		if (!before) return { ok: false, reason: 'not_found' };
		const unknown = await findUnknownCodes(tx, formulaCodes(input.formula));
		if (unknown.length) return { ok: false, reason: 'unknown_codes', codes: unknown };
		const [versions, years] = await Promise.all([loadVersions(tx, before), listYearRefs(tx)]);
		const from = change.fromYear ? (years.find((y) => y.code === change.fromYear) ?? null) : null;
		if (change.fromYear && !from) return { ok: false, reason: 'unknown_year', years: [change.fromYear] };
		// Names alone change nothing in the history, whatever year the form proposes.
		const latest = sortVersions(versions).at(-1)!.formula;
		const next =
			canonicalFormula(latest) === canonicalFormula(input.formula)
				? versions
				: applyFormulaFrom(versions, from, input.formula);
		const formulaChanged = !sameVersions(versions, next);
		const evaluated =
			formulaChanged || input.code !== code ? await findEvaluatedYears(tx, before.id, versions) : [];
		if (input.code !== code) {
			if (await findIndicator(tx, input.code)) return { ok: false, reason: 'exists' };
			if (evaluated.length) return { ok: false, reason: 'code_evaluated', years: evaluated };
		}
		const rewritten = changedYears(versions, next, years).filter((y) => evaluated.includes(y));
		if (rewritten.length && !change.confirm) return { ok: false, reason: 'formula_in_use', years: rewritten };
		await tx.update(table.indicators).set(columns(input)).where(eq(table.indicators.id, before.id));
		if (formulaChanged) await storeVersions(tx, before.id, next);
		await recordAudit(tx, {
			actorId,
			action: 'indicator.update',
			subject: code,
			before: { ...before, versions: auditVersions(versions) },
			after: {
				...input,
				...(formulaChanged
					? { fromYear: from?.code ?? null, rewrittenYears: rewritten, versions: auditVersions(next) }
					: {})
			}
		});
		return { ok: true };
	});
}
