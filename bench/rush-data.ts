// bench:rush's database: the 2,000-school scale province (two completed years, plans), the uploading
// schools' accounts and 20 district leaders made through the product's own functions, and the rush
// year's reports of those schools removed (they have not sent them yet). Also each school's file.
import { sql } from 'drizzle-orm';
import { type DbHandle } from '../src/lib/server/db/client';
import { hashPassword } from '../src/lib/server/auth/password';
import { loadAuthUser } from '../src/lib/server/auth/user';
import { createSchoolAccounts } from '../src/lib/server/users/bulk-create';
import { createUser } from '../src/lib/server/users/manage';
import { periodsFor, schoolYears } from '../src/lib/server/demo/data/calendar';
import { generateFigures } from '../src/lib/server/demo/generate-figures';
import { generateScaleProvince } from '../src/lib/server/demo/generate-scale';
import { seedScale } from '../src/lib/server/demo/seed-scale';
import { loadPlans } from '../src/lib/server/demo/load-plans';
import { scalePlans } from './scale-plans';
import { selectRows } from '../tests/helpers/select-rows';

export const PROVINCE_SCHOOLS = 2000;
/** A school's file: whole reports of the rush year, as many as fit in this many figures. */
export const FIGURES_PER_FILE = 60;
const ADMIN = 'u-bench-rush-admin';

export type Account = { username: string; password: string };
export type SchoolFile = {
	school: string;
	csv: string;
	/** period as written in the file → code → value */
	reports: Map<string, Map<string, number>>;
	figures: number;
};
export type Cast = {
	year: string;
	schools: (Account & { code: string })[];
	leaders: (Account & { district: string })[];
};

/** `count` schools spread evenly over the province (sorted by code). */
export function pickSchools(all: string[], count: number): string[] {
	const sorted = [...all].sort();
	if (count >= sorted.length) return sorted;
	return Array.from({ length: count }, (_, i) => sorted[Math.floor((i * sorted.length) / count)]);
}

const periodText = (year: string, key: string) => (/^\d{4}-\d{2}$/.test(key) ? key : `${year}/${key}`);

/** Each chosen school's file: its reports of `year` from the generator (another seed), whole, up to 60 figures. */
export function buildFiles(year: string, codes: string[]): SchoolFile[] {
	const province = generateScaleProvince({ schools: PROVINCE_SCHOOLS, seed: 7 });
	const schools = province.districts.flatMap((d) => d.schools);
	const wanted = new Set(codes);
	const generated = generateFigures({
		schools,
		yearCode: year,
		periods: periodsFor(year),
		seed: 9191,
		yearIndex: schoolYears.findIndex((y) => y.code === year)
	}).filter((s) => wanted.has(s.schoolCode));
	const order = (key: string) => ['CUOI_NAM', 'DAU_NAM', 'HK1'].indexOf(key) + 1 || 10;
	const bySchool = new Map<string, typeof generated>();
	for (const s of generated) bySchool.set(s.schoolCode, [...(bySchool.get(s.schoolCode) ?? []), s]);
	return codes.map((code) => {
		const reports = new Map<string, Map<string, number>>();
		const lines = ['ma_truong,ky_bao_cao,ma_chi_so,gia_tri'];
		let figures = 0;
		const list = (bySchool.get(code) ?? []).sort(
			(a, b) => order(a.periodKey) - order(b.periodKey) || a.periodKey.localeCompare(b.periodKey)
		);
		for (const r of list) {
			const entries = Object.entries(r.figures);
			if (figures + entries.length > FIGURES_PER_FILE) continue;
			const period = periodText(year, r.periodKey);
			reports.set(period, new Map(entries));
			for (const [c, v] of entries) lines.push(`${code},${period},${c},${v}`);
			figures += entries.length;
		}
		return { school: code, csv: lines.join('\n') + '\n', reports, figures };
	});
}

/** Seeds the template database and makes the cast; returns who signs in with what. */
export async function prepareTemplate(
	handle: DbHandle,
	options: { schools: number; leaders: number },
	log: (line: string) => void
): Promise<Cast> {
	const t0 = performance.now();
	const scale = await seedScale(handle, { schools: PROVINCE_SCHOOLS, years: 2 });
	await loadPlans(handle.db, scalePlans(scale.years));
	const year = scale.years[scale.years.length - 1];
	log(
		`seeded ${scale.units} units, ${scale.figures} figures in ${((performance.now() - t0) / 1000).toFixed(0)} s`
	);

	await handle.db.execute(
		sql`insert into users (id, username, display_name, password_hash) values (${ADMIN}, 'bench-rush-admin', 'Benchmark', ${await hashPassword('-')})`
	);
	await handle.db.execute(
		sql`insert into role_assignments (user_id, role, unit_id) values (${ADMIN}, 'admin', null)`
	);
	const admin = (await loadAuthUser(handle.db, ADMIN))!;

	const rows = await selectRows<{ code: string; district: string }>(
		handle.db,
		sql`select s.code, d.code as district from units s join units d on d.id = s.parent_id
			where s.type = 'school' and d.type = 'district' order by s.code`
	);
	const chosen = pickSchools(
		rows.map((r) => r.code),
		options.schools
	);
	const districtOf = new Map(rows.map((r) => [r.code, r.district]));
	const byDistrict = new Map<string, string[]>();
	for (const code of chosen) {
		const d = districtOf.get(code)!;
		byDistrict.set(d, [...(byDistrict.get(d) ?? []), code]);
	}
	const t1 = performance.now();
	const schools: Cast['schools'] = [];
	for (const [district, codes] of byDistrict) {
		const made = await createSchoolAccounts(handle.db, admin, {
			unit: district,
			level: null,
			ownership: null,
			schools: codes
		});
		if (!made.ok) throw new Error(`school accounts for ${district}: ${made.reason}`);
		for (const c of made.created) schools.push({ code: c.code, username: c.username, password: c.password });
	}
	const districts = [...new Set(rows.map((r) => r.district))].sort().slice(0, options.leaders);
	const leaders: Cast['leaders'] = [];
	for (const [i, district] of districts.entries()) {
		const made = await createUser(handle.db, admin, {
			username: `bench-leader-${i + 1}`,
			displayName: `Lãnh đạo ${district}`,
			email: null,
			phone: null,
			role: 'district',
			unit: district
		});
		if (!made.ok) throw new Error(`leader of ${district}: ${made.reason}`);
		leaders.push({ district, username: made.username, password: made.password });
	}
	// On a deadline day the accounts are weeks old: their first-sign-in password change is behind them.
	await handle.db.execute(sql`update users set must_change_password = false`);
	log(
		`${schools.length} school accounts and ${leaders.length} district leaders in ${((performance.now() - t1) / 1000).toFixed(0)} s`
	);

	// The reports the files fill have not been sent yet.
	const periods = new Set(buildFiles(year, chosen).flatMap((f) => [...f.reports.keys()]));
	const keys = [...periods].map((p) => p.split('/').pop()!);
	const [gone] = await selectRows<{ n: number }>(
		handle.db,
		sql`with gone as (
			delete from submissions s using units u, periods p, school_years y
			where u.id = s.unit_id and p.id = s.period_id and y.id = p.school_year_id and y.code = ${year}
			  and u.code = any(${`{${chosen.join(',')}}`}::text[]) and p.key = any(${`{${keys.join(',')}}`}::text[])
			returning 1)
		select count(*)::int as n from gone`
	);
	log(`removed ${gone.n} reports of ${year} (${keys.join(', ')}) of the uploading schools`);
	await handle.db.execute(sql`vacuum analyze`);
	return { year, schools, leaders };
}
