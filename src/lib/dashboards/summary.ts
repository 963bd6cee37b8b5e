import type { EvaluationStatus } from '../domain/evaluation';

export function countStatusesOf(rows: { status: EvaluationStatus }[]): Record<EvaluationStatus, number> {
	const counts = { met: 0, on_track: 0, at_risk: 0, off_track: 0, above_band: 0, no_data: 0 };
	for (const r of rows) counts[r.status] += 1;
	return counts;
}
