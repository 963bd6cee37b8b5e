// The reports' state as the store left it: what the upload page shows once a file is stored.
import { sql } from 'drizzle-orm';
import { queryRows, type Db } from '../db';
import { pairKey, type FigureState, type SubmissionInfo } from './plan';

/**
 * `before` with the submissions of the given pairs read back from the database (inside the store's
 * transaction), so the page's banner and its per-school panels tell the same state.
 */
export async function readStoredSubmissions(
	tx: Db,
	pairs: { unitId: number; periodId: number }[],
	before: FigureState['submissions']
): Promise<FigureState['submissions']> {
	const after = new Map(before);
	if (!pairs.length) return after;
	const wanted = new Set(pairs.map((p) => pairKey(p.unitId, p.periodId)));
	const unitIds = [...new Set(pairs.map((p) => p.unitId))];
	const periodIds = [...new Set(pairs.map((p) => p.periodId))];
	const rows = await queryRows<SubmissionInfo>(
		tx,
		sql`select id, unit_id as "unitId", period_id as "periodId", status, version
		    from submissions where unit_id in ${unitIds} and period_id in ${periodIds}`
	);
	for (const row of rows) {
		const key = pairKey(row.unitId, row.periodId);
		if (wanted.has(key)) after.set(key, row);
	}
	return after;
}
