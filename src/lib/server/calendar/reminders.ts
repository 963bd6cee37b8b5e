// Reminders: a school's open periods with days left, and the district's deadline watch
// (periods due in the next days or overdue in the last weeks, with the schools still missing).
import { and, eq, inArray } from 'drizzle-orm';
import type { Db } from '../db';
import * as table from '../db/schema';
import { findUnitByCode, type UnitRow } from '../units/queries';
import { computeCompletenessFor } from './board';
import { isExpected } from './completeness';
import { addDays, daysBetween, todayVn } from './dates';
import { findPeriodById, listPeriods, listYears, pickYear, type PeriodInfo } from './queries';
import { periodStatesForUnit } from './state';
import { loadMissingFigures } from '../submissions/missing-figures';

export type OpenPeriodItem = {
	periodId: number;
	yearCode: string;
	key: string;
	label: { vi: string; en: string };
	form: { code: string; vi: string; en: string };
	schoolDeadline: string;
	/** Days from today to the deadline; negative = overdue. */
	daysLeft: number;
	status: 'draft' | 'submitted' | 'returned' | 'approved' | null;
	submissionId: number | null;
	/** The reviewer's comment when the report was returned. */
	comment: string | null;
	/** Reopened for this school after closing (lock exception). */
	exception: boolean;
	/** Required figures the sent report lacks ([] when complete or not sent). */
	missing: string[];
};

/** How far ahead a school sees coming periods. */
const LOOKAHEAD_DAYS = 30;

/**
 * The periods a school should act on now: open for it, expected of it, started (or starting
 * within a month), and either not yet received or received with the deadline still ahead.
 * Those of the current school year (or the last one, between years), and any report of an earlier
 * year the district sent back (an explicit request to act). Soonest deadline first.
 */
export async function loadOpenPeriods(
	db: Db,
	input: { schoolCode: string; today?: string }
): Promise<OpenPeriodItem[]> {
	const today = input.today ?? todayVn();
	const school = await findUnitByCode(db, input.schoolCode);
	if (!school || school.type !== 'school') return [];
	const year = pickYear(await listYears(db), today);
	const [current, returned] = await Promise.all([
		year ? listPeriods(db, year.code) : Promise.resolve([]),
		db
			.select({ periodId: table.submissions.periodId })
			.from(table.submissions)
			.where(and(eq(table.submissions.unitId, school.id), eq(table.submissions.status, 'returned')))
	]);
	const periods = current.filter(
		(p) =>
			p.startDate <= addDays(today, LOOKAHEAD_DAYS) &&
			isExpected(school, { formLevels: p.form.levels, endDate: p.endDate, schoolDeadline: p.schoolDeadline })
	);
	const elsewhere = returned.filter((r) => !current.some((p) => p.id === r.periodId));
	for (const found of await Promise.all(elsewhere.map((r) => findPeriodById(db, r.periodId))))
		if (found) periods.push(found);
	if (periods.length === 0) return [];
	const ids = periods.map((p) => p.id);
	const [states, subs] = await Promise.all([
		periodStatesForUnit(db, school.id, ids),
		db
			.select()
			.from(table.submissions)
			.where(and(eq(table.submissions.unitId, school.id), inArray(table.submissions.periodId, ids)))
	]);
	const byPeriod = new Map(subs.map((s) => [s.periodId, s]));
	const sent = subs.filter((s) => s.status === 'submitted' || s.status === 'approved').map((s) => s.id);
	const lacking = await loadMissingFigures(db, sent);
	const items: OpenPeriodItem[] = [];
	for (const p of periods) {
		const state = states.get(p.id);
		if (!state?.open) continue;
		const sub = byPeriod.get(p.id) ?? null;
		const missing = sub ? (lacking.get(sub.id) ?? []) : [];
		// A report sent without every required figure still needs the school's attention.
		const received = (sub?.status === 'submitted' || sub?.status === 'approved') && missing.length === 0;
		const daysLeft = daysBetween(today, p.schoolDeadline);
		if (received && daysLeft < 0) continue;
		if (sub?.status === 'approved' && missing.length === 0) continue;
		items.push({
			periodId: p.id,
			yearCode: p.yearCode,
			key: p.key,
			label: { vi: p.labelVi, en: p.labelEn },
			form: { code: p.form.code, vi: p.form.nameVi, en: p.form.nameEn },
			schoolDeadline: p.schoolDeadline,
			daysLeft,
			status: sub?.status ?? null,
			submissionId: sub?.id ?? null,
			comment: sub?.status === 'returned' ? sub.comment : null,
			exception: state.reason === 'exception',
			missing
		});
	}
	return items.sort((a, b) => a.schoolDeadline.localeCompare(b.schoolDeadline));
}

export type WatchItem = {
	period: PeriodInfo;
	daysLeft: number;
	expected: number;
	missing: number;
};

/** Periods whose school deadline is in the next `before` days or passed in the last `after` days. */
export async function listDeadlineWatch(
	db: Db,
	area: UnitRow,
	options: { today?: string; before?: number; after?: number } = {}
): Promise<WatchItem[]> {
	const today = options.today ?? todayVn();
	const from = addDays(today, -(options.after ?? 14));
	const to = addDays(today, options.before ?? 7);
	const year = pickYear(await listYears(db), today);
	if (!year) return [];
	const periods = (await listPeriods(db, year.code)).filter(
		(p) => p.schoolDeadline >= from && p.schoolDeadline <= to
	);
	const out: WatchItem[] = [];
	for (const period of periods) {
		const board = await computeCompletenessFor(db, area, period, { today });
		out.push({
			period,
			daysLeft: daysBetween(today, period.schoolDeadline),
			expected: board.counts.expected,
			missing: board.counts.missing
		});
	}
	return out;
}
