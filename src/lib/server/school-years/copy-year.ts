// Copying last year's calendar: the plan is shown for review, then the reviewed year and periods are
// saved in one transaction (all or nothing).
import { inArray } from 'drizzle-orm';
import type { Db } from '../db';
import * as table from '../db/schema';
import { recordAudit } from '../auth/audit';
import { findYear, listYearPeriods } from './queries';
import { planCopy, type CopyPlan, type PeriodDraft, type YearDates } from './shift-dates';
import { keyFitsForm } from './store-years';

export async function proposeCopy(
	db: Db,
	sourceCode: string,
	code: string
): Promise<{ ok: true; plan: CopyPlan } | { ok: false; reason: 'source_not_found' | 'exists' }> {
	const source = await findYear(db, sourceCode);
	if (!source) return { ok: false, reason: 'source_not_found' };
	if (await findYear(db, code)) return { ok: false, reason: 'exists' };
	const { id, ...dates } = source;
	const periods = (await listYearPeriods(db, id)).map((p): PeriodDraft => ({
		formCode: p.formCode,
		key: p.key,
		labelVi: p.labelVi,
		labelEn: p.labelEn,
		startDate: p.startDate,
		endDate: p.endDate,
		schoolDeadline: p.schoolDeadline,
		districtDeadline: p.districtDeadline,
		sortOrder: p.sortOrder
	}));
	return { ok: true, plan: planCopy(dates, periods, code) };
}

export async function saveCopy(
	db: Db,
	actorId: string,
	input: { source: string; year: YearDates; periods: PeriodDraft[] }
): Promise<{ ok: true } | { ok: false; reason: 'exists' | 'unknown_form' | 'key_form' | 'duplicate_key' }> {
	const keys = new Set(input.periods.map((p) => p.key));
	if (keys.size !== input.periods.length) return { ok: false, reason: 'duplicate_key' };
	return db.transaction(async (tx) => {
		if (await findYear(tx, input.year.code)) return { ok: false, reason: 'exists' };
		const codes = [...new Set(input.periods.map((p) => p.formCode))];
		const forms = codes.length
			? await tx.select().from(table.reportForms).where(inArray(table.reportForms.code, codes))
			: [];
		const byCode = new Map(forms.map((f) => [f.code, f]));
		if (codes.some((c) => !byCode.has(c))) return { ok: false, reason: 'unknown_form' };
		if (input.periods.some((p) => !keyFitsForm(p.key, byCode.get(p.formCode)!.periodType)))
			return { ok: false, reason: 'key_form' };
		const { code, ...dates } = input.year;
		const [year] = await tx
			.insert(table.schoolYears)
			.values({ code, ...dates })
			.returning({ id: table.schoolYears.id });
		if (input.periods.length > 0)
			await tx.insert(table.periods).values(
				input.periods.map(({ formCode, ...p }) => ({
					schoolYearId: year.id,
					formId: byCode.get(formCode)!.id,
					...p
				}))
			);
		await recordAudit(tx, {
			actorId,
			action: 'school_year.copy',
			subject: code,
			after: { source: input.source, year: input.year, periods: input.periods.length }
		});
		return { ok: true };
	});
}
