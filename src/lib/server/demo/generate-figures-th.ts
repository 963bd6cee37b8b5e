// Primary (TH) figures: scale and intake, 2 sessions / foreign language / semi-boarding, outcomes.
import { clamp, part, split, type Rng, type SchoolCtx } from './generate-figures-common';

export type Stage = 0 | 1 | 2; // DAU_NAM, HK1, CUOI_NAM

export type ThYear = {
	pupils: [number, number, number];
	dropouts: [number, number]; // HK1, cumulative at CUOI_NAM
	classes: number;
	grade1: number;
	grade1Classes: number;
	sixCatch: number;
	sixEnr: number;
	twoSessions: number;
	foreignLanguage: number;
	boarding: number;
	/** Grade-5 pupils at DAU_NAM and CUOI_NAM. */
	grade5: [number, number];
	completed: number;
	/** Outcome shares for HK1 and CUOI_NAM: [HTXS, HTT, HT, CHT]; HT takes the remainder. */
	outcome: [number[], number[]];
	competencyMiss: number;
	competencyGood: number;
};

/** Pupils after a few transfers in or out, less the period's dropouts. */
export function transfer(n: number, dropouts: number, rng: Rng): number {
	return Math.max(0, n + Math.round(n * rng.range(-0.012, 0.008)) - dropouts);
}

export function dropouts(ctx: SchoolCtx, p: number, rng: Rng): [number, number] {
	const first = ctx.under ? rng.int(1, 2) : rng.chance(p) ? 1 : 0;
	const second = ctx.under ? rng.int(0, 1) : rng.chance(p) ? 1 : 0;
	return [first, first + second];
}

export function thYear(pupils: number, classes: number, ctx: SchoolCtx, rng: Rng): ThYear {
	const { yearIndex: yi, quality: q, under, high } = ctx;
	const np = ctx.ownership === 'non_public';
	const p0 = Math.max(0, pupils);
	const drops = dropouts(ctx, ctx.high ? 0 : 0.01, rng);
	const p1 = transfer(p0, drops[0], rng);
	const p2 = transfer(p1, drops[1] - drops[0], rng);
	// Seed 004: 2,227 grade-1 pupils of 12,246 (18%), 57 of 291 classes.
	const grade1 = Math.min(p0, Math.round((p0 / 5) * rng.range(0.9, 1.1)));
	const grade1Classes =
		grade1 === 0 || classes <= 0
			? 0
			: clamp(Math.round(((classes * grade1) / p0) * rng.range(0.95, 1.05)), 1, classes);
	const sixCatch = Math.max(0, grade1 - part(grade1, rng.range(0, 0.03), rng));
	const sixMiss = under ? rng.int(1, 3) : rng.chance(0.05) ? 1 : 0;
	const grade5Start = Math.min(p0, Math.round((p0 / 5) * rng.range(0.9, 1.1)));
	const grade5 = Math.min(p2, Math.round((grade5Start * p2) / Math.max(1, p0)));
	const notCompleted = high
		? 0
		: under
			? Math.max(1, part(grade5, rng.range(0.01, 0.03), rng))
			: rng.chance(0.03)
				? 1
				: 0;

	const xs = high
		? rng.range(0.91, 0.94)
		: under
			? rng.range(0.38, 0.43)
			: clamp(0.57 + 0.004 * yi + 0.02 * q + rng.normal() * 0.012, 0.47, 0.66);
	const good = high ? rng.range(0.04, 0.06) : rng.range(0.145, 0.18);
	const cht = high ? 0 : under ? rng.range(0.012, 0.02) : 0.0015;
	const xsHk1 = high ? xs - rng.range(0, 0.01) : xs - rng.range(0.02, 0.04);
	return {
		pupils: [p0, p1, p2],
		dropouts: drops,
		classes: Math.max(0, classes),
		grade1,
		grade1Classes,
		sixCatch,
		sixEnr: Math.max(0, sixCatch - sixMiss),
		twoSessions: high
			? 1
			: under
				? rng.range(0.86, 0.9)
				: clamp(0.982 + 0.003 * yi + 0.006 * q + rng.normal() * 0.006, 0.965, 1),
		foreignLanguage: under ? rng.range(0.93, 0.96) : clamp(rng.range(0.99, 1.003) + 0.001 * yi, 0.99, 1),
		boarding: np ? rng.range(0.6, 0.9) : clamp(rng.range(0.1, 0.3) + 0.01 * yi, 0, 0.5),
		grade5: [grade5Start, grade5],
		completed: Math.max(0, grade5 - notCompleted),
		outcome: [
			[xsHk1, good, 0, cht * 2],
			[xs, good, 0, cht]
		],
		competencyMiss: high ? 0 : under ? rng.range(0.02, 0.03) : 0.001,
		competencyGood: high
			? rng.range(0.97, 0.99)
			: under
				? rng.range(0.65, 0.72)
				: clamp(0.81 + 0.005 * yi + 0.02 * q + rng.normal() * 0.015, 0.76, 0.9)
	};
}

export function thDauNam(y: ThYear, rng: Rng, out: Record<string, number>): void {
	const n = y.pupils[0];
	out.TH_TS_HS = n;
	out.TH_TS_LOP = y.classes;
	out.TH_HS_LOP1 = y.grade1;
	out.TH_LOP1 = y.grade1Classes;
	out.TH_TRE6T_DIABAN = y.sixCatch;
	out.TH_TRE6T_VAOLOP1 = y.sixEnr;
	out.TH_HS_2BUOI = y.twoSessions >= 1 ? n : part(n, y.twoSessions, rng);
	out.TH_HS_NGOAINGU = y.foreignLanguage >= 1 ? n : part(n, y.foreignLanguage, rng);
	out.TH_HS_BANTRU = part(n, y.boarding, rng);
	out.TH_HS_LOP5 = y.grade5[0];
}

/** HK1 (stage 1) and CUOI_NAM (stage 2) results. */
export function thResults(y: ThYear, stage: 1 | 2, rng: Rng, out: Record<string, number>): void {
	const n = y.pupils[stage];
	const [xs, good, done, notDone] = split(n, y.outcome[stage - 1], 2, rng);
	out.TH_TS_HS = n;
	out.TH_HS_HTXS = xs;
	out.TH_HS_HTT = good;
	out.TH_HS_HT = done;
	out.TH_HS_CHT = notDone;
	const pcDat = n - part(n, y.competencyMiss, rng);
	out.TH_HS_PCNL_DAT = pcDat;
	out.TH_HS_PCNL_TOT = part(pcDat, y.competencyGood * (n / Math.max(1, pcDat)), rng);
	out.TH_HS_BOHOC = y.dropouts[stage - 1];
	if (stage === 2) {
		out.TH_HS_LOP5 = y.grade5[1];
		out.TH_HS_HTCTTH = y.completed;
	}
}
