import type { Db } from '../db';
import * as table from '../db/schema';
import type { GeneratedSubmission } from './generate-figures';

export type SubmissionStatus = 'draft' | 'submitted' | 'returned' | 'approved';

/**
 * Bulk-inserts generated submissions and their figures (seed and benchmarks only:
 * it bypasses the import checks and the audit log).
 */
export async function insertGenerated(
	db: Db,
	options: {
		yearCode: string;
		submissions: GeneratedSubmission[];
		unitIds: Map<string, number>;
		periodIds: Map<string, number>;
		elementIds: Map<string, number>;
		statusOf: (s: GeneratedSubmission) => SubmissionStatus;
		actorId?: string | null;
	}
): Promise<number> {
	let figureCount = 0;
	const batchSize = 400;
	for (let i = 0; i < options.submissions.length; i += batchSize) {
		const batch = options.submissions.slice(i, i + batchSize);
		const rows = await db
			.insert(table.submissions)
			.values(
				batch.map((s) => {
					const status = options.statusOf(s);
					const at = s.submittedAt ? new Date(s.submittedAt) : null;
					return {
						unitId: options.unitIds.get(s.schoolCode)!,
						periodId: options.periodIds.get(`${options.yearCode}/${s.periodKey}`)!,
						status,
						version: at ? 1 : 0,
						submittedAt: status === 'draft' ? null : at,
						submittedBy: status === 'draft' ? null : (options.actorId ?? null),
						decidedAt: status === 'approved' && at ? new Date(at.getTime() + 3 * 86_400_000) : null,
						updatedAt: at ?? new Date()
					};
				})
			)
			.returning({ id: table.submissions.id });
		const figureRows: (typeof table.figures.$inferInsert)[] = [];
		batch.forEach((s, j) => {
			const at = s.submittedAt ? new Date(s.submittedAt) : new Date();
			for (const [code, value] of Object.entries(s.figures)) {
				const dataElementId = options.elementIds.get(code);
				if (dataElementId === undefined) throw new Error(`unknown data element ${code}`);
				figureRows.push({ submissionId: rows[j].id, dataElementId, value, updatedAt: at });
			}
		});
		for (let k = 0; k < figureRows.length; k += 2000) {
			await db.insert(table.figures).values(figureRows.slice(k, k + 2000));
		}
		figureCount += figureRows.length;
	}
	return figureCount;
}
