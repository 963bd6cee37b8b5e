// npm run bench:rush [-- --schools 1000 --window 120 --workers 2 --leaders 20] — the deadline rush
// against the built app (run `npx vite build` first) on PostgreSQL holding the 2,000-school scale
// province: N schools sign in, preview and store one file of ~60 figures within the window while
// district leaders reload their pages; once with 1 app process and once with `--workers`. Prints
// stored / attempted, errors by kind, p50/p95/p99 per step, and checks every report in the database.
// BENCH_DATABASE_URL (a server; databases are made on it) or a throwaway server. BENCH_REUSE=1 keeps
// the prepared template of an earlier run with the same --schools and --leaders.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { parseArgs } from 'node:util';
import postgres from 'postgres';
import { migrateDatabase, openDatabase } from '../src/lib/server/db/client';
import { buildFiles, prepareTemplate, type Cast } from './rush-data';
import { percentiles, runRush, type RushResult, type Step } from './rush-load';
import { startApp } from './rush-servers';
import { checkStored } from './rush-check';

const { values: args } = parseArgs({
	options: {
		schools: { type: 'string', default: '1000' },
		window: { type: 'string', default: '120' },
		workers: { type: 'string', default: '2' },
		leaders: { type: 'string', default: '20' },
		only: { type: 'string' }
	}
});
const SCHOOLS = Number(args.schools);
const WINDOW_S = Number(args.window);
const WORKERS = Number(args.workers);
const LEADERS = Number(args.leaders);
const PORT = Number(process.env.BENCH_PORT ?? 4398);
const GOALS = { storeP95: 1000, dashboardP95: 300 };
const TEMPLATE = `chitieu_bench_rush_tpl_${SCHOOLS}_${LEADERS}`;
const RUN_DB = 'chitieu_bench_rush';
const CAST_FILE = `bench/out/rush-cast-${SCHOOLS}-${LEADERS}.json`;
const log = (line: string) => console.log(`  ${line}`);

function withDatabase(base: string, name: string): string {
	const url = new URL(base);
	url.pathname = `/${name}`;
	return url.toString();
}

async function prepare(base: string): Promise<Cast> {
	const admin = postgres(base, { max: 1, onnotice: () => {} });
	try {
		const [found] = await admin`select 1 as ok from pg_database where datname = ${TEMPLATE}`;
		if (process.env.BENCH_REUSE === '1' && found && existsSync(CAST_FILE)) {
			console.log(`Reusing ${TEMPLATE}`);
			return JSON.parse(readFileSync(CAST_FILE, 'utf8')) as Cast;
		}
		await admin.unsafe(`drop database if exists ${TEMPLATE} with (force)`);
		await admin.unsafe(`create database ${TEMPLATE}`);
	} finally {
		await admin.end();
	}
	console.log(`Preparing ${TEMPLATE}…`);
	const handle = await openDatabase({ kind: 'postgres', url: withDatabase(base, TEMPLATE), max: 4 });
	try {
		await migrateDatabase(handle);
		const cast = await prepareTemplate(handle, { schools: SCHOOLS, leaders: LEADERS }, log);
		mkdirSync('bench/out', { recursive: true });
		writeFileSync(CAST_FILE, JSON.stringify(cast));
		return cast;
	} finally {
		await handle.close();
	}
}

async function cloneTemplate(base: string): Promise<string> {
	const admin = postgres(base, { max: 1, onnotice: () => {} });
	await admin.unsafe(`drop database if exists ${RUN_DB} with (force)`);
	await admin.unsafe(`create database ${RUN_DB} template ${TEMPLATE}`);
	await admin.end();
	return withDatabase(base, RUN_DB);
}

/** CPU seconds (user + system) of processes and all their descendants, from /proc. */
function cpuSeconds(pids: number[]): number {
	const tick = 100;
	let total = 0;
	const seen = new Set<number>();
	const visit = (pid: number) => {
		if (seen.has(pid)) return;
		seen.add(pid);
		try {
			const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
			const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
			total += (Number(fields[11]) + Number(fields[12])) / tick;
			const children = readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim();
			for (const c of children ? children.split(' ') : []) visit(Number(c));
		} catch {
			/* gone */
		}
	};
	pids.forEach(visit);
	return total;
}

type Row = {
	processes: number;
	how: string;
	result: RushResult;
	cpu: number;
	check: Awaited<ReturnType<typeof checkStored>>;
};
const STEPS: Step[] = ['sign-in', 'preview', 'store', 'board', 'overview', 'completeness API'];
const DASHBOARD: Step[] = ['board', 'overview', 'completeness API'];

function stats(result: RushResult, steps: Step[]) {
	return percentiles(result.samples.filter((s) => steps.includes(s.step)).map((s) => s.ms));
}

