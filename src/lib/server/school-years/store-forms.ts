import { eq } from 'drizzle-orm';
import type { Db } from '../db';
import * as table from '../db/schema';
import { recordAudit } from '../auth/audit';
import type { ReportFormInput } from '$lib/schemas/school-years';
import { findForm } from './queries';
import type { StoreResult } from './store-years';

export async function createForm(
	db: Db,
	actorId: string,
	input: ReportFormInput
): Promise<StoreResult<'exists'>> {
	return db.transaction(async (tx) => {
		if (await findForm(tx, input.code)) return { ok: false, reason: 'exists' };
		await tx.insert(table.reportForms).values(input);
		await recordAudit(tx, { actorId, action: 'report_form.create', subject: input.code, after: input });
		return { ok: true };
	});
}

/**
 * The code stays (files and periods name it). The period type may change only while the form has no
 * periods: a monthly form's periods are months.
 */
export async function updateForm(
	db: Db,
	actorId: string,
	code: string,
	input: Omit<ReportFormInput, 'code'>
): Promise<StoreResult<'not_found' | 'type_in_use'>> {
	return db.transaction(async (tx) => {
		const before = await findForm(tx, code);
		if (!before) return { ok: false, reason: 'not_found' };
		if (before.periodType !== input.periodType) {
			const [used] = await tx
				.select({ id: table.periods.id })
				.from(table.periods)
				.where(eq(table.periods.formId, before.id))
				.limit(1);
			if (used) return { ok: false, reason: 'type_in_use' };
		}
		await tx.update(table.reportForms).set(input).where(eq(table.reportForms.id, before.id));
		await recordAudit(tx, { actorId, action: 'report_form.update', subject: code, before, after: input });
		return { ok: true };
	});
}
