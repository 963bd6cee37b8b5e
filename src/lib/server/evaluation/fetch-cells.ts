// The set-based part of an evaluation: figures summed in SQL per group of units × unit level × period ×
// element (values of share and level elements kept as histograms), and the units each group holds.
import { sql, type SQL } from 'drizzle-orm';
import { queryRows, type Db } from '../db';
import * as col from '../db/rows';
import type { Cell, PeriodCells, Reported } from './aggregate';
import { cachedCells } from './cached';
import { pgArray } from '../db/arrays';
import type { EvaluationContext, UnitInfo } from './load-context';
import { unitsOfYear } from '../units/placement';

/** How units are grouped: all under the root as one, by the root's direct children, or one per school. */
export type Grouping = 'self' | 'children' | 'schools';

/** group unit id → period id → cells. */
export type GroupCells = Map<number, Map<number, PeriodCells>>;

function groupExpr(grouping: Grouping, root: UnitInfo): SQL {
	if (grouping === 'self') return sql`${root.id}::int`;
	if (grouping === 'schools') return sql`u.id`;
	// The child of the root on u's path: '/1/7/42/' split on '/' has the root at position depth + 2.
	return sql`case when u.id = ${root.id} then u.id else split_part(u.path, '/', ${root.depth + 3})::int end`;
}

/** Units counted: under the root, active in the year, passing the dashboard filters. */
function unitConditions(ctx: EvaluationContext, extraGroup: number | null): SQL {
	const parts: SQL[] = [
		sql`u.path like ${ctx.root.path + '%'}`,
		sql`(u.active_from is null or u.active_from <= ${ctx.year.end}::date)`,
		sql`(u.active_to is null or u.active_to >= ${ctx.year.start}::date)`
	];
	const f = ctx.filters;
	if (f?.levels?.length)
		parts.push(
			sql`(u.type <> 'school' or chitieu_level_parts(u.school_level) && ${pgArray(f.levels)}::text[])`
		);
	if (f?.ownership) parts.push(sql`(u.type <> 'school' or u.ownership = ${f.ownership})`);
	for (const g of [ctx.groupFilter, extraGroup]) {
		if (g !== null) parts.push(sql`u.id in (select unit_id from unit_group_members where group_id = ${g})`);
	}
	return sql.join(parts, sql` and `);
}

export type CensusRow = { grp: number; type: string; level: string | null; n: number };

const readUnits = col.orNull(col.json<UnitInfo[]>);
const readCensus = col.orNull(col.json<CensusRow[]>);
const readCells = col.json<CellColumns | null[]>;

/**
 * The units rows are made for (the root itself, its direct children, or every school under it), and
 * how many units of each type and level each group holds (which indicators apply where; not needed
 * for schools): one statement.
 */
export async function fetchUnits(
	db: Db,
	ctx: EvaluationContext,
	grouping: Grouping
): Promise<{ rows: UnitInfo[]; census: CensusRow[] }> {
	const which = grouping === 'children' ? sql`u.parent_id = ${ctx.root.id}` : sql`u.type = 'school'`;
	const rows =
		grouping === 'self'
			? sql`null::json`
			: sql`(select json_agg(json_build_object('id', u.id, 'code', u.code, 'name', u.name,
			        'type', u.type, 'path', u.path, 'depth', u.depth, 'schoolLevel', u.school_level,
			        'ownership', u.ownership) order by case u.type when 'school' then 1 else 0 end, u.name, u.code)
			      from ${unitsOfYear(ctx.placementYear)} u where ${which} and ${unitConditions(ctx, null)})`;
	const census =
		grouping === 'schools'
			? sql`null::json`
			: sql`(select json_agg(json_build_object('grp', grp, 'type', type, 'level', level, 'n', n)) from (
			        select ${groupExpr(grouping, ctx.root)} as grp, u.type, u.school_level as level, count(*)::int as n
			        from ${unitsOfYear(ctx.placementYear)} u where ${unitConditions(ctx, null)}
			        group by 1, 2, 3) c)`;
	const [row] = await queryRows(db, sql`select ${rows} as rows, ${census} as census`, (r) => ({
		rows: readUnits(r.rows),
		census: readCensus(r.census)
	}));
	return {
		rows: grouping === 'self' ? [ctx.root] : (row.rows ?? []),
		census: row.census ?? []
	};
}