function print(row: Row): boolean {
	const { result, check } = row;
	const ms = (n: number) => (Number.isFinite(n) ? `${Math.round(n)}`.padStart(6) : '     —');
	console.log(`\n${row.how}: ${SCHOOLS} schools in ${WINDOW_S} s, ${LEADERS} leaders`);
	console.log(
		`  uploads stored / attempted: ${result.stored} / ${result.attempted}   wall ${result.wallSeconds.toFixed(0)} s   app CPU ${row.cpu.toFixed(0)} s`
	);
	console.log(
		`  errors: ${result.errors.size === 0 ? 'none' : [...result.errors].map(([k, n]) => `${k} × ${n}`).join(', ')}`
	);
	console.log(`  ${'step'.padEnd(18)}     n    p50    p95    p99    max (ms)`);
	for (const [name, s] of [
		...STEPS.map((s) => [s, stats(result, [s])] as const),
		['dashboard (all)', stats(result, DASHBOARD)] as const
	])
		console.log(
			`  ${name.padEnd(18)}${String(s.n).padStart(6)}${ms(s.p50)}${ms(s.p95)}${ms(s.p99)}${ms(s.max)}`
		);
	console.log(
		`  database check: ${check.schoolsOk} / ${check.schools} schools, ${check.reportsOk} / ${check.reports} reports stored once with every figure (${check.figures} figures)` +
			(check.problems.length ? `\n    ! ${check.problems.slice(0, 5).join('\n    ! ')}` : '')
	);
	const store = stats(result, ['store']);
	const dash = stats(result, DASHBOARD);
	const ok =
		result.stored === result.attempted &&
		result.errors.size === 0 &&
		check.problems.length === 0 &&
		check.schoolsOk === check.schools;
	const goals = [
		[`all stored, no errors, database intact`, ok],
		[`store p95 ≤ ${GOALS.storeP95} ms`, store.p95 <= GOALS.storeP95],
		[`dashboard p95 ≤ ${GOALS.dashboardP95} ms`, dash.p95 <= GOALS.dashboardP95]
	] as const;
	for (const [goal, met] of goals) console.log(`  ${met ? 'met   ' : 'MISSED'} ${goal}`);
	return ok;
}

const base =
	process.env.BENCH_DATABASE_URL ??
	execFileSync('scripts/pg-throwaway.sh', ['start'], { encoding: 'utf8' }).trim();
const cast = await prepare(base);
const files = new Map(
	buildFiles(
		cast.year,
		cast.schools.map((s) => s.code)
	).map((f) => [f.school, f])
);
const perFile = [...files.values()].map((f) => f.figures);
console.log(
	`Files: ${files.size}, ${Math.min(...perFile)}–${Math.max(...perFile)} figures each (mean ${(perFile.reduce((a, b) => a + b, 0) / perFile.length).toFixed(1)})`
);
const configs = (args.only ? [Number(args.only)] : [1, WORKERS]).filter((n, i, a) => a.indexOf(n) === i);
const rows: Row[] = [];
let allOk = true;
for (const processes of configs) {
	const url = await cloneTemplate(base);
	const app = await startApp({ processes, port: PORT, databaseUrl: url });
	let result: RushResult;
	let cpu = 0;
	try {
		const cpu0 = cpuSeconds(app.pids);
		result = await runRush(app.base, cast, files, WINDOW_S * 1000);
		cpu = cpuSeconds(app.pids) - cpu0;
	} finally {
		await app.stop();
	}
	const check = await checkStored(url, cast, files);
	const row = { processes, how: app.how, result, cpu, check };
	rows.push(row);
	allOk = print(row) && allOk;
}
console.log(
	`\nMachine: ${os.cpus().length} CPUs, load average ${os
		.loadavg()
		.map((l) => l.toFixed(1))
		.join(' ')} (other work on the machine slows every request)`
);
mkdirSync('bench/out', { recursive: true });
writeFileSync(
	'bench/out/rush.json',
	JSON.stringify(
		{
			at: new Date().toISOString(),
			schools: SCHOOLS,
			windowSeconds: WINDOW_S,
			leaders: LEADERS,
			runs: rows.map((r) => ({
				processes: r.processes,
				how: r.how,
				stored: r.result.stored,
				attempted: r.result.attempted,
				errors: Object.fromEntries(r.result.errors),
				cpuSeconds: r.cpu,
				steps: Object.fromEntries([
					...STEPS.map((s) => [s, stats(r.result, [s])]),
					['dashboard', stats(r.result, DASHBOARD)]
				]),
				check: { ...r.check, problems: r.check.problems.slice(0, 20) }
			}))
		},
		null,
		2
	)
);
console.log('written to bench/out/rush.json');
process.exit(allOk ? 0 : 1);
