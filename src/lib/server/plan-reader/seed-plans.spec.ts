// The goal of issue #15 on the seed plans, kept as a test: ≥ 90 % of the targets a person finds
// proposed correctly, ≤ 5 % of the proposals wrong, every clause with a figure proposed or listed.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as gold from '../../../../tests/fixtures/plan-reader/gold';
import { findValues } from './find-values';
import { measureReading } from './measure-reading';
import { readPlanText } from './read-plan';
import { standardReaderCatalogue } from './standard-catalogue';

const catalogue = standardReaderCatalogue();
const seed = (name: string) =>
	readFileSync(new URL(`../../../../tests/fixtures/plan-reader/seeds/${name}.txt`, import.meta.url), 'utf8');

describe.each([
	['000', gold.seed000],
	['001', gold.seed001],
	['003', gold.seed003],
	['004', gold.seed004]
])('seed plan %s', (name, expected) => {
	const reading = readPlanText(seed(name), catalogue);
	it('finds the targets a person finds', () => {
		const m = measureReading(reading.proposals, expected);
		expect(m.correct).toBeGreaterThanOrEqual(Math.ceil(0.9 * expected.length));
		expect(m.wrong.length).toBeLessThanOrEqual(Math.floor(0.05 * reading.proposals.length));
	});
	it('proposes or lists every clause with a figure', () => {
		const accounted = new Set([
			...reading.proposals.flatMap((p) => [p.clauseId, ...p.alsoIn]),
			...reading.unplaced.map((u) => u.clauseId)
		]);
		const silent = reading.blocks
			.flatMap((b) => b.clauses)
			.filter((c) => findValues(c.text).length > 0 && !accounted.has(c.id));
		expect(silent.map((c) => c.text)).toEqual([]);
	});
});
