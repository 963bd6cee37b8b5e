// Figures every school reports: staff, classrooms, IT, national standard, accreditation, news posts.
import type { BaseLevel } from '../../domain/types';
import { clamp, part, type Rng, type SchoolCtx } from './generate-figures-common';

/** What stays with a school across years (seeded by the school code only). */
export type SchoolProfile = {
	quality: number;
	/** Share of pupils and classes in the first level of a combined school. */
	firstPartShare: number;
	standardBase: number;
	/** Years from the first of the range at which the school reaches the next standard level. */
	standardUpgradeAt: number;
	accreditationU: number;
	cameraU: number;
	smartU: number;
	libraryU: number;
	selfAssessU: number;
};

export function schoolProfile(rng: Rng, level: string, ownership: string): SchoolProfile {
	const quality = rng.normal();
	const u = rng.next();
	const np = ownership === 'non_public';
	const standardBase = np ? (u < 0.7 ? 0 : u < 0.95 ? 1 : 2) : u < 0.25 ? 0 : u < 0.75 ? 1 : 2;
	return {
		quality,
		firstPartShare: level === 'THCS_THPT' ? rng.range(0.4, 0.5) : rng.range(0.55, 0.62),
		standardBase,
		standardUpgradeAt: rng.range(0, 10),
		accreditationU: rng.next(),
		cameraU: rng.next(),
		smartU: rng.next(),
		libraryU: rng.next(),
		selfAssessU: rng.next()
	};
}

/** Yes/no equipment at one moment, and smart classrooms in use (TH/THCS schools only). */
export type Facilities = {
	camera: number;
	smartRoom: number;
	digitalLibrary: number;
	smartRooms?: number;
};

export type StaffYear = {
	teachers: number;
	qualified: number;
	aboveStandard: number;
	rooms: number;
	/** At DAU_NAM and at CUOI_NAM (equipment only grows during the year). */
	projectors: [number, number];
	facilities: [Facilities, Facilities];
	selfAssessed: number;
	ethics: [number, number];
};

const TEACHERS_PER_CLASS: Record<BaseLevel, [number, number]> = {
	MN: [1.9, 2.2],
	TH: [1.35, 1.55],
	THCS: [1.85, 2.1],
	THPT: [2.1, 2.3]
};
// Seed 004: meeting the standard MN 99–99.5% public / 71–72% non-public, TH 97–98%, THCS 100%;
// above it MN 90–91%, TH 10–11%, THCS 14–15%.
const QUALIFIED: Record<BaseLevel, number> = { MN: 0.993, TH: 0.975, THCS: 0.997, THPT: 0.998 };
const ABOVE: Record<BaseLevel, [number, number]> = {
	MN: [0.86, 0.93],
	TH: [0.09, 0.13],
	THCS: [0.12, 0.17],
	THPT: [0.2, 0.3]
};

