// Dev aid: app CPU per rush step, one step at a time (no overlap), against a running app.
// npx tsx bench/rush-steps.ts <base url> <app pid> <schools> [dashboards]
// Needs bench/out/rush-cast-<S>-20.json of bench:rush (the database a fresh copy of its template).
import { readFileSync, readdirSync } from 'node:fs';
import { buildFiles, type Cast } from './rush-data';

const [base, pidText, countText, dashText = '60'] = process.argv.slice(2);
const pid = Number(pidText);
const castFile = process.env.RUSH_CAST ?? readdirSync('bench/out').find((f) => f.startsWith('rush-cast-'))!;
const cast = JSON.parse(readFileSync(`bench/out/${castFile}`, 'utf8')) as Cast;
const schools = cast.schools.slice(0, Number(countText));
const files = new Map(
	buildFiles(
		cast.year,
		schools.map((s) => s.code)
	).map((f) => [f.school, f])
);

function cpuMs(): number {
	const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
	const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
	return (Number(f[11]) + Number(f[12])) * 10;
}

async function phase<T>(name: string, items: T[], run: (item: T) => Promise<void>, conc = 4) {
	const c0 = cpuMs();
	const t0 = performance.now();
	let next = 0;
	await Promise.all(
		Array.from({ length: conc }, async () => {
			while (next < items.length) await run(items[next++]);
		})
	);
	const cpu = cpuMs() - c0;
	console.log(
		`${name.padEnd(18)} n=${String(items.length).padStart(4)}  CPU ${(cpu / items.length).toFixed(1).padStart(6)} ms each  (wall ${((performance.now() - t0) / items.length).toFixed(0)} ms each)`
	);
}

async function signIn(username: string, password: string): Promise<string> {
	const res = await fetch(`${base}/login`, {
		method: 'POST',
		redirect: 'manual',
		body: new URLSearchParams({ username, password }),
		headers: { origin: base, accept: 'text/html', 'content-type': 'application/x-www-form-urlencoded' }
	});
	if (res.status !== 303) throw new Error(`sign-in ${res.status}`);
	return res.headers
		.getSetCookie()
		.map((c) => c.split(';')[0])
		.join('; ');
}

const cookies = new Map<string, string>();
await phase('sign-in', schools, async (s) => {
	cookies.set(s.code, await signIn(s.username, s.password));
});
for (const [step, query, want] of [
	['preview', 'dryRun=true', 'preview'],
	['store', 'dryRun=false&confirmWarnings=true', 'stored']
] as const) {
	await phase(step, schools, async (s) => {
		const file = files.get(s.code)!;
		const form = new FormData();
		form.append('file', new Blob([file.csv], { type: 'text/csv' }), `bao-cao-${s.code}.csv`);
		const res = await fetch(`${base}/api/imports?${query}`, {
			method: 'POST',
			body: form,
			headers: { cookie: cookies.get(s.code)!, origin: base }
		});
		const body = (await res.json()) as { status: string };
		if (body.status !== want) throw new Error(`${step}: ${res.status} ${JSON.stringify(body).slice(0, 300)}`);
	});
}
const leader = cast.leaders[0];
const lc = await signIn(leader.username, leader.password);
const view = `unit=${leader.district}&year=${cast.year}&period=CUOI_NAM`;
const n = Number(dashText);
for (const [name, url] of [
	['board', `/reporting?${view}`],
	['overview', `/units/${leader.district}?year=${cast.year}&period=CUOI_NAM`],
	['completeness API', `/api/completeness?${view}`]
]) {
	await phase(
		name,
		Array.from({ length: n }, (_, i) => i),
		async () => {
			const res = await fetch(base + url, { headers: { cookie: lc } });
			await res.arrayBuffer();
			if (res.status !== 200) throw new Error(`${name} ${res.status}`);
		}
	);
}
