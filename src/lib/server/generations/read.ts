// What the cached evaluations are keyed by: the generations kept by drizzle/0011's triggers.
import { sql } from 'drizzle-orm';
import { queryRows, type Db } from '../db';
import * as col from '../db/rows';

export type Generations = {
	/** scope → generation: `epoch`, `all`, `y<school year id>`, `p<period id>`. */
	gens: Record<string, number>;
	/** School years, oldest first: [code, id]. */
	years: [string, number][];
	/** This transaction has changed data not yet counted: nothing it reads may be cached. */
	dirty: boolean;
};

const readGens = col.orNull(col.json<Record<string, unknown>>);
const readYears = col.orNull(col.json<[string, number][]>);

export async function readGenerations(db: Db): Promise<Generations> {
	const [row] = await queryRows(
		db,
		sql`select (select json_object_agg(scope, generation) from data_generations) as gens,
		  (select json_agg(json_build_array(code, id) order by start_date) from school_years) as years,
		  exists (select 1 from data_generation_marks where txid = txid_current_if_assigned()) as dirty`,
		(r) => ({
			gens: Object.fromEntries(Object.entries(readGens(r.gens) ?? {}).map(([k, v]) => [k, col.int(v)])),
			years: readYears(r.years) ?? [],
			dirty: col.bool(r.dirty)
		})
	);
	return row;
}

const gen = (g: Generations, scope: string) => g.gens[scope] ?? 0;

/**
 * The stamp of what an evaluation of `yearCode` reads: the catalogue, units and plans (`all`), the
 * year's figures and the previous year's (projections start from it). Null for an unknown year.
 */
export function stampForYear(g: Generations, yearCode: string): string | null {
	const i = g.years.findIndex(([code]) => code === yearCode);
	if (i < 0) return null;
	const last = i > 0 ? g.years[i - 1][1] : null;
	const lastGen = last === null ? '-' : String(gen(g, `y${last}`));
	return `${gen(g, 'epoch')}.${gen(g, 'all')}.${gen(g, `y${g.years[i][1]}`)}.${lastGen}`;
}

/** The stamp of a statement that reads these periods' figures (and the units, catalogue, plans). */
export function stampForPeriods(g: Generations, periodIds: number[]): string {
	const periods = [...periodIds].sort((a, b) => a - b).map((id) => `${id}=${gen(g, `p${id}`)}`);
	return `${gen(g, 'epoch')}.${gen(g, 'all')}|${periods.join(',')}`;
}

/** The stamp of everything: for what reads every year. */
export function stampForAll(g: Generations): string {
	return Object.keys(g.gens)
		.sort()
		.map((s) => `${s}=${g.gens[s]}`)
		.join(',');
}
