// The COPY text of a checked plan: its changes grouped by submission version, the figure rows,
// and one audit row per version. Written a thousand versions at a time, pausing in between, so
// that the connection can send the statements already asked for while the text is being built.
import { setImmediate as pause } from 'node:timers/promises';
import { copyField } from './bulk';
import { pairKey, type FigureState, type PlannedFigure, type References, type SubmissionInfo } from './plan';

type Change = [code: string, value: number, comment: string | null];
export type AuditGroup = {
	pair: string;
	unitId: number;
	period: string;
	version: number;
	before: Change[];
	after: Change[];
};

/** `"figures":{"CODE":value,…}` and, when any figure has one, `"comments":{"CODE":"…",…}`. */
function changesJson(changes: Change[]): string {
	const figures = changes.map(([code, value]) => `${JSON.stringify(code)}:${value}`).join(',');
	const comments = changes
		.filter((c) => c[2] !== null)
		// jsonb refuses \u0000; the stored comment loses its NULs too (copyField).
		.map(([code, , comment]) => `${JSON.stringify(code)}:${JSON.stringify(comment!.replaceAll('\0', ''))}`)
		.join(',');
	return comments ? `"figures":{${figures}},"comments":{${comments}}` : `"figures":{${figures}}`;
}

/** One submission version's audit row, as a COPY line: subject is the period, e.g. `2025-2026/CUOI_NAM`. */
export function auditLine(group: AuditGroup, userId: string | null, tail: string): string {
	const period = JSON.stringify(group.period);
	const before = group.before.length ? copyField(`{"period":${period},${changesJson(group.before)}}`) : '\\N';
	const after = copyField(`{"period":${period},"version":${group.version},${changesJson(group.after)}}`);
	return `${copyField(userId)}\tfigures.change\t${group.unitId}\t${copyField(group.period)}\t${before}\t${after}${tail}`;
}

/** One submission's changed figures, and its audit row. */
export type FigureGroup = AuditGroup & { periodId: number; figures: PlannedFigure[] };

/** The version a touched submission gets: one past its stored one, or the first. */
function nextVersion(state: FigureState, pair: string): number {
	return (state.submissions.get(pair)?.version ?? 0) + 1;
}

/**
 * The new and changed figures as one group per submission version, in key order (unit, period,
 * element): the UPDATE then walks the primary key's pages in order. Figures come by report, so
 * the reports are sorted and then each report's few figures, not every figure of the file.
 */
export function groupChanges(
	figures: readonly PlannedFigure[],
	plan: { refs: References; state: FigureState }
): FigureGroup[] {
	const byPair = new Map<string, FigureGroup>();
	let group: FigureGroup | undefined;
	for (const f of figures) {
		if (f.change === 'unchanged') continue;
		if (group?.unitId !== f.unitId || group.periodId !== f.periodId) {
			const pair = pairKey(f.unitId, f.periodId);
			group = byPair.get(pair);
			if (!group) {
				group = {
					pair,
					unitId: f.unitId,
					periodId: f.periodId,
					period: plan.refs.periodsById.get(f.periodId)!.ref,
					version: nextVersion(plan.state, pair),
					before: [],
					after: [],
					figures: []
				};
				byPair.set(pair, group);
			}
		}
		group.figures.push(f);
	}
	const groups = [...byPair.values()].sort((a, b) => a.unitId - b.unitId || a.periodId - b.periodId);
	for (const g of groups) {
		g.figures.sort((a, b) => a.elementId - b.elementId);
		for (const f of g.figures) {
			if (f.before) g.before.push([f.code, f.before.value, f.before.comment]);
			g.after.push([f.code, f.value, f.comment]);
		}
	}
	return groups;
}

/** Submissions written out between two pauses (a few milliseconds). */
const ROWS_PER_PAUSE = 1000;

/** The audit rows as COPY text, pausing every thousand so that the connection can send what was asked. */
export async function writeAuditRows(
	groups: readonly AuditGroup[],
	userId: string | null,
	tail: string
): Promise<string> {
	const lines: string[] = [];
	for (let i = 0; i < groups.length; i++) {
		if (i % ROWS_PER_PAUSE === 0) await pause();
		lines.push(auditLine(groups[i], userId, tail));
	}
	return lines.join('');
}

/** COPY text of the new figures and of the changed ones, each submission's under its new version's id. */
export async function writeFigureRows(
	groups: readonly FigureGroup[],
	stored: ReadonlyMap<string, SubmissionInfo>,
	tail: string
): Promise<{ added: string; updated: string }> {
	const added: string[] = [];
	const updated: string[] = [];
	for (let i = 0; i < groups.length; i++) {
		if (i % ROWS_PER_PAUSE === 0) await pause();
		const g = groups[i];
		const sub = stored.get(g.pair);
		// The audit rows were written for this version; under the pair's lock nothing else moves it.
		if (sub?.version !== g.version)
			throw new Error(`submission ${g.pair}: version ${sub?.version}, not ${g.version}`);
		for (const f of g.figures) {
			const comment = copyField(f.comment);
			if (f.change === 'new') added.push(`${sub.id}\t${f.elementId}\t${f.value}\t${comment}${tail}`);
			else updated.push(`${sub.id}\t${f.elementId}\t${f.value}\t${comment}\n`);
		}
	}
	return { added: added.join(''), updated: updated.join('') };
}
