// Lower-secondary (THCS) figures: scale and intake, conduct and learning results, graduation.
import { clamp, part, split, type Rng, type SchoolCtx } from './generate-figures-common';
import { dropouts, transfer } from './generate-figures-th';

export type ThcsYear = {
	pupils: [number, number, number];
	dropouts: [number, number];
	classes: number;
	grade6: number;
	grade6Classes: number;
	/** Grade-9 pupils at DAU_NAM and CUOI_NAM. */
	grade9: [number, number];
	graduates: number;
	/** Shares per stage (HK1, CUOI_NAM), in code order TOT, KHA, DAT, CHUADAT; `rest` takes the remainder. */
	conduct: [number[], number[]];
	learning: [number[], number[]];
	/** Graduation grades GIOI, KHA, TB (TB takes the remainder). */
	grades: number[];
};

export function thcsYear(pupils: number, classes: number, ctx: SchoolCtx, rng: Rng): ThcsYear {
	const { yearIndex: yi, quality: q, under, high } = ctx;
	const p0 = Math.max(0, pupils);
	const drops = dropouts(ctx, high ? 0 : 0.03, rng);
	const p1 = transfer(p0, drops[0], rng);
	const p2 = transfer(p1, drops[1] - drops[0], rng);
	// Seed 004: 2,737 grade-6 pupils of 10,932 (25%), 59 of 227 classes.
	const grade6 = Math.min(p0, Math.round((p0 / 4) * rng.range(0.92, 1.1)));
	const grade6Classes =
		grade6 === 0 || classes <= 0
			? 0
			: clamp(Math.round(((classes * grade6) / p0) * rng.range(0.95, 1.05)), 1, classes);
	const grade9Start = Math.min(p0, Math.round((p0 / 4) * rng.range(0.88, 1.05)));
	const grade9 = Math.min(p2, Math.round((grade9Start * p2) / Math.max(1, p0)));
	const failed = high
		? 0
		: under
			? Math.max(1, part(grade9, rng.range(0.02, 0.04), rng))
			: rng.chance(0.04)
				? 1
				: 0;

	let conductEnd: number[];
	let learningEnd: number[];
	let grades: number[];
	if (high) {
		conductEnd = [1, 0, 0, 0];
		learningEnd = [rng.range(0.86, 0.9), rng.range(0.09, 0.12), 0, 0];
		grades = [rng.range(0.93, 0.97), rng.range(0.03, 0.06), 0];
	} else if (under) {
		conductEnd = [0, rng.range(0.07, 0.09), rng.range(0.025, 0.035), rng.range(0.006, 0.012)];
		learningEnd = [rng.range(0.37, 0.41), rng.range(0.34, 0.37), 0, rng.range(0.02, 0.03)];
		grades = [rng.range(0.48, 0.55), rng.range(0.33, 0.37), 0];
	} else {
		const fair = clamp(0.034 - 0.001 * yi - 0.006 * q + rng.normal() * 0.006, 0.018, 0.05);
		conductEnd = [0, fair, rng.range(0.003, 0.007), 0.0002];
		const best = clamp(0.572 + 0.004 * yi + 0.02 * q + rng.normal() * 0.012, 0.5, 0.65);
		learningEnd = [best, rng.range(0.3, 0.33), 0, rng.range(0.004, 0.009)];
		grades = [clamp(0.72 + 0.003 * yi + 0.02 * q + rng.normal() * 0.012, 0.66, 0.8), rng.range(0.2, 0.24), 0];
	}
	// Semester I: a little less Tốt, a little more Khá than at the end of the year.
	const conductHk1 = high
		? conductEnd
		: [0, conductEnd[1] + rng.range(0.003, 0.01), conductEnd[2], conductEnd[3] * 1.5];
	const shift = high ? rng.range(0, 0.01) : rng.range(0.015, 0.035);
	const learningHk1 = [learningEnd[0] - shift, learningEnd[1] + shift / 2, 0, learningEnd[3] * 1.3];
	return {
		pupils: [p0, p1, p2],
		dropouts: drops,
		classes: Math.max(0, classes),
		grade6,
		grade6Classes,
		grade9: [grade9Start, grade9],
		graduates: Math.max(0, grade9 - failed),
		conduct: [conductHk1, conductEnd],
		learning: [learningHk1, learningEnd],
		grades
	};
}

export function thcsDauNam(y: ThcsYear, out: Record<string, number>): void {
	out.THCS_TS_HS = y.pupils[0];
	out.THCS_TS_LOP = y.classes;
	out.THCS_HS_LOP6 = y.grade6;
	out.THCS_LOP6 = y.grade6Classes;
	out.THCS_HS_LOP9 = y.grade9[0];
}

export function thcsResults(y: ThcsYear, stage: 1 | 2, rng: Rng, out: Record<string, number>): void {
	const n = y.pupils[stage];
	out.THCS_TS_HS = n;
	const [rlTot, rlKha, rlDat, rlChua] = split(n, y.conduct[stage - 1], 0, rng);
	out.THCS_RL_TOT = rlTot;
	out.THCS_RL_KHA = rlKha;
	out.THCS_RL_DAT = rlDat;
	out.THCS_RL_CHUADAT = rlChua;
	const [htTot, htKha, htDat, htChua] = split(n, y.learning[stage - 1], 2, rng);
	out.THCS_HT_TOT = htTot;
	out.THCS_HT_KHA = htKha;
	out.THCS_HT_DAT = htDat;
	out.THCS_HT_CHUADAT = htChua;
	out.THCS_HS_BOHOC = y.dropouts[stage - 1];
	if (stage === 2) {
		out.THCS_HS_LOP9 = y.grade9[1];
		out.THCS_TN = y.graduates;
		const [gioi, kha, tb] = split(y.graduates, y.grades, 2, rng);
		out.THCS_TN_GIOI = gioi;
		out.THCS_TN_KHA = kha;
		out.THCS_TN_TB = tb;
	}
}
