// Loads what checking a file needs in a handful of set-based queries, whatever the file's size:
// never one query per record.
import { asc, eq, sql, type SQL } from 'drizzle-orm';
import { queryRow, queryRows, type Db } from '../db';
import * as col from '../db/rows';
import * as table from '../db/schema';
import { SCHOOL_LEVELS, UNIT_TYPES, type IndicatorFormula } from '../../domain/types';
import { SUBMISSION_STATUSES } from '../submissions/workflow';
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
import { ruleId, type RatePair, type Rule } from './rules';
import type { FigureRecord } from './types';
import { loadPeriodLocks } from '../calendar/open-rule';

import { pgArray } from '../db/arrays';
export { pgArray };

const readPeriodStatus = col.oneOf(['open', 'closed']);
const readUnitType = col.oneOf(UNIT_TYPES);
const readSchoolLevel = col.orNull(col.oneOf(SCHOOL_LEVELS));
const readSubmissionStatus = col.oneOf(SUBMISSION_STATUSES);
const readComments = col.orNull(col.json<[number, number, string][]>);

/** Every period, each linked to the previous period of the same form (the calendar is small). */
export async function loadPeriods(db: Db): Promise<PeriodInfo[]> {
	const periods = await queryRows(
		db,
		sql`select p.id, y.code as year_code, p.key, f.code as form_code, p.status, p.label_vi, p.label_en,
			       y.start_date::text as start_date, p.sort_order
			from periods p join school_years y on y.id = p.school_year_id join report_forms f on f.id = p.form_id
			order by f.code, y.start_date, p.sort_order`,
		(r): PeriodInfo => {
			const yearCode = col.text(r.year_code);
			const key = col.text(r.key);
			return {
				id: col.int(r.id),
				ref: `${yearCode}/${key}`,
				yearCode,
				key,
				formCode: col.text(r.form_code),
				status: readPeriodStatus(r.status),
				labelVi: col.text(r.label_vi),
				labelEn: col.text(r.label_en),
				previousId: null
			};
		}
	);
	for (let i = 1; i < periods.length; i++) {
		if (periods[i - 1].formCode === periods[i].formCode) periods[i].previousId = periods[i - 1].id;
	}
	return periods;
}

const MONTH = /^\d{4}-\d{2}$/;

export async function loadElements(db: Db): Promise<Map<string, ElementInfo>> {
	const d = table.dataElements;
	const rows: ElementInfo[] = await db
		.select({
			id: d.id,
			code: d.code,
			nameVi: d.nameVi,
			nameEn: d.nameEn,
			valueType: d.valueType,
			levels: d.levels,
			unitScope: d.unitScope,
			maxLevel: d.maxLevel,
			forms: d.forms,
			sortOrder: d.sortOrder
		})
		.from(d)
		.orderBy(asc(d.sortOrder));
	return new Map(rows.map((r) => [r.code, r]));
}

export async function loadUnitsByCode(db: Db, codes: string[]): Promise<Map<string, UnitInfo>> {
	if (codes.length === 0) return new Map();
	const rows = await queryRows(
		db,
		sql`select id, code, name, type, path, school_level from units where code = any(${pgArray(codes)}::text[])`,
		(r): UnitInfo => ({
			id: col.int(r.id),
			code: col.text(r.code),
			name: col.text(r.name),
			type: readUnitType(r.type),
			path: col.text(r.path),
			schoolLevel: readSchoolLevel(r.school_level)
		})
	);
	return new Map(rows.map((r) => [r.code, r]));
}

/** What loadReferences needs whatever the records (catalogue-cache.ts keeps it between uploads). */
export type ReferenceCatalogue = {
	elements: Map<string, ElementInfo>;
	periods: PeriodInfo[];
	rates: RatePair[];
};

/**
 * Catalogue, the units named in the records, the calendar, its area closures and lock exceptions.
 * `catalogue`: the catalogue and calendar already read (else read here).
 */
