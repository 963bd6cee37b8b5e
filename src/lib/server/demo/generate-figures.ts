// Deterministic, internally consistent demo figures for schools × reporting periods.
// Pure: the same options always give the same submissions (seeded mulberry32 streams, one
// per school/year/period, so a school's figures do not depend on the other schools).
import { levelParts, type BaseLevel, type PeriodDef, type SchoolDef } from '../../domain/types';
import { createRng, submissionTime, type SchoolCtx } from './generate-figures-common';
import { mnCanDo, mnCuoiNam, mnDauNam, mnYear, type MnYear } from './generate-figures-mn';
import {
	newsPosts,
	schoolProfile,
	schoolStaff,
	schoolStatus,
	staffYear,
	type SchoolProfile,
	type StaffYear
} from './generate-figures-school';
import { thDauNam, thResults, thYear, type ThYear } from './generate-figures-th';
import { thcsDauNam, thcsResults, thcsYear, type ThcsYear } from './generate-figures-thcs';

export type GeneratedSubmission = {
	schoolCode: string;
	/** 'DAU_NAM' | 'CAN_DO_1' | 'CAN_DO_2' | 'CAN_DO_3' | 'HK1' | 'CUOI_NAM' | 'YYYY-MM' */
	periodKey: string;
	/** Data element code → value (yes/no as 0/1). */
	figures: Record<string, number>;
	/** ISO timestamp; null = not submitted yet at `asOf` (a late school's report still being prepared). */
	submittedAt: string | null;
};

export type GenerateOptions = {
	schools: SchoolDef[];
	yearCode: string;
	periods: PeriodDef[];
	seed: number;
	/** 0 = first year of the range, used for year-over-year drift (slight improvement each year). */
	yearIndex: number;
	/** School codes with deliberate quirks. */
	quirks?: { underTarget?: string[]; implausiblyHigh?: string[]; late?: string[]; missing?: string[] };
	/** Only periods whose school deadline is on or before this ISO date (the demo "today"). Omit = all. */
	asOf?: string;
};

export { createRng, hashString, mulberry32 } from './generate-figures-common';

type YearState = {
	profile: SchoolProfile;
	ctx: SchoolCtx;
	mn?: MnYear;
	th?: ThYear;
	thcs?: ThcsYear;
	staff: StaffYear;
};

const FORMS_ALL_LEVELS = new Set(['DAU_NAM', 'HK1', 'CUOI_NAM', 'THANG']);

/** Whether a period's form is reported by a school of these levels. */
export function formApplies(form: string, parts: readonly BaseLevel[]): boolean {
	if (form === 'CAN_DO') return parts.includes('MN');
	return FORMS_ALL_LEVELS.has(form);
}

function activeDuring(school: SchoolDef, p: PeriodDef): boolean {
	if (school.activeFrom && school.activeFrom.slice(0, 10) > p.end.slice(0, 10)) return false;
	if (school.activeTo && school.activeTo.slice(0, 10) < p.start.slice(0, 10)) return false;
	return true;
}

/** Splits a school's size among its levels (combined schools). */
function partSizes(school: SchoolDef, parts: readonly BaseLevel[], pupils: number, share: number) {
	const classes = Math.max(0, Math.round(school.classes));
	if (parts.length < 2) return parts.map((level) => ({ level, pupils, classes }));
	const p1 = Math.round(pupils * share);
	const c1 = classes >= 2 ? Math.min(classes - 1, Math.max(1, Math.round(classes * share))) : classes;
	return [
		{ level: parts[0], pupils: p1, classes: c1 },
		{ level: parts[1], pupils: pupils - p1, classes: classes - c1 }
	];
}

function buildYear(
	school: SchoolDef,
	opts: GenerateOptions,
	flags: { under: boolean; high: boolean }
): YearState {
	const { seed, yearCode, yearIndex } = opts;
	const code = school.code;
	// Stable traits depend on the school code only, so years generated with different seeds still connect.
	const profile = schoolProfile(createRng(0, 'profile', code), school.level, school.ownership);
	const yearRng = createRng(seed, 'year', yearCode, code);
	const ctx: SchoolCtx = {
		ownership: school.ownership,
		yearIndex,
		quality: profile.quality * 0.85 + yearRng.normal() * 0.3,
		...flags
	};
	const pupils = Math.max(0, Math.round(Math.max(0, school.pupils) * (1 + yearRng.normal() * 0.02)));
	const parts = partSizes(school, levelParts(school.level), pupils, profile.firstPartShare);
	const state: YearState = {
		profile,
		ctx,
		staff: staffYear(parts, profile, ctx, createRng(seed, 'staff', yearCode, code))
	};
	for (const x of parts) {
		const rng = createRng(seed, x.level, yearCode, code);
		if (x.level === 'MN') state.mn = mnYear(x.pupils, ctx, rng);
		else if (x.level === 'TH') state.th = thYear(x.pupils, x.classes, ctx, rng);
		else if (x.level === 'THCS') state.thcs = thcsYear(x.pupils, x.classes, ctx, rng);
	}
	return state;
}

