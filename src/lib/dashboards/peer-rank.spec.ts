import { describe, expect, it } from 'vitest';
import { rankAmongPeers } from './peer-rank';

const peers = [
	{ code: 'A', value: 90 },
	{ code: 'B', value: 95 },
	{ code: 'C', value: 95 },
	{ code: 'D', value: null },
	{ code: 'E', value: 80 }
];

describe('rankAmongPeers', () => {
	it('ranks higher-is-better values, ties sharing the better rank, schools without data unranked', () => {
		expect(rankAmongPeers(peers, 'B', 'higher')).toEqual({ rank: 1, ranked: 4 });
		expect(rankAmongPeers(peers, 'C', 'higher')).toEqual({ rank: 1, ranked: 4 });
		expect(rankAmongPeers(peers, 'A', 'higher')).toEqual({ rank: 3, ranked: 4 });
		expect(rankAmongPeers(peers, 'E', 'higher')).toEqual({ rank: 4, ranked: 4 });
	});

	it('puts the lowest first when lower is better', () => {
		expect(rankAmongPeers(peers, 'E', 'lower')).toEqual({ rank: 1, ranked: 4 });
		expect(rankAmongPeers(peers, 'B', 'lower')).toEqual({ rank: 3, ranked: 4 });
	});

	it('gives no rank without a value or for a band', () => {
		expect(rankAmongPeers(peers, 'D', 'higher').rank).toBeNull();
		expect(rankAmongPeers(peers, 'Z', 'higher').rank).toBeNull();
		expect(rankAmongPeers(peers, 'A', 'band')).toEqual({ rank: null, ranked: 4 });
	});
});
