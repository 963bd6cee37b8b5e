// Reading stored figures back: GET /api/figures, the entry form, the upload page's choices.
import { and, asc, eq } from 'drizzle-orm';
import type { Db } from '../db';
import * as table from '../db/schema';
import { loadPeriods } from './load-context';
import type { PeriodInfo } from './plan';
import { toInstant, toInstantOrNull } from '../db/row-values';

const MONTH = /^\d{4}-\d{2}$/;

/** A period by '2024-2025/CUOI_NAM' (or a month '2024-10'); null when the calendar has none. */
export async function findPeriod(db: Db, ref: string): Promise<PeriodInfo | null> {
	const text = ref.trim();
	const periods = await loadPeriods(db);
	return (
		periods.find((p) => p.ref === text) ??
		(MONTH.test(text) ? periods.find((p) => p.key === text) : undefined) ??
		null
	);
}

export type SchoolFigures = {
	submission: { id: number; status: string; version: number; submittedAt: string | null } | null;
	figures: { code: string; value: number; comment: string | null; updatedAt: string }[];
};

/** One unit's submission for one period, with its figures in catalogue order. */
export async function readUnitFigures(db: Db, unitId: number, periodId: number): Promise<SchoolFigures> {
	const { submissions: s, figures: f, dataElements: d } = table;
	const [submission] = await db
		.select({ id: s.id, status: s.status, version: s.version, submittedAt: s.submittedAt })
		.from(s)
		.where(and(eq(s.unitId, unitId), eq(s.periodId, periodId)));
	if (!submission) return { submission: null, figures: [] };
	const rows = await db
		.select({ code: d.code, value: f.value, comment: f.comment, updatedAt: f.updatedAt })
		.from(f)
		.innerJoin(d, eq(d.id, f.dataElementId))
		.where(eq(f.submissionId, submission.id))
		.orderBy(asc(d.sortOrder));
	return {
		submission: { ...submission, submittedAt: toInstantOrNull(submission.submittedAt) },
		figures: rows.map((r) => ({ ...r, updatedAt: toInstant(r.updatedAt) }))
	};
}