function periodFigures(
	y: YearState,
	p: PeriodDef,
	round: number,
	seed: number,
	yearCode: string,
	code: string
) {
	const out: Record<string, number> = {};
	const rng = createRng(seed, 'period', yearCode, code, p.key);
	switch (p.form) {
		case 'DAU_NAM':
			if (y.mn) mnDauNam(y.mn, out);
			if (y.th) thDauNam(y.th, rng, out);
			if (y.thcs) thcsDauNam(y.thcs, out);
			schoolStaff(y.staff, 0, out);
			schoolStatus(y.profile, y.ctx, false, out);
			break;
		case 'CAN_DO':
			if (y.mn) mnCanDo(y.mn, round, rng, out);
			break;
		case 'HK1':
		case 'CUOI_NAM': {
			const stage = p.form === 'HK1' ? 1 : 2;
			if (y.th) thResults(y.th, stage, rng, out);
			if (y.thcs) thcsResults(y.thcs, stage, rng, out);
			out.GV_VIPHAM = y.staff.ethics[stage - 1];
			if (stage === 1 && y.mn) out.MN_TS_TRE = y.mn.rounds[1];
			if (stage === 2) {
				if (y.mn) mnCuoiNam(y.mn, rng, out);
				schoolStaff(y.staff, 1, out);
				schoolStatus(y.profile, y.ctx, true, out);
				out.TU_DANHGIA = y.staff.selfAssessed;
			}
			break;
		}
		case 'THANG':
			out.TIN_BAI_THANG = newsPosts(Number(p.key.slice(5, 7)) || 1, y.ctx, rng);
			break;
	}
	return out;
}

/** Growth-monitoring round of each CAN_DO period: the key's trailing number, else its order. */
function canDoRounds(periods: PeriodDef[]): Map<string, number> {
	const rounds = new Map<string, number>();
	for (const p of periods) {
		if (p.form !== 'CAN_DO') continue;
		const m = /(\d+)$/.exec(p.key);
		rounds.set(p.key, m ? Number(m[1]) : rounds.size + 1);
	}
	return rounds;
}

function cutoffInstant(asOf: string | undefined): number {
	if (!asOf) return Infinity;
	return asOf.length > 10 ? Date.parse(asOf) : Date.parse(`${asOf}T23:59:59.999+07:00`);
}

export function generateFigures(opts: GenerateOptions): GeneratedSubmission[] {
	const { schools, periods, seed, yearCode, quirks = {}, asOf } = opts;
	const under = new Set(quirks.underTarget ?? []);
	const high = new Set(quirks.implausiblyHigh ?? []);
	const late = new Set(quirks.late ?? []);
	const missing = new Set(quirks.missing ?? []);
	const cutDate = asOf?.slice(0, 10);
	const cutMs = cutoffInstant(asOf);
	const rounds = canDoRounds(periods);
	const out: GeneratedSubmission[] = [];

	for (const school of schools) {
		const parts = levelParts(school.level);
		const applicable = periods.filter((p) => formApplies(p.form, parts) && activeDuring(school, p));
		if (applicable.length === 0) continue;
		let firstKey: string | null = null;
		if (missing.has(school.code)) {
			let first = applicable[0];
			for (const p of applicable) if (p.schoolDeadline < first.schoolDeadline) first = p;
			firstKey = first.key;
		}
		let year: YearState | undefined;
		for (const p of applicable) {
			if (cutDate !== undefined && p.schoolDeadline.slice(0, 10) > cutDate) continue;
			if (firstKey !== null && p.key !== firstKey) continue;
			year ??= buildYear(school, opts, { under: under.has(school.code), high: high.has(school.code) });
			const figures = periodFigures(year, p, rounds.get(p.key) ?? 1, seed, yearCode, school.code);
			const timeRng = createRng(seed, 'time', yearCode, school.code, p.key);
			const at = submissionTime(p.schoolDeadline, late.has(school.code), timeRng);
			out.push({
				schoolCode: school.code,
				periodKey: p.key,
				figures,
				submittedAt: Date.parse(at) <= cutMs ? at : null
			});
		}
	}
	return out;
}
