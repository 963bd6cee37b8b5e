// npm run bench:evaluate — live evaluation on the scale province (2,000 schools, 3 years) on PostgreSQL.
// Uses BENCH_DATABASE_URL (a server; a fresh database is created on it) or starts a throwaway server.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import postgres from 'postgres';
import { migrateDatabase, openDatabase, type DbHandle } from '../src/lib/server/db/client';
import { seedScale } from '../src/lib/server/demo/seed-scale';
import { loadPlans } from '../src/lib/server/demo/load-plans';
import { plans as demoPlans } from '../src/lib/server/demo/data/plans';
import type { PlanDef, TargetDef } from '../src/lib/domain/types';
import { evaluate, evaluateSchools } from '../src/lib/server/evaluation/queries';

// The engine itself: every call computes (the app reuses results until a commit; bench:pages shows that).
process.env.EVALUATION_CACHE = 'off';

const RUNS = Number(process.env.BENCH_RUNS ?? 20);
const SCHOOLS = Number(process.env.BENCH_SCHOOLS ?? 2000);
const DB_NAME = 'chitieu_bench_evaluate';
/** `--only <text>`: run just the cases whose "<period> <label>" contains the text (case-insensitive). */
const onlyAt = process.argv.indexOf('--only');
const ONLY = onlyAt < 0 ? null : (process.argv[onlyAt + 1] ?? '').toLowerCase();

function serverUrl(): string {
	if (process.env.BENCH_DATABASE_URL) return process.env.BENCH_DATABASE_URL;
	return execFileSync('scripts/pg-throwaway.sh', ['start'], { encoding: 'utf8' }).trim();
}

/** A fresh database (BENCH_REUSE=1 keeps one seeded by an earlier run). */
async function freshDatabase(base: string): Promise<DbHandle> {
	const admin = postgres(base, { max: 1, onnotice: () => {} });
	const exists = (await admin`select 1 from pg_database where datname = ${DB_NAME}`).length > 0;
	if (!(process.env.BENCH_REUSE && exists)) {
		await admin.unsafe(`drop database if exists ${DB_NAME} with (force)`);
		await admin.unsafe(`create database ${DB_NAME}`);
	}
	await admin.end();
	const url = new URL(base);
	url.pathname = `/${DB_NAME}`;
	return openDatabase({ kind: 'postgres', url: url.toString(), max: 10 });
}

/**
 * The scale province's plans: Hải An's 2024-2025 targets as province-wide area targets (group targets
 * become area ones, the first per indicator; named-school ones go to the scale schools), and a district
 * plan for every third district so the nearest-plan rule is exercised.
 */
function scalePlans(years: string[], districts: string[], schools: string[]): PlanDef[] {
	const source = demoPlans.find((p) => p.unit === 'HAIAN' && p.schoolYear === '2024-2025')!.targets;
	const seen = new Set<string>();
	const area: TargetDef[] = [];
	for (const t of source) {
		if (t.scope.kind === 'school' || seen.has(t.indicator)) continue;
		seen.add(t.indicator);
		area.push({ ...t, scope: { kind: 'area' } });
	}
	const named: TargetDef[] = schools
		.filter((_, i) => i % 40 === 0)
		.map((code) => ({
			indicator: 'CHUAN_QG_MUC',
			comparator: 'level_gte',
			value: 2,
			scope: { kind: 'school', school: code },
			source: 'bench'
		}));
	const plans: PlanDef[] = [];
	for (const year of years) {
		plans.push({
			unit: 'SCALE',
			schoolYear: year,
			titleVi: 'Bench',
			titleEn: 'Bench',
			targets: [...area, ...named]
		});
		districts
			.filter((_, i) => i % 3 === 0)
			.forEach((d) =>
				plans.push({
					unit: d,
					schoolYear: year,
					titleVi: `Bench ${d}`,
					titleEn: `Bench ${d}`,
					targets: area
						.filter((t) => t.comparator !== 'range')
						.map((t) => ({ ...t, source: 'bench (district)' }))
				})
			);
	}
	return plans;
}

