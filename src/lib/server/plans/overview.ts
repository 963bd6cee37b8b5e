import type { Db } from '../db';
import { can, scopeRoots } from '../auth/access';
import type { AuthUser } from '../auth/user';
import type { Locale } from '../../i18n/types';
import { listPlanningUnits, listPlans, listYears } from './queries';

/** The plans the user may read (of one year, or all), and where the user may start a plan. */
export async function loadPlanOverview(db: Db, user: AuthUser, locale: Locale, yearCode: string | null) {
	const scope = scopeRoots(user);
	const [years, plans, units] = await Promise.all([
		listYears(db),
		listPlans(db, { scope }),
		listPlanningUnits(db, scope)
	]);
	const editable = units.filter((u) => can(user, 'edit_targets', u));
	const year = yearCode && years.some((y) => y.code === yearCode) ? yearCode : null;
	/** Years a unit can still start a plan in: no plan yet, or an empty one. */
	const openYears = (unitCode: string) =>
		years
			.map((y) => y.code)
			.filter((y) => !plans.some((p) => p.unitCode === unitCode && p.yearCode === y && p.targets > 0))
			.reverse();
	return {
		years: years.map((y) => y.code),
		year,
		plans: plans
			.filter((p) => !year || p.yearCode === year)
			.map((p) => ({
				unit: p.unitCode,
				unitName: p.unitName,
				unitType: p.unitType,
				year: p.yearCode,
				title: locale === 'vi' ? p.titleVi : p.titleEn,
				targets: p.targets,
				schoolTargets: p.schoolTargets,
				canEdit: can(user, 'edit_targets', { path: p.unitPath, type: p.unitType })
			})),
		editableUnits: editable.map((u) => ({ code: u.code, name: u.name, openYears: openYears(u.code) }))
	};
}
