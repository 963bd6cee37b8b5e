// What every upload reads whatever its rows (the catalogue, the calendar, the rate pairs, the folded
// element names), reused until a commit changes it: those tables count on the `all` generation
// (drizzle/0011), so a catalogue or calendar edit from any process shows in the very next upload.
import type { Db } from '../db';
import { createStampedCache } from '../generations/stamped-cache';
import type { Generations } from '../generations/read';
import { buildElementNames, type ElementNames } from './match-headers';
import { loadElements, loadPeriods, loadRatePairs } from './load-context';
import type { ElementInfo, PeriodInfo } from './plan';
import type { RatePair } from './rules';
import { env } from '../db/env';

export type ImportCatalogue = {
	elements: Map<string, ElementInfo>;
	/** Every period, in form, year and sort order (loadPeriods). */
	periods: PeriodInfo[];
	rates: RatePair[];
	/** buildElementNames of the catalogue. */
	names: ElementNames;
};

const cache = createStampedCache(16);

/** The stamp of what only the catalogue and calendar tables change. */
export const stampForCatalogue = (g: Generations): string => `${g.gens.epoch ?? 0}.${g.gens.all ?? 0}`;

/** Uncached: inside a transaction that may have changed the catalogue, or for tests. */
export async function readImportCatalogue(db: Db): Promise<ImportCatalogue> {
	const [elements, periods, rates] = await Promise.all([
		loadElements(db),
		loadPeriods(db),
		loadRatePairs(db)
	]);
	return { elements, periods, rates, names: buildElementNames(elements.values()) };
}

/** Shared by every caller until the catalogue changes: never edit what it returns. */
export function loadImportCatalogue(db: Db): Promise<ImportCatalogue> {
	if (!env().evaluationCache) return readImportCatalogue(db);
	return cache.get(
		db,
		'import-catalogue',
		stampForCatalogue,
		() => readImportCatalogue(db),
		() => 1
	);
}