/**
 * [grp, pid, eid, v, total, n, lvl, sig] column by column (each null when there are no rows); sig
 * stands for the set of elements the units reported (of those read), see fetchCells.
 */
type CellColumns = [
	number[],
	number[],
	number[],
	(number | null)[],
	number[],
	number[],
	(string | null)[],
	number[]
];

export type Needed = {
	periods: Set<number>;
	elements: Set<number>;
	categorical: Set<number>;
	/** period id → the elements needed in it. */
	byPeriod: Map<number, Set<number>>;
};

/** At most this many statements per fetch (run side by side on PostgreSQL's pool). */
const MAX_BATCHES = 4;

/**
 * Periods that need the same elements go together. Beyond `max` batches, the two with the fewest
 * periods between them merge (of those, the two whose merging adds the least reading, periods ×
 * elements): a statement's time goes mostly with its periods (each unit's submissions and all
 * their figures are visited), and the slowest statement sets the evaluation's time.
 */
export function batchPeriods(
	byPeriod: Map<number, Set<number>>,
	max = MAX_BATCHES
): { periods: number[]; elements: number[] }[] {
	const bySignature = new Map<string, { periods: number[]; elements: Set<number> }>();
	for (const [pid, els] of byPeriod) {
		const key = [...els].sort((a, b) => a - b).join(',');
		const batch = bySignature.get(key);
		if (batch) batch.periods.push(pid);
		else bySignature.set(key, { periods: [pid], elements: new Set(els) });
	}
	const batches = [...bySignature.values()];
	const reading = (b: { periods: number[]; elements: Set<number> }) => b.periods.length * b.elements.size;
	while (batches.length > Math.max(1, max)) {
		let best = { i: 0, j: 1, periods: Infinity, added: Infinity };
		for (let i = 0; i < batches.length; i++)
			for (let j = i + 1; j < batches.length; j++) {
				const periods = batches[i].periods.length + batches[j].periods.length;
				if (periods > best.periods) continue;
				const union = new Set([...batches[i].elements, ...batches[j].elements]).size;
				const added = periods * union - reading(batches[i]) - reading(batches[j]);
				if (periods < best.periods || added < best.added) best = { i, j, periods, added };
			}
		const [into, from] = [batches[best.i], batches[best.j]];
		into.periods.push(...from.periods);
		for (const e of from.elements) into.elements.add(e);
		batches.splice(best.j, 1);
	}
	return batches.map((b) => ({ periods: b.periods, elements: [...b.elements] }));
}

/**
 * Σ figures of the needed elements in the needed periods, grouped; one statement. Nested loops from
 * the units under the root (LATERAL … OFFSET 0 keeps the planner from hashing all figures of every
 * year): each unit's submissions by (unit, period), each submission's figures index-only.
 * Only schools' and communes' own figures count (a district's roll-up report would count twice).
 * Units are grouped also by the set of elements they reported (of those read) in the period, so that
 * a formula can pool only the units that reported all of its figures. The set is named by a number
 * (the XOR of its elements' 53-bit hashes: a scalar to group on, exact in JSON, read index-only; two
 * different sets of one statement share it with a chance of about 1 in 10^13) and is itself the
 * elements found in the rows of that number.
 * `extraGroup` restricts the units to a group's members (an area judged on a group's target).
 */
