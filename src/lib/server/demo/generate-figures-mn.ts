// Preschool (MN) figures: enrolment against the catchment, growth monitoring, year-end outcomes.
import { clamp, part, type Rng, type SchoolCtx } from './generate-figures-common';

export type MnYear = {
	ntCatch: number;
	ntEnr: number;
	mgCatch: number;
	mgEnr: number;
	fiveCatch: number;
	fiveEnr: number;
	/** Children enrolled at growth-monitoring rounds 1–3. */
	rounds: [number, number, number];
	totalEnd: number;
	fiveCatchEnd: number;
	fiveEnrEnd: number;
	checkRate: number;
	/** Underweight-or-stunted share at round 1, and its fall from round 1 to round 3. */
	sdd1: number;
	sddDrop: number;
	/** Share of the underweight-or-stunted children who are underweight (outside the normal weight channel). */
	underweightShare: number;
	obese: number;
	selfCare: number;
	fiveDomains: number;
};

function drift(n: number, rng: Rng, lo: number, hi: number): number {
	return Math.max(0, n + Math.round(n * rng.range(lo, hi)));
}

export function mnYear(size: number, ctx: SchoolCtx, rng: Rng): MnYear {
	const { yearIndex: yi, quality: q, under, high } = ctx;
	const np = ctx.ownership === 'non_public';
	const total = Math.max(0, size);
	// Seed 004: creche 1,640 of 7,910 enrolled (56.6% of the age group), kindergarten 99%, 5-year-olds 100%.
	const ntEnr = Math.round(total * rng.range(np ? 0.15 : 0.17, np ? 0.3 : 0.25));
	const mgEnr = total - ntEnr;
	const ntRate = clamp(rng.range(0.5, 0.66) + 0.01 * yi, 0.3, 0.9) * (under ? 0.8 : 1);
	const ntCatch = Math.max(ntEnr, Math.round(ntEnr / ntRate));
	const mgRate = under ? rng.range(0.86, 0.9) : clamp(rng.range(0.95, 0.99) + 0.003 * yi, 0.9, 0.998);
	const fiveEnr = Math.min(mgEnr, Math.round(mgEnr * rng.range(0.31, 0.38)));
	const fiveGap = under
		? Math.max(1, Math.round(fiveEnr * rng.range(0.02, 0.05)))
		: rng.chance(0.85)
			? 0
			: rng.int(1, 2);
	const fiveCatch = fiveEnr + fiveGap;
	const mgCatch = Math.max(mgEnr + fiveGap, Math.round(mgEnr / mgRate));

	const r1 = drift(total, rng, -0.01, 0.01);
	const totalEnd = drift(total, rng, -0.015, 0.04);
	const r2 = Math.max(0, Math.round((r1 + totalEnd) / 2 + rng.range(-1, 1)));
	// The last round stays within 5 % of the year's start (a round's drift and rounding must not add up past it).
	const r3 = Math.min(drift(totalEnd, rng, -0.005, 0.005), Math.floor(total * 1.05));
	const fiveCatchEnd = Math.max(0, fiveCatch + (rng.chance(0.15) ? rng.int(-1, 1) : 0));
	const fiveEnrEnd = clamp(
		fiveEnr + (rng.chance(0.1) ? rng.int(-1, 1) : 0),
		0,
		Math.min(fiveCatchEnd, mgEnr, totalEnd)
	);

	const sdd1 = under
		? rng.range(0.08, 0.11)
		: clamp(0.055 - 0.003 * yi - 0.006 * q + rng.normal() * 0.008, 0.025, 0.1);
	const sddDrop = under
		? rng.range(0, 0.004)
		: Math.min(sdd1 - 0.01, rng.chance(0.85) ? rng.range(0.011, 0.02) : rng.range(0.003, 0.01));
	return {
		ntCatch,
		ntEnr,
		mgCatch,
		mgEnr,
		fiveCatch,
		fiveEnr,
		rounds: [r1, r2, r3],
		totalEnd,
		fiveCatchEnd,
		fiveEnrEnd,
		checkRate: under ? rng.range(0.9, 0.95) : rng.chance(0.92) ? 1 : rng.range(0.97, 0.995),
		sdd1,
		sddDrop,
		underweightShare: rng.range(0.35, 0.5),
		obese: under ? rng.range(0.035, 0.05) : rng.range(0.012, 0.028),
		selfCare: high
			? rng.range(0.99, 1)
			: under
				? rng.range(0.87, 0.92)
				: clamp(0.97 + 0.003 * yi + 0.008 * q + rng.normal() * 0.008, 0.93, 1),
		fiveDomains: high
			? rng.range(0.98, 1)
			: under
				? rng.range(0.8, 0.85)
				: clamp(0.92 + 0.003 * yi + 0.015 * q + rng.normal() * 0.012, 0.86, 0.98)
	};
}

export function mnDauNam(y: MnYear, out: Record<string, number>): void {
	out.MN_TRE_NT_DIABAN = y.ntCatch;
	out.MN_TRE_NT_RALOP = y.ntEnr;
	out.MN_TRE_MG_DIABAN = y.mgCatch;
	out.MN_TRE_MG_RALOP = y.mgEnr;
	out.MN_TRE_5T_DIABAN = y.fiveCatch;
	out.MN_TRE_5T_RALOP = y.fiveEnr;
	out.MN_TS_TRE = y.ntEnr + y.mgEnr;
}

/** Growth-monitoring round 1, 2 or 3 (later rounds are treated as 3). */
export function mnCanDo(y: MnYear, round: number, rng: Rng, out: Record<string, number>): void {
	const r = clamp(Math.round(round), 1, 3);
	const n = y.rounds[r - 1];
	const checked = y.checkRate >= 1 ? n : part(n, y.checkRate, rng);
	// Deterministic rounding keeps the round-to-round fall visible in small schools.
	const sdd = Math.min(checked, Math.round(checked * (y.sdd1 - (y.sddDrop * (r - 1)) / 2)));
	const underweight = Math.round(sdd * y.underweightShare);
	const obese = Math.min(checked - underweight, Math.round(checked * y.obese));
	out.MN_TS_TRE = n;
	out.MN_TRE_KHAMSK = checked;
	out.MN_TRE_CANBT = checked - underweight - obese;
	out.MN_TRE_SDD = sdd;
	out.MN_TRE_BEOPHI = obese;
}

export function mnCuoiNam(y: MnYear, rng: Rng, out: Record<string, number>): void {
	out.MN_TS_TRE = y.totalEnd;
	out.MN_TRE_TUPHUCVU = part(y.totalEnd, y.selfCare, rng);
	out.MN_TRE_DAT5LV = part(y.totalEnd, y.fiveDomains, rng);
	out.MN_TRE_5T_DIABAN = y.fiveCatchEnd;
	out.MN_TRE_5T_RALOP = y.fiveEnrEnd;
}
