// The benchmark's database and file: a scale province (seedScale), its current year's reports
// reopened for correction, and a long-layout file of corrected figures from the same generator.
import { sql } from 'drizzle-orm';
import { type DbHandle } from '../src/lib/server/db/client';
import { periodsFor, schoolYears } from '../src/lib/server/demo/data/calendar';
import { generateFigures } from '../src/lib/server/demo/generate-figures';
import { generateScaleProvince } from '../src/lib/server/demo/generate-scale';
import { seedScale } from '../src/lib/server/demo/seed-scale';
import { selectRows } from '../tests/helpers/select-rows';

export const SCHOOLS = 2000;
export const FIGURES = 120_000;
export const PER_SCHOOL = FIGURES / SCHOOLS;
export const BENCH_USER = 'u-bench-import';

/** Seeds the province, reopens the year's reports (seeded as approved) and adds the uploading admin. */
export async function prepareDatabase(handle: DbHandle, log: (line: string) => void): Promise<string> {
	const seeded = await seedScale(handle, { schools: SCHOOLS, years: 1, log });
	await handle.db.execute(sql`update submissions set status = 'submitted'`);
	await handle.db.execute(
		sql`insert into users (id, username, display_name, password_hash) values (${BENCH_USER}, 'bench-import', 'Benchmark', '-')`
	);
	await handle.db.execute(
		sql`insert into role_assignments (user_id, role, unit_id) values (${BENCH_USER}, 'admin', null)`
	);
	const [row] = await selectRows<{ n: number }>(handle.db, sql`select count(*)::int as n from figures`);
	log(`seeded ${seeded.units} units, ${Number(row.n)} figures (${seeded.years.join(', ')})`);
	return seeded.years[0];
}

/**
 * 120,000 figures of 2,000 schools (60 each) as corrections of the seeded year: whole reports of each
 * school (start of year, year end, semester I, growth rounds, months) from the generator with another
 * seed, so values change but every report stays internally consistent; the last report taken for a
 * school is cut at 60 figures.
 */
export function buildLongFile(yearCode: string): { csv: string; figures: number; submissions: number } {
	const province = generateScaleProvince({ schools: SCHOOLS, seed: 7 });
	const schools = province.districts.flatMap((d) => d.schools);
	const yearIndex = schoolYears.findIndex((y) => y.code === yearCode);
	const generated = generateFigures({
		schools,
		yearCode,
		periods: periodsFor(yearCode),
		seed: 4242,
		yearIndex
	});
	const order = (key: string) =>
		['DAU_NAM', 'CUOI_NAM', 'HK1', 'CAN_DO_1', 'CAN_DO_2', 'CAN_DO_3'].indexOf(key) + 1 || 10;
	const bySchool = new Map<string, typeof generated>();
	for (const s of generated) bySchool.set(s.schoolCode, [...(bySchool.get(s.schoolCode) ?? []), s]);
	const lines = ['ma_truong,ky_bao_cao,ma_chi_so,gia_tri'];
	let submissions = 0;
	for (const school of schools) {
		const reports = (bySchool.get(school.code) ?? []).sort(
			(a, b) => order(a.periodKey) - order(b.periodKey) || a.periodKey.localeCompare(b.periodKey)
		);
		let taken = 0;
		for (const r of reports) {
			if (taken >= PER_SCHOOL) break;
			const period = /^\d{4}-\d{2}$/.test(r.periodKey) ? r.periodKey : `${yearCode}/${r.periodKey}`;
			submissions++;
			for (const [code, value] of Object.entries(r.figures)) {
				if (taken >= PER_SCHOOL) break;
				lines.push(`${school.code},${period},${code},${value}`);
				taken++;
			}
		}
	}
	return { csv: lines.join('\n') + '\n', figures: lines.length - 1, submissions };
}

/** Deletes the reports the file fills (figures go with them), so that every figure of it is new. */
export async function removeReports(handle: DbHandle, csv: string): Promise<number> {
	const pairs = new Set<string>();
	for (const line of csv.split('\n').slice(1)) {
		const [school, period] = line.split(',');
		if (school) pairs.add(`${school}\t${period}`);
	}
	const list = [...pairs].map((p) => p.split('\t'));
	const rows = await selectRows<{ n: number }>(
		handle.db,
		sql`with gone as (
			delete from submissions s using units u, periods p, school_years y,
				unnest(${`{${list.map((p) => `"${p[0]}"`).join(',')}}`}::text[], ${`{${list.map((p) => `"${p[1]}"`).join(',')}}`}::text[]) as t(school, period)
			where u.id = s.unit_id and p.id = s.period_id and y.id = p.school_year_id and u.code = t.school
			  and (y.code || '/' || p.key = t.period or p.key = t.period)
			returning 1)
		select count(*)::int as n from gone`
	);
	return Number(rows[0].n);
}
