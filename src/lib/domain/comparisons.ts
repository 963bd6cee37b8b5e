// What the comparison panels hand to their components: plain data, no server code.
import type { Direction } from './types';
import type { PeerKind } from '../schemas/comparisons';

export type PeerLine = {
	code: string;
	name: { vi: string; en: string };
	unit: 'percent' | 'count' | 'level';
	direction: Direction;
	school: number | null;
	peers: number | null;
	rank: number | null;
	ranked: number;
};

export type PeerComparison = {
	kind: PeerKind;
	/** The choices that make sense for this school (no commune choice without a commune group). */
	kinds: PeerKind[];
	area: string;
	commune: { vi: string; en: string } | null;
	/** Schools in the group, the school included. */
	count: number;
	lines: PeerLine[];
};