export async function fetchCells(
	db: Db,
	ctx: EvaluationContext,
	grouping: Grouping,
	needed: Needed,
	extraGroup: number | null = null
): Promise<GroupCells> {
	const out: GroupCells = new Map();
	if (needed.periods.size === 0 || needed.elements.size === 0) return out;
	const codeOf = new Map([...ctx.elementIds].map(([code, id]) => [id, code]));
	// One JSON document per statement, column by column: the driver parses it natively instead of field
	// by field, and PostgreSQL builds no array per row. The level (text) is grouped on last.
	const fetchBatch = (periods: number[], elements: number[]): Promise<CellColumns | null> => {
		const query = sql`select json_build_array(json_agg(grp), json_agg(pid), json_agg(eid), json_agg(v),
		      json_agg(total), json_agg(n), json_agg(lvl), json_agg(sig)) as cells from (
		    select u.grp, s.period_id as pid, f.data_element_id as eid,
		      case when f.data_element_id = any(${pgArray(needed.categorical)}::int[]) then f.value end as v,
		      u.lvl, x.sig, sum(f.value)::float8 as total, count(*)::int as n
		    from (select u.id, ${groupExpr(grouping, ctx.root)} as grp, u.school_level as lvl
		          from ${unitsOfYear(ctx.placementYear)} u where u.type in ('school', 'commune') and ${unitConditions(ctx, extraGroup)} offset 0) u
		    cross join lateral (
		      select s.id, s.period_id from submissions s
		      where s.unit_id = u.id and s.period_id = any(${pgArray(periods)}::int[]) offset 0) s
		    cross join lateral (
		      select bit_xor(hashint4extended(f.data_element_id, 0) & 9007199254740991) as sig
		      from figures f where f.submission_id = s.id and f.data_element_id = any(${pgArray(elements)}::int[])) x
		    join figures f on f.submission_id = s.id and f.data_element_id = any(${pgArray(elements)}::int[])
		    group by 1, 2, 3, 4, 6, 5) q`;
		const run = async () => {
			const [cells] = await queryRows(db, query, (r) => readCells(r.cells));
			return cells[0] === null ? null : (cells as CellColumns);
		};
		return cachedCells(db, query, periods, run);
	};
	/** The reported set of each sig in a statement's rows: the elements its units' rows hold. */
	const reportedSets = (sigs: number[], eids: number[]): Map<number, Reported> => {
		const els = new Map<number, Set<number>>();
		for (let i = 0; i < sigs.length; i++) {
			let set = els.get(sigs[i]);
			if (!set) els.set(sigs[i], (set = new Set()));
			set.add(eids[i]);
		}
		const out = new Map<number, Reported>();
		for (const [sig, set] of els) {
			const codes = new Set([...set].flatMap((e) => codeOf.get(e) ?? []));
			out.set(sig, { key: [...codes].sort().join(','), codes });
		}
		return out;
	};
	// Split by period: several smaller statements run side by side on PostgreSQL, and each reads only
	// the elements its periods need.
	const parts = await Promise.all(
		batchPeriods(needed.byPeriod).map((b) => fetchBatch(b.periods, b.elements))
	);
	for (const part of parts) {
		if (!part) continue;
		const [grps, pids, eids, vs, totals, ns, lvls, sigs] = part;
		const reportedBySig = reportedSets(sigs, eids);
		for (let i = 0; i < grps.length; i++) {
			const grp = grps[i];
			const pid = pids[i];
			const lvl = lvls[i];
			const v = vs[i];
			const n = ns[i];
			const reported = reportedBySig.get(sigs[i])!;
			let byPeriod = out.get(grp);
			if (!byPeriod) out.set(grp, (byPeriod = new Map()));
			let cells = byPeriod.get(pid);
			if (!cells) byPeriod.set(pid, (cells = new Map()));
			const code = codeOf.get(eids[i])!;
			let list = cells.get(code);
			if (!list) cells.set(code, (list = []));
			let cell: Cell | undefined;
			for (const c of list)
				if (c.level === lvl && c.reported === reported) {
					cell = c;
					break;
				}
			if (!cell) list.push((cell = { level: lvl, reported, sum: 0, n: 0, hist: null }));
			cell.sum += totals[i];
			cell.n += n;
			if (v !== null) {
				cell.hist ??= new Map();
				cell.hist.set(v, (cell.hist.get(v) ?? 0) + n);
			}
		}
	}
	return out;
}
