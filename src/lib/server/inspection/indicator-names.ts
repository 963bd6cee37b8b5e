// People read indicator names, not catalogue codes: a finding's codes are named from the catalogue.
import { inArray } from 'drizzle-orm';
import type { Db } from '../db';
import * as table from '../db/schema';
import type { NamedIndicator } from '../../domain/inspection';

/** The catalogue's names of these codes, in the given order; an unknown code keeps the code as name. */
export function nameCodes(codes: string[], names: Map<string, { vi: string; en: string }>): NamedIndicator[] {
	return codes.map((code) => ({ code, name: names.get(code) ?? { vi: code, en: code } }));
}

/** Adds `indicators` (code + names) to each finding, in one query for all of them. */
export async function withIndicatorNames<T extends { indicatorCodes: string[] }>(
	db: Db,
	rows: T[]
): Promise<(T & { indicators: NamedIndicator[] })[]> {
	const codes = [...new Set(rows.flatMap((r) => r.indicatorCodes))];
	const found = codes.length
		? await db
				.select({ code: table.indicators.code, vi: table.indicators.nameVi, en: table.indicators.nameEn })
				.from(table.indicators)
				.where(inArray(table.indicators.code, codes))
		: [];
	const names = new Map(found.map((r) => [r.code, { vi: r.vi, en: r.en }]));
	return rows.map((r) => ({ ...r, indicators: nameCodes(r.indicatorCodes, names) }));
}
