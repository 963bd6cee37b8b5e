// Reading stored figures back: GET /api/figures, the entry form, the upload page's choices.
import { sql } from 'drizzle-orm';
import { queryRowsUntyped, type Db } from '../db';
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
	const [submission] = await queryRowsUntyped<{
		id: number;
		status: string;
		version: number;
		submitted_at: string | Date | null;
	}>(
		db,
		sql`select id, status, version, submitted_at from submissions where unit_id = ${unitId} and period_id = ${periodId}`
	);
	if (!submission) return { submission: null, figures: [] };
	const rows = await queryRowsUntyped<{
		code: string;
		value: number;
		comment: string | null;
		updated_at: string | Date;
	}>(
		db,
		sql`select d.code, f.value, f.comment, f.updated_at from figures f join data_elements d on d.id = f.data_element_id
			where f.submission_id = ${submission.id} order by d.sort_order`
	);
	return {
		submission: {
			id: submission.id,
			status: submission.status,
			version: submission.version,
			submittedAt: toInstantOrNull(submission.submitted_at)
		},
		figures: rows.map((r) => ({
			code: r.code,
			value: Number(r.value),
			comment: r.comment,
			updatedAt: toInstant(r.updated_at)
		}))
	};
}
