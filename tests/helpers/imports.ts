import { sql } from 'drizzle-orm';
import { type DbHandle } from '../../src/lib/server/db/client';
import { loadAuthUser, type AuthUser } from '../../src/lib/server/auth/user';
import { importFile, type ImportOptions, type ImportOutcome } from '../../src/lib/server/imports/service';
import { selectRows } from './select-rows';

export type LongRow = [
	school: string,
	period: string,
	code: string,
	value: string | number,
	comment?: string
];

/** A long-layout CSV (UTF-8 with BOM, as Excel's "CSV UTF-8" writes it). */
export function longCsv(rows: LongRow[], withComment = rows.some((r) => r[4] !== undefined)): Uint8Array {
	const header = ['ma_truong', 'ky_bao_cao', 'ma_chi_so', 'gia_tri', ...(withComment ? ['ghi_chu'] : [])];
	const quote = (s: string) => (/[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);
	const lines = [
		header.join(','),
		...rows.map((r) =>
			r
				.slice(0, withComment ? 5 : 4)
				.map((c) => quote(String(c ?? '')))
				.join(',')
		)
	];
	return new TextEncoder().encode('\uFEFF' + lines.join('\r\n') + '\r\n');
}

export async function demoUser(h: DbHandle, username: string): Promise<AuthUser> {
	const user = await loadAuthUser(h.db, `u-${username}`);
	if (!user) throw new Error(`no demo user ${username}`);
	return user;
}

export function run(
	h: DbHandle,
	user: AuthUser,
	bytes: Uint8Array,
	options: Partial<ImportOptions> = {},
	fileName = 'so-lieu.csv'
): Promise<ImportOutcome> {
	return importFile(
		h,
		user,
		{ bytes, fileName, mediaType: 'text/csv' },
		{ dryRun: false, confirmWarnings: false, ...options }
	);
}

/** code → value of one school's submission for '2025-2026/CUOI_NAM'-style period refs. */
export async function storedFigures(
	h: DbHandle,
	school: string,
	period: string
): Promise<Record<string, number>> {
	const [year, key] = period.split('/');
	const rows = await selectRows<{ code: string; value: number }>(
		h.db,
		sql`select d.code, f.value from figures f
			join data_elements d on d.id = f.data_element_id
			join submissions s on s.id = f.submission_id
			join units u on u.id = s.unit_id
			join periods p on p.id = s.period_id join school_years y on y.id = p.school_year_id
			where u.code = ${school} and y.code = ${year} and p.key = ${key}`
	);
	return Object.fromEntries(rows.map((r) => [r.code, Number(r.value)]));
}

export async function submissionOf(h: DbHandle, school: string, period: string) {
	const [year, key] = period.split('/');
	const [row] = await selectRows<{
		id: number;
		status: string;
		version: number;
		submitted_by: string | null;
	}>(
		h.db,
		sql`select s.id, s.status, s.version, s.submitted_by from submissions s
			join units u on u.id = s.unit_id
			join periods p on p.id = s.period_id join school_years y on y.id = p.school_year_id
			where u.code = ${school} and y.code = ${year} and p.key = ${key}`
	);
	return row ?? null;
}

export async function count(h: DbHandle, query: ReturnType<typeof sql>): Promise<number> {
	const [row] = await selectRows<{ n: number }>(h.db, query);
	return Number(row.n);
}
