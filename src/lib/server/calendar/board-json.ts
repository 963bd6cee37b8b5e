import type { Completeness } from './board';

/** The public shape of GET /api/completeness (dates as ISO strings). */
export function toCompletenessJson(board: Completeness) {
	return {
		unit: board.unit.code,
		period: `${board.period.yearCode}/${board.period.key}`,
		form: board.period.form.code,
		schoolDeadline: board.period.schoolDeadline,
		districtDeadline: board.period.districtDeadline,
		today: board.today,
		...board.counts,
		children: board.children.map((c) => ({ unit: c.code, name: c.name, ...c.counts })),
		schools: board.schools.map((s) => ({
			school: s.code,
			name: s.name,
			state: s.state,
			status: s.status,
			submissionId: s.submissionId,
			submittedAt: s.submittedAt?.toISOString() ?? null,
			daysLate: s.daysLate,
			daysLeft: s.daysLeft,
			missingFigures: s.missingFigures
		}))
	};
}
