import { describe, expect, it } from 'vitest';
import { stampForAll, stampForPeriods, stampForYear, type Generations } from './read';

const g: Generations = {
	gens: { epoch: 9, all: 4, y1: 2, y2: 5, y3: 1, p31: 3, p44: 7 },
	years: [
		['2023-2024', 1],
		['2024-2025', 2],
		['2025-2026', 3]
	],
	dirty: false
};

/** `g` after a commit to `scope` (a scope nothing was committed to yet starts at 1). */
const bump = (scope: string): Generations => ({
	...g,
	gens: { ...g.gens, [scope]: (g.gens[scope] ?? 0) + 1 }
});

describe('stampForYear', () => {
	it('changes with the epoch, the shared generation, the year and the year before it', () => {
		const s = stampForYear(g, '2025-2026');
		for (const scope of ['epoch', 'all', 'y3', 'y2'])
			expect(stampForYear(bump(scope), '2025-2026')).not.toBe(s);
	});

	it('stays with earlier and later years and with periods', () => {
		const s = stampForYear(g, '2025-2026');
		for (const scope of ['y1', 'y4', 'p31', 'p44']) expect(stampForYear(bump(scope), '2025-2026')).toBe(s);
		expect(stampForYear(bump('y2'), '2023-2024')).toBe(stampForYear(g, '2023-2024'));
	});

	it('tells a year from the same numbers moved between scopes', () => {
		const moved = { ...g, gens: { ...g.gens, all: 2, y3: 4 } };
		expect(stampForYear(moved, '2025-2026')).not.toBe(stampForYear(g, '2025-2026'));
	});

	it('counts a year nothing was committed to yet as 0, and has no stamp for an unknown year', () => {
		const none = { ...g, gens: { epoch: 9, all: 4 } };
		const zero = { ...g, gens: { epoch: 9, all: 4, y1: 0, y2: 0 } };
		expect(stampForYear(none, '2024-2025')).toBe(stampForYear(zero, '2024-2025'));
		expect(stampForYear(g, '2030-2031')).toBeNull();
	});
});

describe('stampForAll', () => {
	it('changes with any scope, whatever order the scopes come in', () => {
		const s = stampForAll(g);
		for (const scope of Object.keys(g.gens)) expect(stampForAll(bump(scope))).not.toBe(s);
		expect(stampForAll(bump('p50'))).not.toBe(s);
		expect(stampForAll({ ...g, gens: { p44: 7, y3: 1, y2: 5, p31: 3, y1: 2, all: 4, epoch: 9 } })).toBe(s);
	});
});

describe('stampForPeriods', () => {
	it('changes with the epoch, the shared generation and each period read, in any order', () => {
		const s = stampForPeriods(g, [44, 31]);
		expect(stampForPeriods(g, [31, 44])).toBe(s);
		for (const scope of ['epoch', 'all', 'p31', 'p44'])
			expect(stampForPeriods(bump(scope), [31, 44])).not.toBe(s);
		expect(stampForPeriods(bump('p50'), [50])).not.toBe(stampForPeriods(g, [50]));
	});

	it('stays with other periods and with years; a period nothing was committed to counts as 0', () => {
		const s = stampForPeriods(g, [31, 44]);
		for (const scope of ['p32', 'y1', 'y3']) expect(stampForPeriods(bump(scope), [31, 44])).toBe(s);
		expect(stampForPeriods(g, [50])).toBe(stampForPeriods({ ...g, gens: { ...g.gens, p50: 0 } }, [50]));
		expect(stampForPeriods(g, [31])).not.toBe(stampForPeriods(g, [44]));
	});
});
