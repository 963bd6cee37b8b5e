// The load of bench:rush: schools arriving over the window (most in its last quarter), each signing
// in, previewing and storing its file; district leaders reloading their board, overview and the
// completeness API every few seconds until the last school is done. Loopback only, bounded.
import type { Cast, SchoolFile } from './rush-data';

export type Step = 'sign-in' | 'preview' | 'store' | 'board' | 'overview' | 'completeness API';
export type Sample = { step: Step; ms: number; at: number };
export type RushResult = {
	samples: Sample[];
	errors: Map<string, number>;
	attempted: number;
	stored: number;
	storedSchools: Set<string>;
	wallSeconds: number;
};

const REQUEST_TIMEOUT_MS = 90_000;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, Math.max(0, ms)));

/** Arrival times (ms from the start): 30 % spread over the window, 70 % in its last quarter. */
export function arrivals(count: number, windowMs: number, rng: () => number): number[] {
	// The last school still has time to preview, read and store inside the window.
	const span = Math.max(1000, windowMs - 5000);
	const lastQuarter = span * 0.75;
	return Array.from({ length: count }, (_, i) =>
		i % 10 < 3 ? rng() * lastQuarter : lastQuarter + rng() * (span - lastQuarter)
	).sort((a, b) => a - b);
}

/** A small deterministic generator, so that two runs see the same arrivals. */
export function seededRandom(seed: number): () => number {
	let s = seed >>> 0;
	return () => {
		s = (s + 0x6d2b79f5) >>> 0;
		let t = s;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

class Failure extends Error {}

export async function runRush(
	base: string,
	cast: Cast,
	files: Map<string, SchoolFile>,
	windowMs: number
): Promise<RushResult> {
	const samples: Sample[] = [];
	const errors = new Map<string, number>();
	const storedSchools = new Set<string>();
	const started = performance.now();
	const note = (kind: string) => errors.set(kind, (errors.get(kind) ?? 0) + 1);

	async function timed(step: Step, url: string, init: RequestInit, expect: number): Promise<Response> {
		const t = performance.now();
		let res: Response;
		try {
			res = await fetch(base + url, {
				...init,
				redirect: 'manual',
				signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS)
			});
		} catch (e) {
			const cause = (e as { cause?: { code?: string } }).cause?.code ?? (e as Error).name;
			note(`${step}: ${cause}`);
			throw new Failure();
		}
		if (res.status !== expect) {
			const body = await res.text().catch(() => '');
			const code = /"code":"([a-z_]+)"/.exec(body)?.[1] ?? /"status":"([a-z_]+)"/.exec(body)?.[1] ?? '';
			note(`${step}: HTTP ${res.status}${code ? ` ${code}` : ''}`);
			throw new Failure();
		}
		samples.push({ step, ms: performance.now() - t, at: t - started });
		return res;
	}

	async function signIn(username: string, password: string): Promise<string> {
		const res = await timed(
			'sign-in',
			'/login',
			{
				method: 'POST',
				body: new URLSearchParams({ username, password }),
				headers: {
					origin: base,
					accept: 'text/html',
					'content-type': 'application/x-www-form-urlencoded'
				}
			},
			303
		);
		const cookie = res.headers
			.getSetCookie()
			.map((c) => c.split(';')[0])
			.join('; ');
		if (!cookie) {
			note('sign-in: no session cookie');
			throw new Failure();
		}
		return cookie;
	}

	async function upload(step: 'preview' | 'store', cookie: string, file: SchoolFile) {
		const form = new FormData();
		form.append('file', new Blob([file.csv], { type: 'text/csv' }), `bao-cao-${file.school}.csv`);
		const query = step === 'preview' ? 'dryRun=true' : 'dryRun=false&confirmWarnings=true';
		const res = await timed(
			step,
			`/api/imports?${query}`,
			{ method: 'POST', body: form, headers: { cookie, origin: base } },
			200
		);
		const body = (await res.json()) as { status: string };
		const want = step === 'preview' ? 'preview' : 'stored';
		if (body.status !== want) {
			note(`${step}: answered ${body.status}`);
			throw new Failure();
		}
	}

	const rng = seededRandom(14);
	const schedule = arrivals(cast.schools.length, windowMs, rng);
	const order = cast.schools.map((s, i) => ({ s, i, r: rng() })).sort((a, b) => a.r - b.r);
	let stored = 0;
	let done = false;
	const school = async (account: Cast['schools'][number], at: number, think: number) => {
		await sleep(at - (performance.now() - started));
		try {
			const cookie = await signIn(account.username, account.password);
			const file = files.get(account.code)!;
			await upload('preview', cookie, file);
			await sleep(think);
			await upload('store', cookie, file);
			stored++;
			storedSchools.add(account.code);
		} catch (e) {
			if (!(e instanceof Failure)) note(`unexpected: ${(e as Error).message}`);
		}
	};
	const leader = async (account: Cast['leaders'][number], offset: number) => {
		const view = `unit=${account.district}&year=${cast.year}&period=CUOI_NAM`;
		const pages: [Step, string, number][] = [
			['board', `/reporting?${view}`, 200],
			['overview', `/units/${account.district}?year=${cast.year}&period=CUOI_NAM`, 200],
			['completeness API', `/api/completeness?${view}`, 200]
		];
		let cookie: string;
		try {
			cookie = await signIn(account.username, account.password);
		} catch {
			return;
		}
		await sleep(offset);
		for (let n = 0; !done; n++) {
			const [step, url, expect] = pages[n % pages.length];
			try {
				const res = await timed(step, url, { headers: { cookie } }, expect);
				await res.arrayBuffer();
			} catch {
				/* counted */
			}
			await sleep(2000 + rng() * 2000);
		}
	};

	const leaders = cast.leaders.map((l, i) => leader(l, (i * 3000) / cast.leaders.length));
	await Promise.all(order.map(({ s }, k) => school(s, schedule[k], 1000 + rng() * 2000)));
	done = true;
	await Promise.all(leaders);
	return {
		samples,
		errors,
		attempted: cast.schools.length,
		stored,
		storedSchools,
		wallSeconds: (performance.now() - started) / 1000
	};
}

export function percentiles(values: number[]): {
	n: number;
	p50: number;
	p95: number;
	p99: number;
	max: number;
} {
	const sorted = [...values].sort((a, b) => a - b);
	const at = (p: number) =>
		sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] ?? NaN;
	return { n: sorted.length, p50: at(50), p95: at(95), p99: at(99), max: sorted[sorted.length - 1] ?? NaN };
}
