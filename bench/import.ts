// npm run bench:import — the import of a 120,000-figure long-layout file (2,000 schools × 60) on real
// PostgreSQL (BENCH_DATABASE_URL, else a throwaway server) and on PGlite, dry run and commit, against a
// raw COPY of the same rows. Each measured import runs in its own process (peak RSS is its own).
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import postgres from 'postgres';
import { sql } from 'drizzle-orm';
import { migrateDatabase, openDatabase } from '../src/lib/server/db/client';
import { buildLongFile, FIGURES, prepareDatabase, removeReports } from './import-data';

const WORK = '/tmp/chitieu-bench-import';
const GOALS = { figuresPerSecond: 50_000, copyShare: 0.25, rssMb: 400 };
const log = (line: string) => console.log(`  ${line}`);

type Run = {
	kind: string;
	mode: string;
	status: string;
	records: number;
	figures: { new: number; changed: number; unchanged: number };
	errors: number;
	warnings: number;
	firstError: string | null;
	timings: { parse: number; validate: number; store: number };
	endToEnd: number;
	copyMs: number | null;
	maxRssMb: number;
	baseRssMb: number;
};

/** The runner as one plain-node script, so peak RSS is the import's and not the TypeScript loader's. */
function bundleRunner(): string {
	// Inside the project (bench/out is ignored) so that its packages resolve from node_modules.
	const out = path.resolve('bench/out/import-run.mjs');
	execFileSync('node_modules/.bin/esbuild', [
		'bench/import-run.ts',
		'--bundle',
		'--platform=node',
		'--format=esm',
		'--packages=external',
		'--log-level=warning',
		`--outfile=${out}`
	]);
	return out;
}

/** dry: preview only; new: the reports do not exist yet (the usual upload); fix: every figure exists, most change. */
type Scenario = 'dry' | 'new' | 'fix';

async function freshReports(kind: string, target: string, csv: string): Promise<void> {
	const handle =
		kind === 'postgres'
			? await openDatabase({ kind: 'postgres', url: target, max: 1 })
			: await openDatabase({ kind: 'pglite', dataDir: target });
	await removeReports(handle, csv);
	// As after a real period's start: no dead rows left behind by the deletion.
	await handle.db.execute(sql`vacuum analyze`);
	await handle.close();
}

