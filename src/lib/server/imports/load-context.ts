// Loads what checking a file needs in a handful of set-based queries, whatever the file's size:
// never one query per record.
import { sql } from 'drizzle-orm';
import { queryRows, type Db } from '../db';
import type { SchoolLevel, ValueType } from '../../domain/types';
import {
	pairKey,
	type ElementInfo,
	type FigureState,
	type PeriodInfo,
	type References,
	type StoredFigure,
	type SubmissionInfo,
	type UnitInfo
} from './plan';
import type { FigureRecord } from './types';

/** A PostgreSQL array literal, sent as one text parameter (no per-value parameters, no limit). */
export function pgArray(values: readonly (string | number)[]): string {
	const items = values.map((v) =>
		typeof v === 'number' ? String(v) : `"${v.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`
	);
	return `{${items.join(',')}}`;
}

type PeriodRow = {
	id: number;
	year_code: string;
	key: string;
	form_code: string;
	status: 'open' | 'closed';
	label_vi: string;
	label_en: string;
	start_date: string;
	sort_order: number;
};

/** Every period, each linked to the previous period of the same form (the calendar is small). */
export async function loadPeriods(db: Db): Promise<PeriodInfo[]> {
	const rows = await queryRows<PeriodRow>(
		db,
		sql`select p.id, y.code as year_code, p.key, f.code as form_code, p.status, p.label_vi, p.label_en,
			       y.start_date::text as start_date, p.sort_order
			from periods p join school_years y on y.id = p.school_year_id join report_forms f on f.id = p.form_id
			order by f.code, y.start_date, p.sort_order`
	);
	const out: PeriodInfo[] = [];
	let previous: PeriodRow | null = null;
	for (const r of rows) {
		const previousId = previous && previous.form_code === r.form_code ? previous.id : null;
		out.push({
			id: r.id,
			ref: `${r.year_code}/${r.key}`,
			yearCode: r.year_code,
			key: r.key,
			formCode: r.form_code,
			status: r.status,
			labelVi: r.label_vi,
			labelEn: r.label_en,
			previousId
		});
		previous = r;
	}
	return out;
}

const MONTH = /^\d{4}-\d{2}$/;

export async function loadElements(db: Db): Promise<Map<string, ElementInfo>> {
	const rows = await queryRows<{
		id: number;
		code: string;
		name_vi: string;
		name_en: string;
		value_type: ValueType;
		levels: string[];
		unit_scope: 'school' | 'commune';
		max_level: number | null;
		forms: string[];
		sort_order: number;
	}>(
		db,
		sql`select id, code, name_vi, name_en, value_type, levels, unit_scope, max_level, forms, sort_order from data_elements order by sort_order`
	);
	return new Map(
		rows.map((r) => [
			r.code,
			{
				id: r.id,
				code: r.code,
				nameVi: r.name_vi,
				nameEn: r.name_en,
				valueType: r.value_type,
				levels: r.levels,
				unitScope: r.unit_scope,
				maxLevel: r.max_level,
				forms: r.forms,
				sortOrder: r.sort_order
			}
		])
	);
}

export async function loadUnitsByCode(db: Db, codes: string[]): Promise<Map<string, UnitInfo>> {
	if (codes.length === 0) return new Map();
	const rows = await queryRows<{
		id: number;
		code: string;
		name: string;
		type: UnitInfo['type'];
		path: string;
		school_level: SchoolLevel | null;
	}>(
		db,
		sql`select id, code, name, type, path, school_level from units where code = any(${pgArray(codes)}::text[])`
	);
	return new Map(
		rows.map((r) => [
			r.code,
			{ id: r.id, code: r.code, name: r.name, type: r.type, path: r.path, schoolLevel: r.school_level }
		])
	);
}

