// The reporting calendar of an area: forms × periods with both deadlines, whether each period is
// open here (or closed system-wide / for the area), and the lock exceptions granted to its schools.
import { and, asc, eq, like } from 'drizzle-orm';
import type { Db } from '../db';
import * as table from '../db/schema';
import type { UnitRow } from '../units/queries';
import { todayVn } from './dates';
import { listPeriods, type PeriodInfo } from './queries';
import { chooseYear } from './choose-period';
import { listClosures, listExceptions, type ExceptionRow } from './state';

export type CalendarPeriod = PeriodInfo & {
	state: 'open' | 'closed' | 'closed_for_area';
	/** The area that closed it (this one or one above), for 'closed_for_area'. */
	closedBy: { code: string; name: string; own: boolean } | null;
	exceptions: ExceptionRow[];
};

export type CalendarPage = {
	years: string[];
	yearCode: string;
	forms: { code: string; nameVi: string; nameEn: string; levels: string[]; periods: CalendarPeriod[] }[];
	schools: { code: string; name: string }[];
	/** At the top of the tree, opening/closing is system-wide. */
	systemWide: boolean;
	today: string;
};

export async function loadCalendarPage(db: Db, area: UnitRow, yearCode?: string): Promise<CalendarPage> {
	const today = todayVn();
	const { years, yearCode: year } = await chooseYear(db, yearCode, today);
	const periods = await listPeriods(db, year);
	const ids = periods.map((p) => p.id);
	const [closures, exceptions, schools] = await Promise.all([
		listClosures(db, area, ids),
		listExceptions(db, area, ids),
		db
			.select({ code: table.units.code, name: table.units.name })
			.from(table.units)
			.where(and(eq(table.units.type, 'school'), like(table.units.path, area.path + '%')))
			.orderBy(asc(table.units.name))
	]);
	const forms: CalendarPage['forms'] = [];
	for (const p of periods) {
		let form = forms.find((f) => f.code === p.form.code);
		if (!form)
			forms.push(
				(form = {
					code: p.form.code,
					nameVi: p.form.nameVi,
					nameEn: p.form.nameEn,
					levels: p.form.levels,
					periods: []
				})
			);
		const closure = closures
			.filter((c) => c.periodId === p.id)
			.sort((a, b) => Number(a.own) - Number(b.own))[0];
		form.periods.push({
			...p,
			state: p.status === 'closed' ? 'closed' : closure ? 'closed_for_area' : 'open',
			closedBy: closure ? { code: closure.unitCode, name: closure.unitName, own: closure.own } : null,
			exceptions: exceptions.filter((e) => e.periodId === p.id)
		});
	}
	const order = ['DAU_NAM', 'CAN_DO', 'HK1', 'CUOI_NAM', 'THANG'];
	const rank = (code: string) => (order.includes(code) ? order.indexOf(code) : order.length);
	forms.sort((a, b) => rank(a.code) - rank(b.code));
	return {
		years: years.map((y) => y.code),
		yearCode: year,
		forms,
		schools,
		systemWide: area.parentId === null,
		today
	};
}