function measure(runner: string, kind: string, target: string, file: string, scenario: Scenario): Run {
	const mode = scenario === 'dry' ? 'dry' : 'commit';
	const args = [runner, '--kind', kind, '--target', target, '--file', file, '--mode', mode];
	const result = spawnSync(process.execPath, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
	const line = result.stdout.trim().split('\n').pop() ?? '';
	if (result.status !== 0 || !line.startsWith('{')) {
		throw new Error(`${kind} ${mode} failed:\n${result.stdout}\n${result.stderr}`);
	}
	return { ...(JSON.parse(line) as Run), mode: scenario };
}

const PG_TEMPLATE = 'chitieu_bench_import_tpl';
const PG_RUN = 'chitieu_bench_import';
/** BENCH_REUSE=1 keeps the prepared databases of an earlier run (seeding takes a minute or two). */
const reuse = process.env.BENCH_REUSE === '1';

function withDatabase(base: string, name: string): string {
	const url = new URL(base);
	url.pathname = `/${name}`;
	return url.toString();
}

async function preparePostgres(): Promise<string> {
	const base =
		process.env.BENCH_DATABASE_URL ??
		execFileSync('scripts/pg-throwaway.sh', ['start'], { encoding: 'utf8' }).trim();
	const admin = postgres(base, { max: 1, onnotice: () => {} });
	const [found] = await admin`select 1 as ok from pg_database where datname = ${PG_TEMPLATE}`;
	if (!reuse || !found) {
		await admin.unsafe(`drop database if exists ${PG_TEMPLATE} with (force)`);
		await admin.unsafe(`create database ${PG_TEMPLATE}`);
		const handle = await openDatabase({ kind: 'postgres', url: withDatabase(base, PG_TEMPLATE), max: 4 });
		await migrateDatabase(handle);
		await prepareDatabase(handle, log);
		await handle.close();
	}
	await admin.end();
	console.log(`PostgreSQL ${new URL(base).host}: template ${PG_TEMPLATE} ready`);
	return base;
}

/** A fresh copy of the prepared database for one measured run. */
async function clonePostgres(base: string): Promise<string> {
	const admin = postgres(base, { max: 1, onnotice: () => {} });
	await admin.unsafe(`drop database if exists ${PG_RUN} with (force)`);
	await admin.unsafe(`create database ${PG_RUN} template ${PG_TEMPLATE}`);
	await admin.end();
	return withDatabase(base, PG_RUN);
}

async function preparePglite(): Promise<string> {
	const dir = path.join(WORK, 'pglite-template');
	if (!reuse || !existsSync(path.join(dir, 'PG_VERSION'))) {
		rmSync(dir, { recursive: true, force: true });
		const handle = await openDatabase({ kind: 'pglite', dataDir: dir });
		await migrateDatabase(handle);
		await prepareDatabase(handle, log);
		await handle.close();
	}
	console.log(`PGlite: template ${dir} ready`);
	return dir;
}

function clonePglite(template: string): string {
	const dir = path.join(WORK, 'pglite-run');
	rmSync(dir, { recursive: true, force: true });
	cpSync(template, dir, { recursive: true });
	return dir;
}

const rate = (ms: number) => (ms > 0 ? Math.round(FIGURES / (ms / 1000)) : 0);
const fmt = (n: number) => n.toLocaleString('en-US');
const pad = (s: string, n: number) => s.padStart(n);

function report(runs: Run[]): boolean {
	let ok = true;
	console.log('\nImport of a long-layout file, 120,000 figures (figures per second; ms in brackets)');
	console.log(
		'dry: preview only · new: the reports do not exist yet · fix: they do, 61 % of the values change\n'
	);
	console.log(
		[
			'database',
			'mode',
			'status',
			'parse',
			'validate',
			'store',
			'end-to-end',
			'raw COPY',
			'e2e / COPY',
			'peak RSS'
		]
			.map((h, i) => (i < 3 ? h.padEnd(10) : pad(h, 20)))
			.join(' ')
	);
	for (const r of runs) {
		const cell = (ms: number) => pad(ms ? `${fmt(rate(ms))} (${Math.round(ms)})` : '—', 20);
		const share = r.copyMs ? r.copyMs / r.endToEnd : null;
		console.log(
			[
				r.kind.padEnd(10),
				r.mode.padEnd(10),
				r.status.padEnd(10),
				cell(r.timings.parse),
				cell(r.timings.validate),
				cell(r.timings.store),
				cell(r.endToEnd),
				r.copyMs ? cell(r.copyMs) : pad('—', 20),
				pad(share === null ? '—' : `${(share * 100).toFixed(1)} %`, 20),
				pad(r.copyMs && r.timings.store ? `${((r.copyMs / r.timings.store) * 100).toFixed(1)} %` : '—', 20),
				pad(`${Math.round(r.maxRssMb)} MB (${Math.round(r.baseRssMb)})`, 20)
			].join(' ')
		);
		if (r.errors) console.log(`  ! ${r.errors} errors, first: ${r.firstError}`);
		if (r.mode !== 'dry') {
			const checks = [
				[`end-to-end ≥ ${fmt(GOALS.figuresPerSecond)} figures/s`, rate(r.endToEnd) >= GOALS.figuresPerSecond],
				[`≥ ${GOALS.copyShare * 100} % of raw COPY speed`, share !== null && share >= GOALS.copyShare],
				[`peak RSS ≤ ${GOALS.rssMb} MB`, r.maxRssMb <= GOALS.rssMb]
			] as const;
			for (const [goal, met] of checks) {
				console.log(`  ${met ? 'met   ' : 'MISSED'} ${r.kind}: ${goal}`);
				ok &&= met;
			}
		}
		console.log(
			`  ${r.kind} ${r.mode}: ${fmt(r.records)} records, new ${fmt(r.figures.new)}, changed ${fmt(r.figures.changed)}, unchanged ${fmt(r.figures.unchanged)}, ${r.warnings} warnings`
		);
	}
	return ok;
}

mkdirSync(WORK, { recursive: true });
const file = path.join(WORK, 'long.csv');
const built = buildLongFile('2025-2026');
writeFileSync(file, built.csv);
console.log(
	`File: ${file}, ${fmt(built.figures)} figures from ${fmt(built.submissions)} reports, ${(built.csv.length / 1024 / 1024).toFixed(1)} MB`
);
if (built.figures !== FIGURES) throw new Error(`expected ${FIGURES} figures, built ${built.figures}`);

const runner = bundleRunner();
const scenarios: Scenario[] = ['dry', 'new', 'fix'];
/** BENCH_ONLY=postgres|pglite measures one database (a quicker before/after of a change). */
const only = process.env.BENCH_ONLY;
/** BENCH_ROUNDS=n measures each scenario n times, round by round, and reports the median run. */
const rounds = Math.max(1, Number(process.env.BENCH_ROUNDS ?? 1) || 1);
const measured = new Map<string, Run[]>();
const keep = (run: Run) => {
	const key = `${run.kind} ${run.mode}`;
	measured.set(key, [...(measured.get(key) ?? []), run]);
};
const pg = only !== 'pglite' ? await preparePostgres() : null;
const lite = only !== 'postgres' ? await preparePglite() : null;
for (let round = 0; round < rounds; round++) {
	for (const scenario of scenarios) {
		if (pg) {
			const target = await clonePostgres(pg);
			if (scenario === 'new') await freshReports('postgres', target, built.csv);
			keep(measure(runner, 'postgres', target, file, scenario));
		}
		if (lite) {
			const target = clonePglite(lite);
			if (scenario === 'new') await freshReports('pglite', target, built.csv);
			keep(measure(runner, 'pglite', target, file, scenario));
		}
	}
}
const median = (list: Run[]) => [...list].sort((a, b) => a.endToEnd - b.endToEnd)[(list.length - 1) >> 1];
// PostgreSQL's lines first, each database's in scenario order.
const runs = [...measured.values()]
	.map(median)
	.sort((a, b) => Number(a.kind === 'pglite') - Number(b.kind === 'pglite'));
if (rounds > 1) {
	console.log(
		`\n${rounds} rounds; each line is the run with the median end-to-end time. End to end, every run (ms):`
	);
	for (const [key, list] of measured)
		console.log(`  ${key}: ${list.map((r) => Math.round(r.endToEnd)).join(', ')}`);
}
console.log(
	`\nMachine: ${os.cpus().length} CPUs, load average ${os
		.loadavg()
		.map((l) => l.toFixed(1))
		.join(' ')} (other work slows every figure)`
);
const ok = report(runs);
process.exitCode = ok ? 0 : 1;
