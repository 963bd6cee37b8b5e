// How a reading compares with the targets a person found: correct (indicator, comparator, values and
// scope all right), wrong (a proposal matching no such target), missed (a target with no correct proposal).
import { foldText } from './fold';
import type { Proposal } from './types';

export type ExpectedTarget = {
	indicator: string;
	comparator: string;
	value?: number;
	min?: number;
	max?: number;
	level?: string;
	ownership?: string;
	school?: string;
};

export type Measure = { expected: number; correct: number; wrong: Proposal[]; missed: ExpectedTarget[] };

const same = (a: number | null | undefined, b: number | null | undefined) =>
	(a ?? null) === null ? (b ?? null) === null : b !== null && b !== undefined && Math.abs(a! - b) < 1e-6;

export function proposalMatches(p: Proposal, t: ExpectedTarget): boolean {
	if (p.indicator !== t.indicator || p.comparator !== t.comparator) return false;
	if (!same(p.value, t.value) || !same(p.min, t.min) || !same(p.max, t.max)) return false;
	if (t.school !== undefined) {
		if (p.scope.kind !== 'school' || foldText(p.scope.name) !== foldText(t.school)) return false;
		return t.level === undefined || p.scope.level === t.level;
	}
	if (p.scope.kind !== 'area') return false;
	return (p.scope.level ?? undefined) === t.level && (p.scope.ownership ?? undefined) === t.ownership;
}

export function measureReading(proposals: Proposal[], expected: ExpectedTarget[]): Measure {
	const open = [...expected];
	const wrong: Proposal[] = [];
	let correct = 0;
	for (const p of proposals) {
		const at = open.findIndex((t) => proposalMatches(p, t));
		if (at >= 0) {
			open.splice(at, 1);
			correct++;
		} else wrong.push(p);
	}
	return { expected: expected.length, correct, wrong, missed: open };
}