export async function loadReferences(
	db: Db,
	records: readonly FigureRecord[],
	catalogue?: ReferenceCatalogue
): Promise<References> {
	const codes = new Set<string>();
	const periodTexts = new Set<string>();
	for (const r of records) {
		codes.add(r.schoolCode);
		periodTexts.add(r.period);
	}
	const [{ elements, periods: periodList, rates }, units] = await Promise.all([
		catalogue ??
			Promise.all([loadElements(db), loadPeriods(db), loadRatePairs(db)]).then(
				([elements, periods, rates]) => ({
					elements,
					periods,
					rates
				})
			),
		loadUnitsByCode(db, [...codes])
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
	const { closures, exceptions } = await loadPeriodLocks(db, [
		...new Set([...periods.values()].map((p) => p.id))
	]);
	return {
		elements,
		units,
		periods,
		periodsById: new Map(periodList.map((p) => [p.id, p])),
		closures,
		exceptions,
		rates
	};
}

/** The numerator and denominator codes of every rate indicator of the catalogue. */
export async function loadRatePairs(db: Db): Promise<RatePair[]> {
	const formulas = await queryRows(
		db,
		sql`select formula from indicators where formula->>'kind' = 'rate' order by sort_order, id`,
		(r) => col.json<IndicatorFormula>(r.formula)
	);
	return formulas.flatMap((f) =>
		f.kind === 'rate' ? [{ numerator: f.numerator, denominator: f.denominator }] : []
	);
}

/** The active consistency rules (validation_rules): the importer judges these, nothing else. */
export async function loadRules(db: Db): Promise<Rule[]> {
	const v = table.validationRules;
	const rows = await db
		.select({
			group: v.groupKey,
			kind: v.kind,
			left: v.left,
			right: v.right,
			nameVi: v.nameVi,
			nameEn: v.nameEn
		})
		.from(v)
		.where(eq(v.active, true))
		.orderBy(asc(v.sortOrder), asc(v.id));
	return rows.map(({ nameVi, nameEn, ...r }) => ({
		id: ruleId(r.kind, r.left, r.right),
		...r,
		...(nameVi && nameEn ? { name: { vi: nameVi, en: nameEn } } : {})
	}));
}

/** One text cell of a query (string_agg of many rows: far cheaper to transfer and parse than rows). */
async function queryText(db: Db, query: SQL): Promise<string> {
	return (await queryRow(db, query, (r) => col.textOrNull(Object.values(r)[0]))) ?? '';
}

/**
 * Rows of numbers joined by ';', fields by ','; `onRow` gets the same array each time (copy what you
 * keep). Hand-rolled: 120,000 rows in a few milliseconds, without an array per row.
 */
export function eachNumberRow(text: string, fields: number, onRow: (row: number[]) => void): void {
	const row = new Array<number>(fields).fill(0);
	let field = 0;
	let start = 0;
	let whole = 0;
	let digitsOnly = true;
	for (let i = 0; i <= text.length; i++) {
		const c = i < text.length ? text.charCodeAt(i) : 59;
		if (c === 44 || c === 59) {
			if (field < fields) row[field] = digitsOnly && i > start ? whole : Number(text.slice(start, i));
			field++;
			start = i + 1;
			whole = 0;
			digitsOnly = true;
			if (c === 59) {
				if (field === fields) onRow(row);
				field = 0;
			}
		} else if (c >= 48 && c <= 57) {
			whole = whole * 10 + (c - 48);
		} else {
			digitsOnly = false;
		}
	}
}

/** Stored values (and the few comments) of the submissions, by submission then element. */
async function loadCurrent(db: Db, ids: number[], into: FigureState['current']): Promise<void> {
	const list = pgArray(ids);
	// Values as one text and the few comments as JSON, in one pass over the figures.
	const row = await queryRow(
		db,
		sql`select string_agg(f.submission_id || ',' || f.data_element_id || ',' || f.value, ';') as vals,
				json_agg(json_build_array(f.submission_id, f.data_element_id, f.comment))
					filter (where f.comment is not null) as comments
			from unnest(${list}::int[]) as t(id) join figures f on f.submission_id = t.id`,
		(r) => ({ vals: col.textOrNull(r.vals), comments: readComments(r.comments) })
	);
	const text = row?.vals ?? '';
	const comments = (row?.comments ?? []).map(([submission_id, data_element_id, comment]) => ({
		submission_id,
		data_element_id,
		comment
	}));
	let lastSub = -1;
	let m: Map<number, StoredFigure> | undefined;
	eachNumberRow(text, 3, ([sub, element, value]) => {
		if (sub !== lastSub) {
			m = into.get(sub);
			if (!m) into.set(sub, (m = new Map<number, StoredFigure>()));
			lastSub = sub;
		}
		m!.set(element, { value, comment: null });
	});
	for (const c of comments) {
		const f = into.get(c.submission_id)?.get(c.data_element_id);
		if (f) f.comment = c.comment;
	}
}

/** The (unit, period) pairs the records refer to, known units and periods only, sorted. */
export function touchedPairs(records: readonly FigureRecord[], refs: References): [number, number][] {
	const seen = new Set<string>();
	const out: [number, number][] = [];
	let last: FigureRecord | null = null;
	for (const r of records) {
		// Files come by school and period: a record of the same pair as the one before adds nothing.
		if (last && r.schoolCode === last.schoolCode && r.period === last.period) continue;
		last = r;
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
	// Independent reads: side by side (a province's file: ~130 ms less on PostgreSQL).
	await Promise.all([
		loadSubmissions(db, pairs, state),
		loadPrevious(db, refs, pairs, elementIds, state.previous)
	]);
	return state;
}

async function loadSubmissions(db: Db, pairs: [number, number][], state: FigureState): Promise<void> {
	const subs = await queryRows(
		db,
		sql`select s.id, s.unit_id, s.period_id, s.status, s.version
			from unnest(${pgArray(pairs.map((p) => p[0]))}::int[], ${pgArray(pairs.map((p) => p[1]))}::int[]) as t(u, p)
			join submissions s on s.unit_id = t.u and s.period_id = t.p`,
		(r): SubmissionInfo => ({
			id: col.int(r.id),
			unitId: col.int(r.unit_id),
			periodId: col.int(r.period_id),
			status: readSubmissionStatus(r.status),
			version: col.int(r.version)
		})
	);
	const subIds: number[] = [];
	for (const s of subs) {
		state.submissions.set(pairKey(s.unitId, s.periodId), s);
		subIds.push(s.id);
	}
	if (subIds.length) await loadCurrent(db, subIds, state.current);
}

/** The same figures in each pair's previous period (for outliers). */
async function loadPrevious(
	db: Db,
	refs: References,
	pairs: [number, number][],
	elementIds: number[],
	into: FigureState['previous']
): Promise<void> {
	const previousPairs = new Map<string, [number, number]>();
	for (const [u, p] of pairs) {
		const prev = refs.periodsById.get(p)?.previousId;
		if (prev) previousPairs.set(pairKey(u, prev), [u, prev]);
	}
	if (!previousPairs.size || !elementIds.length) return;
	const list = [...previousPairs.values()];
	const text = await queryText(
		db,
		sql`select string_agg(s.unit_id || ',' || s.period_id || ',' || f.data_element_id || ',' || f.value, ';')
			from unnest(${pgArray(list.map((p) => p[0]))}::int[], ${pgArray(list.map((p) => p[1]))}::int[]) as t(u, p)
			join submissions s on s.unit_id = t.u and s.period_id = t.p
			join figures f on f.submission_id = s.id
			where f.data_element_id = any(${pgArray(elementIds)}::int[])`
	);
	eachNumberRow(text, 4, ([u, p, e, v]) => {
		const key = pairKey(u, p);
		let m = into.get(key);
		if (!m) into.set(key, (m = new Map<number, number>()));
		m.set(e, v);
	});
}