function percentile(sorted: number[], p: number): number {
	return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

/**
 * CPU seconds used so far by the benchmark database's server processes (read from /proc, so only for a
 * server on this machine; null otherwise). Wall times swing with whatever else the machine runs; CPU
 * time is the work done.
 */
async function serverCpuMs(admin: postgres.Sql): Promise<number | null> {
	try {
		const rows =
			await admin`select pid from pg_stat_activity where datname = ${DB_NAME} and pid <> pg_backend_pid()`;
		let ticks = 0;
		for (const { pid } of rows) {
			const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
			const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
			ticks += Number(fields[11]) + Number(fields[12]); // utime, stime (fields 14 and 15 of the line)
		}
		return ticks * 10; // USER_HZ = 100
	} catch {
		return null;
	}
}

async function time(label: string, goal: number | null, fn: () => Promise<number>) {
	if (ONLY !== null && !`${currentPeriod} ${label}`.toLowerCase().includes(ONLY)) return;
	await fn();
	await fn();
	const ms: number[] = [];
	let rows = 0;
	const cpu0 = process.cpuUsage();
	const server0 = await serverCpuMs(monitor);
	for (let i = 0; i < RUNS; i++) {
		const t = performance.now();
		rows = await fn();
		ms.push(performance.now() - t);
	}
	const cpu = process.cpuUsage(cpu0);
	const server1 = await serverCpuMs(monitor);
	const nodeCpu = (cpu.user + cpu.system) / 1000 / RUNS;
	const serverCpu = server0 === null || server1 === null ? null : (server1 - server0) / RUNS;
	ms.sort((a, b) => a - b);
	const p95 = percentile(ms, 95);
	const verdict = goal === null ? '' : p95 <= goal ? `  ✓ p95 ≤ ${goal} ms` : `  ✗ p95 > ${goal} ms`;
	const cpuText = `cpu/run: node ${nodeCpu.toFixed(0)} ms + db ${serverCpu === null ? '?' : serverCpu.toFixed(0)} ms`;
	console.log(
		`${label.padEnd(56)} rows ${String(rows).padStart(5)}  p50 ${percentile(ms, 50).toFixed(0).padStart(5)} ms  p95 ${p95.toFixed(0).padStart(5)} ms  ${cpuText}${verdict}`
	);
}

const base = serverUrl();
const handle = await freshDatabase(base);
const monitor = postgres(base, { max: 1, onnotice: () => {} });
await migrateDatabase(handle);
const t0 = performance.now();
const seeded = (await handle.sql!`select 1 from units where code = 'SCALE'`).length > 0;
const scale = seeded
	? {
			provinceCode: 'SCALE',
			units: Number((await handle.sql!`select count(*) as n from units`)[0].n),
			figures: Number((await handle.sql!`select count(*) as n from figures`)[0].n),
			years: (await handle.sql!`select code from school_years order by start_date`).map(
				(r) => r.code as string
			),
			districts: (await handle.sql!`select code from units where type = 'district' order by code`).map(
				(r) => r.code as string
			)
		}
	: await seedScale(handle, { schools: SCHOOLS, years: 3 });
if (!seeded) {
	const schoolCodes = (await handle.sql!`select code from units where type = 'school' order by code`).map(
		(r) => r.code as string
	);
	await loadPlans(handle.db, scalePlans(scale.years, scale.districts, schoolCodes));
}
await handle.sql!`analyze`;
const [load] = (await import('node:os')).loadavg();
console.log(
	`load average ${load.toFixed(1)} on ${(await import('node:os')).cpus().length} CPUs; ` +
		`scale province ${scale.provinceCode}: ${scale.units} units, ${scale.figures} figures, years ${scale.years.join(', ')} (seeded in ${((performance.now() - t0) / 1000).toFixed(1)} s); ${RUNS} runs each\n`
);

const db = handle.db;
const year = scale.years[1];
const district = scale.districts[0];
let currentPeriod = '';
for (const period of ['CUOI_NAM', 'HK1']) {
	currentPeriod = period;
	console.log(`${year} / ${period}`);
	await time('province-wide: province row + every district (one call)', 200, async () => {
		const rows = await evaluate(db, {
			unitCode: 'SCALE',
			yearCode: year,
			periodKey: period,
			children: true,
			withSelf: true
		});
		return rows.length;
	});
	await time('province-wide as two calls (province; its children)', null, async () => {
		const [a, b] = await Promise.all([
			evaluate(db, { unitCode: 'SCALE', yearCode: year, periodKey: period }),
			evaluate(db, { unitCode: 'SCALE', yearCode: year, periodKey: period, children: true })
		]);
		return a.length + b.length;
	});
	await time(`one district (${district}) children drill-down`, 50, async () => {
		const rows = await evaluate(db, {
			unitCode: district,
			yearCode: year,
			periodKey: period,
			children: true
		});
		return rows.length;
	});
	await time(`one district (${district}) + its children (withSelf)`, null, async () => {
		const rows = await evaluate(db, {
			unitCode: district,
			yearCode: year,
			periodKey: period,
			children: true,
			withSelf: true
		});
		return rows.length;
	});
	await time('evaluateSchools: all 2,000 schools, one indicator', null, async () => {
		const rows = await evaluateSchools(db, {
			unitCode: 'SCALE',
			yearCode: year,
			periodKey: period,
			indicatorCode: 'GV_TL_DATCHUAN'
		});
		return rows.length;
	});
	console.log('');
}
await monitor.end();
await handle.close();
