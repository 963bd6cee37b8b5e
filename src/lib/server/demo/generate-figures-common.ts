// Shared pieces of the demo figure generator: seeded PRNG, integer splitting, timestamps.
import type { Ownership } from '../../domain/types';

export type Rng = {
	/** Uniform in [0, 1). */
	next(): number;
	range(min: number, max: number): number;
	/** Uniform integer in [min, max], both inclusive. */
	int(min: number, max: number): number;
	chance(p: number): boolean;
	/** Standard normal, clipped to ±3. */
	normal(): number;
	/** Stochastic rounding of a non-negative amount: 2.3 → 2 (70%) or 3 (30%). */
	count(x: number): number;
};

/** FNV-1a over the string, started from `seed`, with a murmur3 finaliser. */
export function hashString(s: string, seed: number): number {
	let h = (seed ^ 0x811c9dc5) >>> 0;
	for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
	h ^= h >>> 16;
	h = Math.imul(h, 0x85ebca6b);
	h ^= h >>> 13;
	h = Math.imul(h, 0xc2b2ae35);
	h ^= h >>> 16;
	return h >>> 0;
}

export function mulberry32(state: number): () => number {
	let a = state >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

/** An independent stream for (seed, parts…): the same inputs always give the same stream. */
export function createRng(seed: number, ...parts: string[]): Rng {
	const next = mulberry32(hashString(parts.join('\u0001'), hashString(String(seed), 0x9e3779b9)));
	const rng: Rng = {
		next,
		range: (min, max) => min + (max - min) * next(),
		int: (min, max) => min + Math.floor(next() * (max - min + 1)),
		chance: (p) => next() < p,
		normal: () => {
			const u = 1 - next();
			const z = Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * next());
			return clamp(z, -3, 3);
		},
		count: (x) => {
			if (!(x > 0)) return 0;
			const f = Math.floor(x);
			return f + (next() < x - f ? 1 : 0);
		}
	};
	return rng;
}

export function clamp(x: number, lo: number, hi: number): number {
	return x < lo ? lo : x > hi ? hi : x;
}

/** A count of `n` at `rate` (stochastically rounded), never above n. */
export function part(n: number, rate: number, rng: Rng): number {
	return Math.min(n, rng.count(n * clamp(rate, 0, 1)));
}

/**
 * Splits `total` into categories by share; category `rest` takes what is left, so the
 * counts are non-negative integers that sum to `total` exactly.
 */
export function split(total: number, shares: number[], rest: number, rng: Rng): number[] {
	const counts = shares.map((s, i) => (i === rest ? 0 : rng.count(total * Math.max(0, s))));
	let sum = counts.reduce((a, b) => a + b, 0);
	while (sum > total) {
		let big = -1;
		for (let i = 0; i < counts.length; i++) if (big < 0 || counts[i] > counts[big]) big = i;
		const cut = Math.min(counts[big], sum - total);
		counts[big] -= cut;
		sum -= cut;
	}
	counts[rest] = total - sum;
	return counts;
}

/** What the per-level builders know about the school in this year. */
export type SchoolCtx = {
	ownership: Ownership;
	yearIndex: number;
	/** Stable quality z-score of the school (better schools do better on every indicator). */
	quality: number;
	under: boolean;
	high: boolean;
};

const DAY = 86_400_000;
const VN_OFFSET_MIN = 7 * 60;

function weekday(dayMs: number): number {
	return new Date(dayMs).getUTCDay();
}

/**
 * A submission instant at an office hour (Asia/Ho_Chi_Minh, Mon–Fri), as ISO with Z:
 * on time = 0–5 days before the deadline date; late = 3–12 days after it.
 */
export function submissionTime(deadline: string, late: boolean, rng: Rng): string {
	const [y, m, d] = deadline.slice(0, 10).split('-').map(Number);
	const base = Date.UTC(y, m - 1, d);
	let days: number;
	if (late) {
		days = rng.int(3, 12);
		const wd = weekday(base + days * DAY);
		if (wd === 6) days += days >= 5 ? -1 : 2;
		else if (wd === 0) days += days >= 5 ? -2 : 1;
	} else {
		days = -rng.int(0, 5);
		const wd = weekday(base + days * DAY);
		if (wd === 6) days += days <= -2 ? 2 : -1;
		else if (wd === 0) days += days <= -1 ? 1 : -2;
	}
	const minutes = rng.chance(0.55) ? rng.int(7 * 60 + 30, 11 * 60 + 30) : rng.int(13 * 60 + 30, 17 * 60);
	const ms = base + days * DAY + (minutes - VN_OFFSET_MIN) * 60_000 + rng.int(0, 59) * 1000;
	return new Date(ms).toISOString();
}
