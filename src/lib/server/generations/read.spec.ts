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

describe('stampForYear', () => {
	it('names the epoch, the shared generation, the year and the year before it', () => {
		expect(stampForYear(g, '2025-2026')).toBe('9.4.1.5');
		expect(stampForYear(g, '2023-2024')).toBe('9.4.2.-');
	});

	it('changes with the year before (projections read it) but not with later years', () => {
		const next = { ...g, gens: { ...g.gens, y2: 6 } };
		expect(stampForYear(next, '2025-2026')).not.toBe(stampForYear(g, '2025-2026'));
		expect(stampForYear(next, '2023-2024')).toBe(stampForYear(g, '2023-2024'));
	});

	it('counts a year nothing was committed to yet as 0, and has no stamp for an unknown year', () => {
		expect(stampForYear({ ...g, gens: { epoch: 9, all: 4 } }, '2024-2025')).toBe('9.4.0.0');
		expect(stampForYear(g, '2030-2031')).toBeNull();
	});
});

describe('stampForAll', () => {
	it('changes with any scope, whatever order the scopes come in', () => {
		const s = stampForAll(g);
		expect(stampForAll({ ...g, gens: { ...g.gens, y1: 3 } })).not.toBe(s);
		expect(stampForAll({ ...g, gens: { p44: 7, y3: 1, y2: 5, p31: 3, y1: 2, all: 4, epoch: 9 } })).toBe(s);
	});
});

describe('stampForPeriods', () => {
	it('names the shared generation and each period read, in any order, not other periods', () => {
		expect(stampForPeriods(g, [44, 31])).toBe('9.4|31=3,44=7');
		expect(stampForPeriods(g, [31, 44])).toBe(stampForPeriods(g, [44, 31]));
		expect(stampForPeriods({ ...g, gens: { ...g.gens, p32: 1, y3: 2 } }, [31, 44])).toBe('9.4|31=3,44=7');
		expect(stampForPeriods({ ...g, gens: { ...g.gens, p44: 8 } }, [31, 44])).not.toBe('9.4|31=3,44=7');
		expect(stampForPeriods({ ...g, gens: { ...g.gens, all: 5 } }, [31])).toBe('9.5|31=3');
		expect(stampForPeriods(g, [50])).toBe('9.4|50=0');
	});
});
