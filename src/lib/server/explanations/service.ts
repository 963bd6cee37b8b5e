// Writing explanations and requiring them: who may, for which indicators, and what is stored.
import { and, eq, inArray } from 'drizzle-orm';
import type { Db } from '../db';
import * as table from '../db/schema';
import { can } from '../auth/access';
import type { AuthUser } from '../auth/user';
import { findPeriod } from '../calendar/queries';
import { tryEvaluate } from '../evaluation/queries';
import { writeAudit } from '../submissions/events';
import { findUnitByCode, type UnitRow } from '../units/queries';
import type { EvaluationRow } from '../../domain/evaluation';
import { listRequirements } from './queries';
import type { Explainable } from '../../domain/review';

export type { Explainable };

/** The statuses a school explains. */
export const EXPLAINED_STATUSES = ['off_track', 'at_risk'] as const;

export function needsExplanation(row: Pick<EvaluationRow, 'status'>): boolean {
	return (EXPLAINED_STATUSES as readonly string[]).includes(row.status);
}

/**
 * The school's indicators that may be explained at a period: those off track or at risk there
 * (the evaluation's judgement), and those the district required on the period's report.
 */
export async function listExplainable(
	db: Db,
	input: { school: UnitRow; yearCode: string; periodKey: string }
): Promise<Explainable[]> {
	const period = await findPeriod(db, input.yearCode, input.periodKey);
	if (!period) return [];
	const [outcome, required, names] = await Promise.all([
		tryEvaluate(db, { unitCode: input.school.code, yearCode: input.yearCode, periodKey: input.periodKey }),
		db
			.select({ code: table.indicators.code })
			.from(table.explanationRequirements)
			.innerJoin(table.submissions, eq(table.submissions.id, table.explanationRequirements.submissionId))
			.innerJoin(table.indicators, eq(table.indicators.id, table.explanationRequirements.indicatorId))
			.where(and(eq(table.submissions.unitId, input.school.id), eq(table.submissions.periodId, period.id))),
		db
			.select({
				code: table.indicators.code,
				nameVi: table.indicators.nameVi,
				nameEn: table.indicators.nameEn
			})
			.from(table.indicators)
	]);
	const rows = outcome.ok ? outcome.rows : [];
	const requiredCodes = new Set(required.map((r) => r.code));
	const nameOf = new Map(names.map((n) => [n.code, n]));
	const item = (code: string, status: string, actual: number | null): Explainable => ({
		indicatorCode: code,
		nameVi: nameOf.get(code)?.nameVi ?? code,
		nameEn: nameOf.get(code)?.nameEn ?? code,
		status,
		actual,
		required: requiredCodes.has(code)
	});
	const out = rows
		.filter((r) => needsExplanation(r) || requiredCodes.has(r.indicator))
		.map((r) => item(r.indicator, r.status, r.actual));
	// A requirement on an indicator the evaluation has no row for still has to be answerable.
	for (const code of requiredCodes)
		if (!out.some((o) => o.indicatorCode === code)) out.push(item(code, 'no_data', null));
	return out;
}

export type SaveOutcome =
	{ ok: true; id: number } | { ok: false; reason: 'not_found' | 'forbidden' | 'not_explainable' };

export async function saveExplanation(
	db: Db,
	input: {
		schoolCode: string;
		yearCode: string;
		periodKey: string;
		indicatorCode: string;
		cause: string;
		measures: string;
		expectedDate: string | null;
		actor: AuthUser;
	}
): Promise<SaveOutcome> {
	const school = await findUnitByCode(db, input.schoolCode);
	if (!school || school.type !== 'school' || !can(input.actor, 'read', school))
		return { ok: false, reason: 'not_found' };
	if (!can(input.actor, 'submit_figures', school)) return { ok: false, reason: 'forbidden' };
	const [period, explainable, [indicator]] = await Promise.all([
		findPeriod(db, input.yearCode, input.periodKey),
		listExplainable(db, { school, yearCode: input.yearCode, periodKey: input.periodKey }),
		db
			.select({ id: table.indicators.id })
			.from(table.indicators)
			.where(eq(table.indicators.code, input.indicatorCode))
	]);
	if (!period) return { ok: false, reason: 'not_found' };
	const item = explainable.find((e) => e.indicatorCode === input.indicatorCode);
	if (!indicator || !item) return { ok: false, reason: 'not_explainable' };
	const values = {
		cause: input.cause.trim(),
		measures: input.measures.trim(),
		expectedDate: input.expectedDate,
		status: item.status,
		authorId: input.actor.id,
		updatedAt: new Date()
	};
	return db.transaction(async (tx) => {
		const [row] = await tx
			.insert(table.explanations)
			.values({ unitId: school.id, indicatorId: indicator.id, periodId: period.id, ...values })
			.onConflictDoUpdate({
				target: [table.explanations.unitId, table.explanations.indicatorId, table.explanations.periodId],
				set: values
			})
			.returning({ id: table.explanations.id });
		await writeAudit(tx, {
			actorId: input.actor.id,
			action: 'explanation.save',
			unitId: school.id,
			subject: `${input.yearCode}/${input.periodKey}/${input.indicatorCode}`,
			after: values
		});
		return { ok: true, id: row.id };
	});
}

export type RequireOutcome = { ok: true; codes: string[] } | { ok: false; reason: 'not_found' | 'forbidden' };

/** The district sets which indicators the school must explain before the report is approved. */
export async function setRequiredExplanations(
	db: Db,
	input: { submissionId: number; indicatorCodes: string[]; actor: AuthUser }
): Promise<RequireOutcome> {
	const [row] = await db
		.select({ unit: table.units })
		.from(table.submissions)
		.innerJoin(table.units, eq(table.units.id, table.submissions.unitId))
		.where(eq(table.submissions.id, input.submissionId));
	if (!row || row.unit.type !== 'school' || !can(input.actor, 'read', row.unit))
		return { ok: false, reason: 'not_found' };
	if (!can(input.actor, 'review_submission', row.unit)) return { ok: false, reason: 'forbidden' };
	const codes = [...new Set(input.indicatorCodes)];
	const ids = codes.length
		? await db
				.select({ id: table.indicators.id, code: table.indicators.code })
				.from(table.indicators)
				.where(inArray(table.indicators.code, codes))
		: [];
	const before = (await listRequirements(db, input.submissionId)).map((r) => r.indicatorCode);
	await db.transaction(async (tx) => {
		await tx
			.delete(table.explanationRequirements)
			.where(and(eq(table.explanationRequirements.submissionId, input.submissionId)));
		if (ids.length)
			await tx.insert(table.explanationRequirements).values(
				ids.map((i) => ({
					submissionId: input.submissionId,
					indicatorId: i.id,
					requiredBy: input.actor.id
				}))
			);
		await writeAudit(tx, {
			actorId: input.actor.id,
			action: 'explanation.require',
			unitId: row.unit.id,
			subject: `submission:${input.submissionId}`,
			before: { indicators: before },
			after: { indicators: ids.map((i) => i.code) }
		});
	});
	return { ok: true, codes: ids.map((i) => i.code) };
}