/** Catalogue, the units named in the records, the calendar, its area closures and lock exceptions. */
export async function loadReferences(db: Db, records: readonly FigureRecord[]): Promise<References> {
	const codes = new Set<string>();
	const periodTexts = new Set<string>();
	for (const r of records) {
		codes.add(r.schoolCode);
		periodTexts.add(r.period);
	}
	const [elements, units, periodList] = await Promise.all([
		loadElements(db),
		loadUnitsByCode(db, [...codes]),
		loadPeriods(db)
	]);
	const byRef = new Map<string, PeriodInfo>();
	const byMonth = new Map<string, PeriodInfo>();
	for (const p of periodList) {
		byRef.set(p.ref, p);
		if (MONTH.test(p.key)) byMonth.set(p.key, p);
	}
	const periods = new Map<string, PeriodInfo>();
	for (const text of periodTexts) {
		const p = byRef.get(text) ?? (MONTH.test(text) ? byMonth.get(text) : undefined);
		if (p) periods.set(text, p);
	}
	const periodIds = pgArray([...new Set([...periods.values()].map((p) => p.id))]);
	const closures = new Map<number, number[]>();
	const exceptions = new Set<string>();
	if (periods.size) {
		const [closureRows, exceptionRows] = await Promise.all([
			queryRows<{ period_id: number; unit_id: number }>(
				db,
				sql`select period_id, unit_id from period_closures where period_id = any(${periodIds}::int[])`
			),
			queryRows<{ period_id: number; unit_id: number }>(
				db,
				sql`select period_id, unit_id from period_exceptions
					where period_id = any(${periodIds}::int[]) and (until is null or until >= current_date)`
			)
		]);
		for (const r of closureRows) closures.set(r.period_id, [...(closures.get(r.period_id) ?? []), r.unit_id]);
		for (const r of exceptionRows) exceptions.add(`${r.period_id}:${r.unit_id}`);
	}
	return {
		elements,
		units,
		periods,
		periodsById: new Map(periodList.map((p) => [p.id, p])),
		closures,
		exceptions
	};
}

/** The (unit, period) pairs the records refer to, known units and periods only, sorted. */
export function touchedPairs(records: readonly FigureRecord[], refs: References): [number, number][] {
	const seen = new Set<string>();
	const out: [number, number][] = [];
	for (const r of records) {
		const unit = refs.units.get(r.schoolCode);
		const period = refs.periods.get(r.period);
		if (!unit || !period) continue;
		const key = pairKey(unit.id, period.id);
		if (seen.has(key)) continue;
		seen.add(key);
		out.push([unit.id, period.id]);
	}
	return out.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
}

/**
 * The submissions of those pairs with all their stored figures (rules are judged on the merged
 * figures), and, for outliers, the same figures in each pair's previous period.
 */
export async function loadFigureState(
	db: Db,
	refs: References,
	pairs: [number, number][],
	elementIds: number[]
): Promise<FigureState> {
	const state: FigureState = { submissions: new Map(), current: new Map(), previous: new Map() };
	if (pairs.length === 0) return state;
	const units = pgArray([...new Set(pairs.map((p) => p[0]))]);
	const wanted = new Set(pairs.map(([u, p]) => pairKey(u, p)));
	const periodIds = pgArray([...new Set(pairs.map((p) => p[1]))]);
	const subs = await queryRows<{
		id: number;
		unit_id: number;
		period_id: number;
		status: SubmissionInfo['status'];
		version: number;
	}>(
		db,
		sql`select id, unit_id, period_id, status, version from submissions
			where unit_id = any(${units}::int[]) and period_id = any(${periodIds}::int[])`
	);
	const subIds: number[] = [];
	for (const s of subs) {
		const key = pairKey(s.unit_id, s.period_id);
		if (!wanted.has(key)) continue;
		state.submissions.set(key, {
			id: s.id,
			unitId: s.unit_id,
			periodId: s.period_id,
			status: s.status,
			version: s.version
		});
		subIds.push(s.id);
	}
	if (subIds.length) {
		const rows = await queryRows<{
			submission_id: number;
			data_element_id: number;
			value: number;
			comment: string | null;
		}>(
			db,
			sql`select submission_id, data_element_id, value, comment from figures where submission_id = any(${pgArray(subIds)}::int[])`
		);
		for (const r of rows) {
			let m = state.current.get(r.submission_id);
			if (!m) state.current.set(r.submission_id, (m = new Map<number, StoredFigure>()));
			m.set(r.data_element_id, { value: Number(r.value), comment: r.comment });
		}
	}
	const previousPairs = new Set<string>();
	const previousPeriods = new Set<number>();
	for (const [u, p] of pairs) {
		const prev = refs.periodsById.get(p)?.previousId;
		if (!prev) continue;
		previousPairs.add(pairKey(u, prev));
		previousPeriods.add(prev);
	}
	if (previousPeriods.size && elementIds.length) {
		const rows = await queryRows<{
			unit_id: number;
			period_id: number;
			data_element_id: number;
			value: number;
		}>(
			db,
			sql`select s.unit_id, s.period_id, f.data_element_id, f.value
				from submissions s join figures f on f.submission_id = s.id
				where s.unit_id = any(${units}::int[]) and s.period_id = any(${pgArray([...previousPeriods])}::int[])
				  and f.data_element_id = any(${pgArray(elementIds)}::int[])`
		);
		for (const r of rows) {
			const key = pairKey(r.unit_id, r.period_id);
			if (!previousPairs.has(key)) continue;
			let m = state.previous.get(key);
			if (!m) state.previous.set(key, (m = new Map<number, number>()));
			m.set(r.data_element_id, Number(r.value));
		}
	}
	return state;
}
