// `npm run bench:reader`: the plan reader on the seed plans against the targets a person found
// (tests/fixtures/plan-reader/gold.ts): correct / wrong / missed, unplaced figures, and CPU time.
import { readFileSync } from 'node:fs';
import { readPlanText } from '../src/lib/server/plan-reader/read-plan';
import { measureReading } from '../src/lib/server/plan-reader/measure-reading';
import { standardReaderCatalogue } from '../src/lib/server/plan-reader/standard-catalogue';
import { findValues } from '../src/lib/server/plan-reader/find-values';
import * as gold from '../tests/fixtures/plan-reader/gold';

const verbose = process.argv.includes('--verbose');
const catalogue = standardReaderCatalogue();
const seeds = [
	['000', gold.seed000],
	['001', gold.seed001],
	['003', gold.seed003],
	['004', gold.seed004]
] as const;

const pct = (n: number, d: number) => (d === 0 ? '–' : `${((100 * n) / d).toFixed(1)} %`);
console.log(
	'| seed | targets (person) | proposed | correct | wrong | missed | unplaced figures | clauses with figures not accounted for | CPU ms |'
);
console.log('|---|---|---|---|---|---|---|---|---|');
for (const [name, expected] of seeds) {
	const text = readFileSync(
		new URL(`../tests/fixtures/plan-reader/seeds/${name}.txt`, import.meta.url),
		'utf8'
	);
	const cpu = process.cpuUsage();
	const reading = readPlanText(text, catalogue);
	const used = process.cpuUsage(cpu);
	const m = measureReading(reading.proposals, expected);
	const accounted = new Set([
		...reading.proposals.flatMap((p) => [p.clauseId, ...p.alsoIn]),
		...reading.unplaced.map((u) => u.clauseId)
	]);
	const silent = reading.blocks
		.flatMap((b) => b.clauses)
		.filter((c) => findValues(c.text).length > 0 && !accounted.has(c.id));
	console.log(
		`| ${name} | ${m.expected} | ${reading.proposals.length} | ${m.correct} (${pct(m.correct, m.expected)}) | ${m.wrong.length} (${pct(m.wrong.length, reading.proposals.length)}) | ${m.missed.length} | ${reading.unplaced.length} | ${silent.length} | ${((used.user + used.system) / 1000).toFixed(0)} |`
	);
	if (verbose) {
		for (const w of m.wrong)
			console.log(
				`   wrong ${w.indicator} ${w.comparator} ${w.value ?? `${w.min}–${w.max}`} ${JSON.stringify(w.scope)} ← ${w.source.slice(0, 100)}`
			);
		for (const x of m.missed) console.log(`   missed ${JSON.stringify(x)}`);
		for (const c of silent) console.log(`   silent ${c.text.slice(0, 100)}`);
	}
}

// A 40-page plan: seed 004 (about 28 pages as a document) repeated to 40 pages' worth of text.
const big = readFileSync(new URL('../tests/fixtures/plan-reader/seeds/004.txt', import.meta.url), 'utf8');
const forty = Array.from({ length: 2 }, () => big).join('\n');
for (let run = 1; run <= 3; run++) {
	const cpu = process.cpuUsage();
	const t0 = performance.now();
	const r = readPlanText(forty, catalogue);
	const used = process.cpuUsage(cpu);
	console.log(
		`40-page plan (${forty.length.toLocaleString('en')} characters, ${r.blocks.length} blocks), run ${run}: ${(performance.now() - t0).toFixed(0)} ms wall, ${((used.user + used.system) / 1000).toFixed(0)} ms CPU`
	);
}
