// What a school has to act on, shown at the top of its page: the reports due now (with whether it
// has sent each) and the inspectors' findings on it. Both are the school's own business, readable by
// whoever may read the school (the route checks it; checked again here so no caller can skip it).
import type { Db } from '../db';
import { can } from '../auth/access';
import type { AuthUser } from '../auth/user';
import { todayVn } from '../calendar/dates';
import { loadOpenPeriods, type OpenPeriodItem } from '../calendar/reminders';
import { listFindingsForUnit, type FindingView } from '../inspection/findings';
import { withIndicatorNames } from '../inspection/indicator-names';
import type { UnitRow } from '../units/queries';

/** Open findings first, then the latest closed ones; the full list is on the findings page. */
export const FINDINGS_SHOWN = 10;

export type SchoolDuties = {
	openPeriods: OpenPeriodItem[];
	/** May this user enter or upload the school's figures (the entry links of the open periods). */
	canSubmit: boolean;
	findings: FindingView[];
	findingCount: number;
	openFindingCount: number;
	today: string;
};

export async function loadSchoolDuties(
	db: Db,
	user: AuthUser,
	school: UnitRow,
	options: { today?: string } = {}
): Promise<SchoolDuties> {
	const today = options.today ?? todayVn();
	const empty = {
		openPeriods: [],
		canSubmit: false,
		findings: [],
		findingCount: 0,
		openFindingCount: 0,
		today
	};
	if (school.type !== 'school' || !can(user, 'read', school)) return empty;
	const [openPeriods, findings] = await Promise.all([
		loadOpenPeriods(db, { schoolCode: school.code, today }),
		listFindingsForUnit(db, { unitCode: school.code })
	]);
	return {
		openPeriods,
		canSubmit: can(user, 'submit_figures', school),
		findings: (await withIndicatorNames(db, findings.slice(0, FINDINGS_SHOWN))).map((f) => ({
			id: f.id,
			visitDate: f.visitDate,
			indicatorCodes: f.indicatorCodes,
			indicators: f.indicators,
			text: f.text,
			followUpDue: f.followUpDue,
			status: f.status,
			unitCode: f.unitCode,
			unitName: f.unitName,
			author: f.author
		})),
		findingCount: findings.length,
		openFindingCount: findings.filter((f) => f.status === 'open').length,
		today
	};
}
