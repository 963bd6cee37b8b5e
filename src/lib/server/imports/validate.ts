// Checking records against the database: load what they refer to in a handful of queries (under the
// pairs' locks when storing), then judge them in memory.
import type { Db } from '../db';
import { can } from '../auth/access';
import type { AuthUser } from '../auth/user';
import { findIncompleteReports, warnIncomplete, type IncompleteReport } from './check-complete';
import { checkRecords } from './check-records';
import {
	loadFigureState,
	loadReferences,
	loadRules,
	touchedPairs,
	type ReferenceCatalogue
} from './load-context';
import type { CheckResult, FigureState, References } from './plan';
import { lockPairs } from './store';
import type { ReadResult } from './types';

export type Validation = {
	refs: References;
	state: FigureState;
	checked: CheckResult;
	/** Reports that will lack required figures after the upload. */
	incomplete: IncompleteReport[];
};

export async function validateRead(
	db: Db,
	user: AuthUser,
	read: Pick<ReadResult, 'records' | 'layout'>,
	options: { lock: boolean; catalogue?: ReferenceCatalogue }
): Promise<Validation> {
	const [refs, rules] = await Promise.all([
		loadReferences(db, read.records, options.catalogue),
		loadRules(db)
	]);
	const pairs = touchedPairs(read.records, refs);
	// Read under the lock: a concurrent upload for the same school and period finishes first.
	if (options.lock) await lockPairs(db, pairs);
	const codes = new Set<string>();
	for (const r of read.records) codes.add(r.code);
	const elementIds = [...refs.elements.values()].filter((e) => codes.has(e.code)).map((e) => e.id);
	const state = await loadFigureState(db, refs, pairs, elementIds);
	const checked = checkRecords(read.records, refs, state, {
		canSubmit: (unit) => can(user, 'submit_figures', unit),
		layout: read.layout,
		rules
	});
	// Only when the figures themselves pass: an error already blocks, and the list would mislead.
	const incomplete = checked.errors.length === 0 ? findIncompleteReports(checked.figures, refs, state) : [];
	checked.warnings.push(...warnIncomplete(incomplete));
	return { refs, state, checked, incomplete };
}
