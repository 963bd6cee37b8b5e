// npm run bench:import — the import of a 120,000-figure long-layout file (2,000 schools × 60) on real
// PostgreSQL (BENCH_DATABASE_URL, else a throwaway server) and on PGlite, dry run and commit, against a
// raw COPY of the same rows. Each measured import runs in its own process (peak RSS is its own).
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import postgres from 'postgres';
import { migrateDatabase, openDatabase } from '../src/lib/server/db/client';
import { buildLongFile, FIGURES, prepareDatabase } from './import-data';

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
};

function measure(kind: string, target: string, file: string, mode: 'dry' | 'commit'): Run {
	const result = spawnSync(
		'npx',
		['tsx', 'bench/import-run.ts', '--kind', kind, '--target', target, '--file', file, '--mode', mode],
		{
			encoding: 'utf8',
			maxBuffer: 64 * 1024 * 1024
		}
	);
	const line = result.stdout.trim().split('\n').pop() ?? '';
	if (result.status !== 0 || !line.startsWith('{')) {
		throw new Error(`${kind} ${mode} failed:\n${result.stdout}\n${result.stderr}`);
	}
	return JSON.parse(line) as Run;
}

async function preparePostgres(): Promise<string> {
	const base =
		process.env.BENCH_DATABASE_URL ??
		execFileSync('scripts/pg-throwaway.sh', ['start'], { encoding: 'utf8' }).trim();
	const name = 'chitieu_bench_import';
	const admin = postgres(base, { max: 1, onnotice: () => {} });
	await admin.unsafe(`drop database if exists ${name} with (force)`);
	await admin.unsafe(`create database ${name}`);
	await admin.end();
	const url = new URL(base);
	url.pathname = `/${name}`;
	const handle = await openDatabase({ kind: 'postgres', url: url.toString(), max: 4 });
	await migrateDatabase(handle);
	const year = await prepareDatabase(handle, log);
	await handle.close();
	console.log(`PostgreSQL ${url.host}${url.pathname} ready (${year})`);
	return url.toString();
}

async function preparePglite(): Promise<string> {
	const dir = path.join(WORK, 'pglite');
	rmSync(dir, { recursive: true, force: true });
	const handle = await openDatabase({ kind: 'pglite', dataDir: dir });
	await migrateDatabase(handle);
	const year = await prepareDatabase(handle, log);
	await handle.close();
	console.log(`PGlite ${dir} ready (${year})`);
	return dir;
}

const rate = (ms: number) => (ms > 0 ? Math.round(FIGURES / (ms / 1000)) : 0);
const fmt = (n: number) => n.toLocaleString('en-US');
const pad = (s: string, n: number) => s.padStart(n);

function report(runs: Run[]): boolean {
	let ok = true;
	console.log('\nImport of a long-layout file, 120,000 figures (figures per second; ms in brackets)\n');
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
				pad(`${Math.round(r.maxRssMb)} MB`, 20)
			].join(' ')
		);
		if (r.errors) console.log(`  ! ${r.errors} errors, first: ${r.firstError}`);
		if (r.mode === 'commit') {
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

const runs: Run[] = [];
const pg = await preparePostgres();
runs.push(measure('postgres', pg, file, 'dry'), measure('postgres', pg, file, 'commit'));
const lite = await preparePglite();
runs.push(measure('pglite', lite, file, 'dry'), measure('pglite', lite, file, 'commit'));
const ok = report(runs);
process.exitCode = ok ? 0 : 1;
