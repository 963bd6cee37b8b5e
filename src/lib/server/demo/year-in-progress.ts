// The demo's school year in progress at its fixed "today" (DEMO_AS_OF): the generator already keeps
// only the reports due by then; here the last of them is still coming in (the late schools have not
// sent it) and the district has not yet reviewed the latest arrivals.
import type { PeriodDef } from '../../domain/types';
import type { GeneratedSubmission } from './generate-figures';
import type { SubmissionStatus } from './load-figures';

/** Has the school year ended by `asOf`? Years still running get the in-progress treatment. */
export function yearEnded(year: { end: string }, asOf: string): boolean {
	return year.end <= asOf;
}

/** The key of the period due last on or before `asOf` (by school deadline; monthly ones included). */
export function lastDueKey(periods: PeriodDef[], asOf: string): string | null {
	let last: PeriodDef | null = null;
	for (const p of periods) {
		if (p.schoolDeadline > asOf) continue;
		if (!last || p.schoolDeadline >= last.schoolDeadline) last = p;
	}
	return last?.key ?? null;
}

/** The late schools have not sent that period's report yet: no submission at all. */
export function holdBackLate(
	submissions: GeneratedSubmission[],
	late: Iterable<string>,
	periodKey: string | null
): GeneratedSubmission[] {
	const held = new Set(late);
	return submissions.filter((s) => !(s.periodKey === periodKey && held.has(s.schoolCode)));
}

const keyOf = (s: Pick<GeneratedSubmission, 'schoolCode' | 'periodKey'>) => `${s.schoolCode}/${s.periodKey}`;

/**
 * The `perDistrict` latest received reports of the period in each district: the district has not
 * reviewed them yet. Returns `school/period` keys.
 */
export function latestArrivals(
	submissions: GeneratedSubmission[],
	periodKey: string | null,
	districtOf: Map<string, string>,
	perDistrict = 2
): Set<string> {
	const byDistrict = new Map<string, GeneratedSubmission[]>();
	for (const s of submissions) {
		if (s.periodKey !== periodKey || !s.submittedAt) continue;
		const district = districtOf.get(s.schoolCode) ?? '';
		byDistrict.set(district, [...(byDistrict.get(district) ?? []), s]);
	}
	const out = new Set<string>();
	for (const list of byDistrict.values()) {
		list.sort(
			(a, b) => b.submittedAt!.localeCompare(a.submittedAt!) || a.schoolCode.localeCompare(b.schoolCode)
		);
		for (const s of list.slice(0, perDistrict)) out.add(keyOf(s));
	}
	return out;
}

/** Received reports of a running year are approved, except the latest arrivals still awaiting review. */
export function inProgressStatus(awaiting: Set<string>) {
	return (s: GeneratedSubmission): SubmissionStatus => {
		if (!s.submittedAt) return 'draft';
		return awaiting.has(keyOf(s)) ? 'submitted' : 'approved';
	};
}

/** What the demo's deliberately incomplete report leaves out: two figures its form requires. */
export const LEFT_OUT = ['TH_HS_BANTRU', 'CO_THUVIENSO'];

/**
 * The schools' report of the period arrives without `codes`: an incomplete report for the board,
 * the submission page and the upload preview to show. Other reports are returned as they are.
 */
export function leaveIncomplete(
	submissions: GeneratedSubmission[],
	schools: Iterable<string>,
	periodKey: string,
	codes: readonly string[] = LEFT_OUT
): GeneratedSubmission[] {
	const chosen = new Set(schools);
	return submissions.map((s) => {
		if (s.periodKey !== periodKey || !chosen.has(s.schoolCode)) return s;
		const figures = { ...s.figures };
		for (const code of codes) delete figures[code];
		return { ...s, figures };
	});
}
