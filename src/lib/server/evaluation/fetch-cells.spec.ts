import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { batchPeriods } from './fetch-cells';

const needs = (entries: [number, number[]][]) => new Map(entries.map(([p, els]) => [p, new Set(els)]));

describe('batchPeriods', () => {
	it('puts periods that need the same elements in one batch', () => {
		const batches = batchPeriods(
			needs([
				[1, [10, 11]],
				[2, [11, 10]],
				[3, [12]]
			])
		);
		expect(batches).toHaveLength(2);
		expect(batches.find((b) => b.periods.includes(1))?.periods.sort()).toEqual([1, 2]);
	});

	it('beyond the limit, merges the batches with the fewest periods, cheapest first', () => {
		// A's two periods need one element; B and C one period each, with much in common; D apart.
		// Merging A into another would make a three-period statement: B and C merge instead.
		const batches = batchPeriods(
			needs([
				[1, [1]],
				[2, [1]],
				[3, [2, 3, 4, 5]],
				[4, [2, 3, 4, 6]],
				[5, [7, 8, 9, 10, 11]]
			]),
			3
		);
		const sets = batches.map((b) => [...b.periods].sort()).sort();
		expect(sets).toEqual([[1, 2], [3, 4], [5]]);
		expect(batches.find((b) => b.periods.includes(3))?.elements.sort()).toEqual([2, 3, 4, 5, 6]);
	});

	it('reads every period once, with at least the elements it needs, in no more than `max` statements', () => {
		fc.assert(
			fc.property(
				fc.uniqueArray(fc.integer({ min: 1, max: 40 }), { minLength: 1, maxLength: 12 }),
				fc.array(fc.uniqueArray(fc.integer({ min: 1, max: 15 }), { minLength: 1, maxLength: 6 }), {
					minLength: 12,
					maxLength: 12
				}),
				fc.integer({ min: 1, max: 6 }),
				(periods, elementLists, max) => {
					const byPeriod = needs(periods.map((p, i) => [p, elementLists[i]]));
					const batches = batchPeriods(byPeriod, max);
					expect(batches.length).toBeLessThanOrEqual(max);
					expect(batches.flatMap((b) => b.periods).sort((a, b) => a - b)).toEqual(
						[...periods].sort((a, b) => a - b)
					);
					for (const b of batches)
						for (const p of b.periods) for (const e of byPeriod.get(p)!) expect(b.elements).toContain(e);
				}
			)
		);
	});
});
