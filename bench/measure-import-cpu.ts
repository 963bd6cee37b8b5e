// npx tsx bench/measure-import-cpu.ts [--db <url>] [--runs 7] — CPU time of the import's parse and
// validate (dry run) stages on the bench's 120,000-figure long CSV, in this process. The machine is
// shared, so CPU time (process.cpuUsage) rather than wall time; the first (cold) run is shown apart,
// as `npm run bench:import` measures one cold run per process. With --db (a database prepared by
// bench/import-data.ts prepareDatabase, e.g. a copy of bench:import's template) validate is measured
// too; without it only parse, with the standard catalogue's names.
import { parseArgs } from 'node:util';
import { openDatabase } from '../src/lib/server/db/client';
import { loadAuthUser } from '../src/lib/server/auth/user';
import { listElementNames } from '../src/lib/server/catalogue/queries';
import { dataElements } from '../src/lib/server/catalogue/standard';
import { buildElementNames } from '../src/lib/server/imports/match-headers';
import { readFigureFile } from '../src/lib/server/imports/read-file';
import { validateRead } from '../src/lib/server/imports/validate';
import { BENCH_USER, buildLongFile, FIGURES } from './import-data';

const { values } = parseArgs({
	options: { db: { type: 'string' }, runs: { type: 'string', default: '7' } }
});
const runs = Number(values.runs);

const cpuMs = (since: NodeJS.CpuUsage) => {
	const used = process.cpuUsage(since);
	return (used.user + used.system) / 1000;
};
const median = (xs: number[]) => {
	const s = [...xs].sort((a, b) => a - b);
	return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const perSecond = (ms: number) => Math.round(FIGURES / (ms / 1000)).toLocaleString('en-US');

function summarise(label: string, cpu: number[], wall: number[]) {
	const warm = cpu.slice(1);
	console.log(
		`${label.padEnd(9)} cold ${cpu[0].toFixed(0).padStart(5)} ms CPU (${perSecond(cpu[0]).padStart(9)}/s)` +
			` · warm median ${median(warm).toFixed(0).padStart(5)} ms CPU (${perSecond(median(warm)).padStart(9)}/s),` +
			` best ${Math.min(...warm).toFixed(0)} · wall median ${median(wall.slice(1)).toFixed(0)} ms`
	);
}

const bytes = new TextEncoder().encode(buildLongFile('2025-2026').csv);
const handle = values.db ? await openDatabase({ kind: 'postgres', url: values.db, max: 4 }) : null;
const names = buildElementNames(handle ? await listElementNames(handle.db) : dataElements);
const user = handle ? (await loadAuthUser(handle.db, BENCH_USER))! : null;

const parse = { cpu: [] as number[], wall: [] as number[] };
const validate = { cpu: [] as number[], wall: [] as number[] };
for (let i = 0; i < runs; i++) {
	let cpu = process.cpuUsage();
	let t = performance.now();
	const read = await readFigureFile(bytes, 'bench-long.csv', { elementNames: names });
	parse.cpu.push(cpuMs(cpu));
	parse.wall.push(performance.now() - t);
	if (read.records.length !== FIGURES || read.problems.length) {
		throw new Error(`read ${read.records.length} records, ${JSON.stringify(read.problems.slice(0, 3))}`);
	}
	if (!handle || !user) continue;
	cpu = process.cpuUsage();
	t = performance.now();
	const v = await validateRead(handle.db, user, read, { lock: false });
	validate.cpu.push(cpuMs(cpu));
	validate.wall.push(performance.now() - t);
	if (v.checked.errors.length) throw new Error(`errors: ${v.checked.errors[0].message.en}`);
	if (i === 0)
		console.log(`validate: ${v.checked.figures.length} figures, ${v.checked.warnings.length} warnings`);
}
summarise('parse', parse.cpu, parse.wall);
if (handle) {
	summarise('validate', validate.cpu, validate.wall);
	await handle.close();
}
