import type { DbHandle } from '../db';
import * as table from '../db/schema';
import { insertUnits } from '../units/store';
import { listProvinceUnits } from './unit-list';
import { DEMO_AS_OF, periodsFor, schoolYears } from './data/calendar';
import { generateFigures } from './generate-figures';
import { generateScaleProvince } from './generate-scale';
import { insertGenerated } from './load-figures';
import { loadCalendar } from './load-reference';
import { loadStandardCatalogue } from '../catalogue/load-standard';
import { yearEnded } from './year-in-progress';

export type ScaleOptions = { schools: number; years: number; seed?: number; log?: (line: string) => void };

/** A province of N schools with full figures over the last `years` completed demo school years (benchmarks). */
export async function seedScale(handle: DbHandle, options: ScaleOptions) {
	const log = options.log ?? (() => {});
	const db = handle.db;
	const years = schoolYears
		.filter((y) => yearEnded(y, DEMO_AS_OF))
		.slice(-options.years)
		.map((y) => y.code);
	await loadStandardCatalogue(db, null);
	const periodIds = await loadCalendar(db, years);
	const province = generateScaleProvince({ schools: options.schools, seed: options.seed ?? 7 });
	const list = listProvinceUnits(province.province, province.districts);
	const unitIds = await insertUnits(db, list);
	log(`units: ${list.length}`);
	const elements = await db
		.select({ id: table.dataElements.id, code: table.dataElements.code })
		.from(table.dataElements);
	const elementIds = new Map(elements.map((e) => [e.code, e.id]));
	const schools = province.districts.flatMap((d) => d.schools);
	let figures = 0;
	for (const [i, yearCode] of years.entries()) {
		const submissions = generateFigures({
			schools,
			yearCode,
			periods: periodsFor(yearCode),
			seed: 100 + i,
			yearIndex: i
		});
		figures += await insertGenerated(db, {
			yearCode,
			submissions,
			unitIds,
			periodIds,
			elementIds,
			statusOf: (s) => (s.submittedAt ? 'approved' : 'draft')
		});
		log(`${yearCode}: ${submissions.length} submissions, ${figures} figures so far`);
	}
	return {
		provinceCode: province.province.code,
		districts: province.districts.map((d) => d.code),
		units: list.length,
		figures,
		years
	};
}