export function staffYear(
	parts: { level: BaseLevel; classes: number }[],
	p: SchoolProfile,
	ctx: SchoolCtx,
	rng: Rng
): StaffYear {
	const { yearIndex: yi, quality: q, under, high } = ctx;
	const np = ctx.ownership === 'non_public';
	const main = parts[0]?.level ?? 'TH';
	const classes = parts.reduce((s, x) => s + Math.max(0, x.classes), 0);
	let teachers = 0;
	for (const x of parts) {
		const [lo, hi] = np && x.level === 'MN' ? [1.5, 2] : TEACHERS_PER_CLASS[x.level];
		teachers += Math.round(Math.max(0, x.classes) * rng.range(lo, hi));
	}
	if (classes > 0) teachers = Math.max(1, teachers);
	const npMn = np && main === 'MN';
	let qualifiedRate = npMn
		? clamp(0.715 + 0.01 * yi + rng.normal() * 0.01, 0.6, 0.85)
		: np
			? clamp(rng.range(0.9, 0.97) + 0.005 * yi, 0, 1)
			: clamp(QUALIFIED[main] + 0.003 * yi + rng.range(-0.008, 0.008), 0.95, 1);
	if (under) qualifiedRate -= npMn ? 0.12 : 0.08;
	const qualified = part(teachers, qualifiedRate, rng);
	const [aLo, aHi] = npMn ? [0.35, 0.5] : ABOVE[main];
	const above = Math.min(
		qualified,
		part(teachers, rng.range(aLo, aHi) + 0.01 * yi - (under ? 0.05 : 0), rng)
	);

	const rooms = npMn ? classes : classes + part(classes, rng.range(0, 0.15), rng);
	const projRate = under
		? rng.range(0.5, 0.7)
		: high || rng.chance(0.35 + 0.1 * yi)
			? 1
			: clamp(0.88 + 0.03 * yi + 0.03 * q + rng.normal() * 0.04, 0.6, 1);
	const projectors = part(rooms, projRate, rng);
	const projectorsEnd = projectors + part(rooms - projectors, rng.range(0.2, 0.5), rng);
	const isMn = main === 'MN';
	const smartCounted = parts.some((x) => x.level === 'TH' || x.level === 'THCS');
	/** Equipment at `t` years from the start of the range: thresholds on stable draws, so it is never lost. */
	const facilitiesAt = (t: number): Facilities => {
		const cameraP = (npMn ? 0.95 : 0.72 + 0.05 * t) * (under ? 0.5 : 1);
		const smartP = under ? 0 : isMn ? 0.15 + 0.03 * t : 0.42 + 0.06 * t;
		const libraryP = under ? 0 : isMn ? 0.08 + 0.02 * t : 0.25 + 0.05 * t;
		const smartRoom = rooms > 0 && p.smartU < smartP ? 1 : 0;
		const f: Facilities = {
			camera: p.cameraU < cameraP ? 1 : 0,
			smartRoom,
			digitalLibrary: p.libraryU < libraryP ? 1 : 0
		};
		// Seed 004: 10 smart classrooms in use across the district's primary and lower-secondary schools.
		if (smartCounted) f.smartRooms = smartRoom ? Math.min(rooms, p.smartU < smartP / 3 ? 2 : 1) : 0;
		return f;
	};
	const ethics = (): number => (high ? 0 : rng.chance(under ? 0.35 : 0.015) ? 1 : 0);
	return {
		teachers,
		qualified,
		aboveStandard: above,
		rooms,
		projectors: [projectors, projectorsEnd],
		facilities: [facilitiesAt(yi), facilitiesAt(yi + 0.7)],
		selfAssessed: p.selfAssessU < (under ? 0.4 : 0.93 + 0.02 * yi) ? 1 : 0,
		ethics: [ethics(), ethics()]
	};
}

/** National-standard level at `t` years from the start of the range, and the matching accreditation level. */
export function standardAt(
	p: SchoolProfile,
	t: number,
	under: boolean
): { standard: number; accreditation: number } {
	let standard = Math.min(2, p.standardBase + (p.standardUpgradeAt <= t ? 1 : 0));
	if (under) standard = Math.max(0, standard - 1);
	const u = p.accreditationU;
	const accreditation =
		standard === 0 ? Math.floor(u * 3) : standard === 1 ? (u < 0.45 ? 3 : 2) : u < 0.35 ? 4 : 3;
	return { standard, accreditation };
}

/** Staff, classrooms and equipment: on DAU_NAM (stage 0) and again on CUOI_NAM (stage 1). */
export function schoolStaff(s: StaffYear, stage: 0 | 1, out: Record<string, number>): void {
	out.GV_TS = s.teachers;
	out.GV_DATCHUAN = s.qualified;
	out.GV_TRENCHUAN = s.aboveStandard;
	out.PH_TS = s.rooms;
	out.PH_MAYCHIEU = s.projectors[stage];
	const f = s.facilities[stage];
	out.CO_CAMERA = f.camera;
	out.CO_PHONGTHONGMINH = f.smartRoom;
	out.CO_THUVIENSO = f.digitalLibrary;
	if (f.smartRooms !== undefined) out.PH_THONGMINH = f.smartRooms;
}

/** National standard and accreditation: at the start of the year, or at its end (`end`). */
export function schoolStatus(
	p: SchoolProfile,
	ctx: SchoolCtx,
	end: boolean,
	out: Record<string, number>
): void {
	const { standard, accreditation } = standardAt(p, ctx.yearIndex + (end ? 0.7 : 0), ctx.under);
	out.CHUAN_QG_MUC = standard;
	out.KDCL_CAPDO = accreditation;
}

/** News posts in month `month` (1–12): ≥ 4 in most school months, fewer in the summer break. */
export function newsPosts(month: number, ctx: SchoolCtx, rng: Rng): number {
	let n: number;
	if (ctx.high) n = rng.int(6, 8);
	else if (ctx.under) n = rng.chance(0.3) ? rng.int(4, 5) : rng.int(0, 3);
	else if (rng.chance(clamp(0.86 + 0.02 * ctx.yearIndex + 0.03 * ctx.quality, 0.7, 0.97)))
		n = Math.min(8, 4 + rng.int(0, 2) + (rng.chance(0.3) ? rng.int(0, 2) : 0));
	else n = rng.int(1, 3);
	return month >= 6 && month <= 8 ? Math.floor(n / 2) : n;
}
