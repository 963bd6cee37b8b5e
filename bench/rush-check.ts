// After the rush: every report of every school is in the database once (version 1, one stored
// upload by the school), with exactly the figures of its file and their values.
import postgres from 'postgres';
import type { Cast, SchoolFile } from './rush-data';

export type StoredCheck = {
	schools: number;
	schoolsOk: number;
	reports: number;
	reportsOk: number;
	figures: number;
	problems: string[];
};

export async function checkStored(
	url: string,
	cast: Cast,
	files: Map<string, SchoolFile>
): Promise<StoredCheck> {
	const sql = postgres(url, { max: 1, onnotice: () => {} });
	try {
		const codes = cast.schools.map((s) => s.code);
		const rows = await sql<
			{ school: string; period: string; version: number; code: string | null; value: number | null }[]
		>`
			select u.code as school,
				case when p.key ~ '^[0-9]{4}-[0-9]{2}$' then p.key else y.code || '/' || p.key end as period,
				s.version, e.code, f.value
			from submissions s
			join units u on u.id = s.unit_id
			join periods p on p.id = s.period_id
			join school_years y on y.id = p.school_year_id
			left join figures f on f.submission_id = s.id
			left join data_elements e on e.id = f.data_element_id
			where u.code = any(${codes}) and y.code = ${cast.year}`;
		const uploads = await sql<{ username: string; n: number }[]>`
			select u.username, count(*)::int as n from uploads up join users u on u.id = up.user_id
			where up.status = 'stored' group by u.username`;
		const uploadsBy = new Map(uploads.map((r) => [r.username, r.n]));
		const found = new Map<string, { version: number; figures: Map<string, number> }>();
		for (const r of rows) {
			const key = `${r.school} ${r.period}`;
			const entry = found.get(key) ?? { version: r.version, figures: new Map() };
			if (r.code !== null) entry.figures.set(r.code, r.value!);
			found.set(key, entry);
		}
		const out: StoredCheck = {
			schools: codes.length,
			schoolsOk: 0,
			reports: 0,
			reportsOk: 0,
			figures: 0,
			problems: []
		};
		for (const account of cast.schools) {
			const file = files.get(account.code)!;
			let ok = true;
			const n = uploadsBy.get(account.username) ?? 0;
			if (n !== 1) {
				out.problems.push(`${account.code}: ${n} stored uploads`);
				ok = false;
			}
			for (const [period, sent] of file.reports) {
				out.reports++;
				const got = found.get(`${account.code} ${period}`);
				const problem = !got
					? 'missing'
					: got.version !== 1
						? `version ${got.version}`
						: got.figures.size !== sent.size
							? `${got.figures.size} figures of ${sent.size}`
							: [...sent].find(([c, v]) => got.figures.get(c) !== Number(v))?.[0];
				if (problem) {
					out.problems.push(`${account.code} ${period}: ${problem}`);
					ok = false;
				} else {
					out.reportsOk++;
					out.figures += sent.size;
				}
			}
			if (ok) out.schoolsOk++;
		}
		return out;
	} finally {
		await sql.end();
	}
}
