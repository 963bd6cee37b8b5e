// Evaluations reused until a commit changes what they read (see generations/stamped-cache.ts): a
// leader's overview is computed once per upload, not once per visit. Below them, each statement that
// sums figures is reused until its own periods change, so after an upload only the statements of the
// uploaded period run again. EVALUATION_CACHE=off measures the engine itself (bench:evaluate).
import type { SQL } from 'drizzle-orm';
import { PgDialect } from 'drizzle-orm/pg-core';
import type { Db } from '../db';
import { env } from '../db/env';
import { createStampedCache } from '../generations/stamped-cache';
import { stampForPeriods, stampForYear } from '../generations/read';
import type { EvaluationRow } from '../../domain/evaluation';

/** Rows held at most, over all cached evaluations (a row is a few hundred bytes). */
const BUDGET_ROWS = 200_000;
const cache = createStampedCache(BUDGET_ROWS);
/** Summed cells held at most (a cell is a handful of numbers in column arrays). */
const BUDGET_CELLS = 300_000;
const cells = createStampedCache(BUDGET_CELLS);
const dialect = new PgDialect();

type Outcome = { ok: true; rows: EvaluationRow[]; periods: number[] } | { ok: false };

/** Rows are shared by every caller of a cached evaluation: a caller that edits one fails loudly. */
function freezeRows(rows: EvaluationRow[]): void {
	for (const r of rows) {
		if (r.target) Object.freeze(r.target);
		if (r.projection) Object.freeze(r.projection);
		Object.freeze(r);
	}
	Object.freeze(rows);
}

export function cachedEvaluation<O extends Outcome>(
	db: Db,
	kind: string,
	req: { yearCode: string },
	compute: () => Promise<O>
): Promise<O> {
	if (!env().evaluationCache) return compute();
	return cache.get(
		db,
		`${kind}:${JSON.stringify(req)}`,
		// Once computed, only the periods it read (and the catalogue, units, plans) matter: an upload to
		// the year-end leaves the months' evaluations of the overview's monthly charts in place.
		(g, outcome) => (outcome?.ok ? stampForPeriods(g, outcome.periods) : stampForYear(g, req.yearCode)),
		async () => {
			const outcome = await compute();
			if (outcome.ok) freezeRows(outcome.rows);
			return outcome;
		},
		(o) => (o.ok ? o.rows.length : 1)
	);
}

/** A statement's key: its text and its parameters. */
export function statementKey(query: SQL): string {
	const { sql: text, params } = dialect.sqlToQuery(query);
	return `${text}\n${JSON.stringify(params)}`;
}

/** One statement's sums over `periods`, column by column; null when it found none. */
export function cachedCells<C extends unknown[][]>(
	db: Db,
	query: SQL,
	periods: number[],
	compute: () => Promise<C | null>
): Promise<C | null> {
	if (!env().evaluationCache) return compute();
	return cells.get(
		db,
		statementKey(query),
		(g) => stampForPeriods(g, periods),
		async () => {
			const columns = await compute();
			if (columns) {
				for (const c of columns) Object.freeze(c);
				Object.freeze(columns);
			}
			return columns;
		},
		(c) => (c ? c[0].length : 1)
	);
}
