// The reader's vocabulary: the catalogue as it reads it, and what it proposes.
import type { Comparator } from '../../domain/types';

export type ReaderLevel = 'MN' | 'TH' | 'THCS' | 'THPT';
export type ReaderIndicator = {
	code: string;
	nameVi: string;
	unit: 'percent' | 'count' | 'level';
	direction: 'higher' | 'lower' | 'band';
	levels: ReaderLevel[];
	formulaKind: 'rate' | 'sum' | 'share_of_schools' | 'level';
	/** "Cách viết trong kế hoạch"; the name counts as one more. */
	phrases: string[];
	judgedAt?: string;
	/** For level indicators: the highest level (1 for a yes/no status such as universal preschool). */
	maxLevel?: number | null;
};

export type ReaderScope =
	| { kind: 'area'; level: ReaderLevel | null; ownership: 'public' | 'non_public' | null }
	| { kind: 'school'; name: string; level: ReaderLevel | null };

export type Candidate = { code: string; score: number; phrase: string };

export type Proposal = {
	id: string;
	blockId: string;
	clauseId: string;
	source: string;
	/** Other clauses stating the same target. */
	alsoIn: string[];
	valueText: string;
	indicator: string;
	score: number;
	phrase: string;
	alternatives: Candidate[];
	comparator: Comparator;
	value: number | null;
	min: number | null;
	max: number | null;
	numerator: number | null;
	denominator: number | null;
	/** A stated numerator/denominator against the stated rate: 'ok' within rounding, else 'mismatch'. */
	ratioCheck: 'ok' | 'mismatch' | null;
	scope: ReaderScope;
	judgedAt: string;
	baseline: string | null;
};

/** A figure not proposed: no indicator found (suggestion null), or in the plan's solutions part. */
export type Unplaced = {
	blockId: string;
	clauseId: string;
	source: string;
	valueText: string;
	suggestion: string | null;
};
