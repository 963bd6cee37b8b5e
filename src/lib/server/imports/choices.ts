// What the upload page and the entry form offer: the units the user may submit for, the periods,
// and the figures of a period's form for a set of schools (also the templates' columns).
import { asc, desc, eq } from 'drizzle-orm';
import type { Db } from '../db';
import * as table from '../db/schema';
import { can, scopeRoots } from '../auth/access';
import type { AuthUser } from '../auth/user';
import { levelParts, type SchoolLevel } from '../../domain/types';
import { baseLevelsOf, pickDefaultPeriod } from '../calendar/default-period';
import type { Locale } from '../../i18n/types';
import { listUnits, type UnitRow } from '../units/queries';
import { loadElements } from './load-context';
import type { ElementInfo, PeriodInfo } from './plan';
import type { TemplateInput } from './templates';

export type UnitChoice = { code: string; name: string; type: string; level: string | null };

/** Schools and areas (districts, provinces) the user may upload for; areas stand for all their schools. */
export async function listSubmitUnits(db: Db, user: AuthUser): Promise<UnitChoice[]> {
	const units = await listUnits(db, { scope: scopeRoots(user), types: ['province', 'district', 'school'] });
	return units
		.filter((u) => can(user, 'submit_figures', u))
		.map((u) => ({ code: u.code, name: u.name, type: u.type, level: u.schoolLevel }));
}

export type PeriodChoice = {
	ref: string;
	yearCode: string;
	formCode: string;
	/** Levels the period's form is reported by (a growth round: preschools only). */
	levels: string[];
	periodType: string;
	labelVi: string;
	labelEn: string;
	status: string;
	startDate: string;
	schoolDeadline: string;
	monthly: boolean;
	sort: number;
};

export async function listPeriodChoices(db: Db): Promise<PeriodChoice[]> {
	const { periods: p, schoolYears: y, reportForms: f } = table;
	const rows = await db
		.select({
			yearCode: y.code,
			key: p.key,
			formCode: f.code,
			levels: f.levels,
			periodType: f.periodType,
			labelVi: p.labelVi,
			labelEn: p.labelEn,
			status: p.status,
			schoolDeadline: p.schoolDeadline,
			startDate: p.startDate,
			sort: p.sortOrder
		})
		.from(p)
		.innerJoin(y, eq(y.id, p.schoolYearId))
		.innerJoin(f, eq(f.id, p.formId))
		.orderBy(desc(y.startDate), asc(p.schoolDeadline), asc(p.sortOrder));
	return rows.map(({ key, ...r }) => ({
		...r,
		ref: `${r.yearCode}/${key}`,
		monthly: r.periodType === 'monthly'
	}));
}

/**
 * The upload page's (and entry form's) default: the shared rule (calendar/default-period.ts), for a
 * school only the forms its level reports, periods still open preferred.
 */
export function defaultPeriod(
	periods: PeriodChoice[],
	today: string,
	level: string | null = null
): PeriodChoice | null {
	return pickDefaultPeriod(periods, today, {
		levels: baseLevelsOf(level),
		prefer: (p) => (p as PeriodChoice).status === 'open'
	});
}

/**
 * The periods a set of units reports: when they are all schools, only the forms of their levels (no
 * growth rounds for a primary school); an area uploads for every level.
 */
export function offerPeriods(periods: PeriodChoice[], units: UnitChoice[]): PeriodChoice[] {
	if (!units.length || units.some((u) => u.type !== 'school')) return periods;
	const levels = new Set(units.flatMap((u) => baseLevelsOf(u.level)));
	return periods.filter((p) => p.levels.some((l) => levels.has(l)));
}

/** Figures of the period's form that apply to at least one of the levels, in catalogue order. */
export function pickFormElements(
	elements: Iterable<ElementInfo>,
	formCode: string,
	levels: (SchoolLevel | null)[]
): ElementInfo[] {
	const parts = new Set<string>(levels.flatMap((l) => levelParts(l)));
	return [...elements].filter(
		(e) => e.unitScope === 'school' && e.forms.includes(formCode) && e.levels.some((l) => parts.has(l))
	);
}

export async function formElements(
	db: Db,
	formCode: string,
	levels: (SchoolLevel | null)[]
): Promise<ElementInfo[]> {
	return pickFormElements((await loadElements(db)).values(), formCode, levels);
}

/** The schools a template covers: the school itself, or every school under an area. */
export async function schoolsFor(db: Db, unit: UnitRow): Promise<UnitRow[]> {
	if (unit.type === 'school') return [unit];
	const list = await listUnits(db, {
		scope: { all: true, paths: [] },
		underPath: unit.path,
		types: ['school']
	});
	return list.sort((a, b) => a.code.localeCompare(b.code));
}

export async function loadTemplateInput(
	db: Db,
	unit: UnitRow,
	period: PeriodInfo,
	locale: Locale
): Promise<TemplateInput> {
	const schools = await schoolsFor(db, unit);
	const elements = await formElements(
		db,
		period.formCode,
		schools.map((s) => s.schoolLevel)
	);
	return {
		schools: schools.map((s) => ({ code: s.code, name: s.name, level: s.schoolLevel ?? '' })),
		period: period.ref,
		periodLabel: locale === 'vi' ? period.labelVi : period.labelEn,
		elements: elements.map((e) => ({
			code: e.code,
			nameVi: e.nameVi,
			nameEn: e.nameEn,
			valueType: e.valueType,
			maxLevel: e.maxLevel,
			levels: e.levels
		})),
		locale
	};
}
